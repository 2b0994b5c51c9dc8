import type { Resource } from './resource.ts';
import { formatLoadReport } from './load-report.ts';
import { loadAnyPack } from './load-any-pack.ts';

export interface PacksLoaded {
  resources: Resource[];
  /** One readable report per pack that had problems, for the site owner or champion, never the resident. */
  reports: string[];
}

/**
 * Merges the good records of several parsed packs. A pack that can't be read at all, or a record that
 * fails, is reported and left out; the rest still load, so one bad file never empties the finder.
 */
export function resourcesFromPacks(packs: readonly { name: string; json: unknown }[]): PacksLoaded {
  const resources: Resource[] = [];
  const reports: string[] = [];
  for (const { name, json } of packs) {
    const loaded = loadAnyPack(json);
    if (!loaded.ok) {
      reports.push(`${name}: ${loaded.message}`);
      continue;
    }
    resources.push(...loaded.pack.resources);
    if (loaded.problems.length > 0) reports.push(`${name}: ${formatLoadReport(loaded)}`);
  }
  return { resources, reports };
}
