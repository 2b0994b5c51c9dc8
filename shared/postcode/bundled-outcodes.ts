import { AREA_PATTERN, OUTCODE_TABLE_UNAVAILABLE, type AreaCentroids, type OutcodeTable } from './outcode-table.ts';

// Each area file becomes its own lazy chunk, so a page in Sheffield downloads S.json and nothing else.
// The files are compiled by scripts/compile-outcodes.ts (run on install and before every build).
const areaFiles = import.meta.glob<AreaCentroids>(['./outcodes/*.json', '!./outcodes/index.json'], {
  import: 'default',
});

// Loaded areas, kept so repeat searches skip the module loader. Failures are not kept: the next search retries.
const loadedAreas = new Map<string, AreaCentroids>();

/**
 * The outcode table bundled with the widget and the extension. Needs a Vite build (or vitest);
 * the command line uses cli/outcode-files.ts instead. A chunk that fails to load gives the
 * `table-unavailable` value.
 */
export const bundledOutcodes: OutcodeTable = async (area) => {
  const loaded = loadedAreas.get(area);
  if (loaded) return { ok: true, centroids: loaded };
  const load = AREA_PATTERN.test(area) ? areaFiles[`./outcodes/${area}.json`] : undefined;
  if (!load) return { ok: true, centroids: {} };
  try {
    const centroids = await load();
    loadedAreas.set(area, centroids);
    return { ok: true, centroids };
  } catch {
    return OUTCODE_TABLE_UNAVAILABLE;
  }
};
