import { CATEGORIES, isCategoryId } from '../../shared/directory/categories.ts';
import { loadBuiltInPacks } from '../../shared/directory/built-in-packs.ts';
import { resourcesFromPacks } from '../../shared/directory/resources-from-packs.ts';
import type { Resource } from '../../shared/directory/resource.ts';
import { loadTextIndex } from '../../shared/find/load-text-index.ts';
import { createSupportFinder } from '../../shared/find/support-finder.ts';
import type { NearbySupport, RemoteSupport } from '../../shared/find/support-search.ts';
import { addressText, costText, distanceText, phoneLines } from '../../shared/directory/resource-facts.ts';
import { libraryFiles } from '../library-files.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';
import { outcodeFiles } from '../outcode-files.ts';
import { readJsonFile } from '../read-json-file.ts';

const USAGE = `Usage: signpost find <postcode> [--pack file]... [--category c] [--words text] [--limit n] [--json]
Finds support near a postcode: the national pack and the public libraries, unless --pack files are given.
  --pack file    a directory pack to search (give several to search them all)
  --category c   only this kind of help: ${CATEGORIES.map((category) => category.id).join(', ')}
  --words text   only places whose name or description has these words (small typos are fine)
  --limit n      at most n places (default 10)
  --json         print the results as JSON`;

/** `signpost find S1 2HE`: 0 with results (even none), 1 when the postcode or a pack has a problem, 2 for wrong use. */
export async function find(args: string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(
    args,
    {
      options: {
        pack: { type: 'string', multiple: true },
        category: { type: 'string' },
        words: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
      },
      positionals: { min: 1, max: 1 },
      usage: USAGE,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { category, words, limit = '10', pack: packFiles = [], json } = parsed.values;
  if (category !== undefined && !isCategoryId(category)) {
    io.err(`There is no category called "${category}".\n\n${USAGE}`);
    return 2;
  }
  if (!/^[1-9]\d*$/.test(limit)) {
    io.err(`--limit must be a whole number of 1 or more.\n\n${USAGE}`);
    return 2;
  }

  const packs = packFiles.length > 0 ? await packsFromFiles(packFiles) : await builtInPacks();
  for (const report of packs.reports) io.err(report);
  const finder = createSupportFinder({
    loadTextIndex,
    outcodes: outcodeFiles(),
    loadResources: async () => packs.resources,
    limit: Number(limit),
  });
  const results = await finder.searchSupport({
    postcode: parsed.positionals[0]!,
    categories: category ? [category] : [],
    words,
  });

  if (json) io.out(JSON.stringify(results, null, 2));
  else
    io.out(
      results.ok
        ? resultsText(results.placeLabel, results.radiusMiles, results.nearby, results.remote)
        : problemText(results.message, results.remote),
    );
  return results.ok && packs.reports.length === 0 ? 0 : 1;
}

/** The national pack and every library, as the widget and side panel search them with no directory of their own. */
async function builtInPacks() {
  const [national, libraries] = await Promise.all([loadBuiltInPacks(), libraryFiles()]);
  return {
    resources: [...national.resources, ...libraries.resources],
    reports: [...national.reports, ...libraries.reports],
  };
}

async function packsFromFiles(paths: string[]) {
  const files = await Promise.all(paths.map(async (path) => ({ path, read: await readJsonFile(path) })));
  const loaded = resourcesFromPacks(
    files.filter(({ read }) => read.ok).map(({ path, read }) => ({ name: path, json: read.ok && read.value })),
  );
  const unreadable = files.flatMap(({ read }) => (read.ok ? [] : [read.message]));
  return { resources: loaded.resources, reports: [...unreadable, ...loaded.reports] };
}

function resultsText(place: string, radiusMiles: number, nearby: NearbySupport[], remote: RemoteSupport[]): string {
  const lines = [
    nearby.length > 0 ? `Places near ${place}:` : `No places within ${radiusMiles} miles of ${place} match.`,
  ];
  nearby.forEach(({ resource, miles, opening }, index) => {
    lines.push(
      `${String(index + 1).padStart(2)}. ${resource.name}`,
      `    ${[distanceText(miles, resource.place), opening?.text, costText(resource)].filter(Boolean).join(' · ')}`,
    );
    lines.push(...contactLines(resource));
  });
  return [...lines, '', ...remoteLines(remote)].join('\n');
}

function problemText(message: string, remote: RemoteSupport[]): string {
  return [message, ...(remote.length > 0 ? ['', ...remoteLines(remote)] : [])].join('\n');
}

function remoteLines(remote: RemoteSupport[]): string[] {
  if (remote.length === 0) return [];
  return [
    'Help by phone or online:',
    ...remote.flatMap(({ resource }) => [`  - ${resource.name}`, ...contactLines(resource)]),
  ];
}

function contactLines(resource: Resource): string[] {
  const { place, contact } = resource;
  const address = place && addressText(place);
  const phones = phoneLines(contact).map(({ label, number }) => `Phone ${number}${label ? ` (${label})` : ''}`);
  return [address, ...phones, contact.text && `Text ${contact.text}`, contact.website, contact.email]
    .filter((line): line is string => Boolean(line))
    .map((line) => `    ${line}`);
}
