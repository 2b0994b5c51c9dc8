import { formatLoadReport } from '../load-report.ts';
import { loadAnyPack } from '../load-any-pack.ts';
import type { Resource } from '../resource.ts';
import { readShardIndex } from './shard-index.ts';
import type { ResourceSource } from './resource-source.ts';
import { shardedSource } from './shard-files.ts';
import { rememberSuccess } from '../../util/remember-success.ts';

// The libraries pack (scripts/compile-libraries.ts), one lazy chunk per postcode area, so the extension's
// side panel loads a town's libraries only when someone searches there. Needs a Vite build (or vitest);
// the command line reads the same files from disk (cli/library-files.ts).
const files = import.meta.glob<unknown>('../packs/libraries/*.json', { import: 'default' });

async function readFile(name: string): Promise<unknown> {
  const load = files[`../packs/libraries/${name}`];
  if (!load) throw new Error(`The libraries pack has no ${name}: run npm install to compile it.`);
  return load();
}

/** The public libraries of England and Wales, bundled per area. `onProblem` hears about a file that can't be used. */
export function bundledLibraries(onProblem: (report: string) => void = () => {}): ResourceSource {
  const source = rememberSuccess(async () => {
    const read = readShardIndex(await readFile('index.json'));
    if (!read.ok) {
      onProblem(`libraries/index.json: ${read.message}`);
      throw new Error(read.message);
    }
    return shardedSource(read.index, async (name): Promise<readonly Resource[]> => {
      const loaded = loadAnyPack(await readFile(name));
      if (!loaded.ok) {
        onProblem(`libraries/${name}: ${loaded.message}`);
        throw new Error(loaded.message);
      }
      if (loaded.problems.length > 0) onProblem(`libraries/${name}: ${formatLoadReport(loaded)}`);
      return loaded.pack.resources;
    });
  });
  return {
    resourcesNear: async (point, radiusMiles) => (await source()).resourcesNear(point, radiusMiles),
    remoteResources: async () => (await source()).remoteResources(),
  };
}
