/**
 * `npm run bench`: speed figures, each against a baseline measured in the same run, so the ratios mean
 * something on any machine. Figures, not pass/fail.
 */
import { readFileSync } from 'node:fs';
import { loadPack } from '../shared/directory/load-pack.ts';
import type { Resource } from '../shared/directory/resource.ts';
import { compareNearby, type NearbyResource } from '../shared/find/compare-nearby.ts';
import { createDirectory, type PlacedResource } from '../shared/find/create-directory.ts';
import { findNearby } from '../shared/find/find-nearby.ts';
import type { Coordinates } from '../shared/geo/coordinates.ts';
import { milesBetween } from '../shared/geo/miles-between.ts';
import { resourceFilter, type ResourceFilters } from '../shared/find/resource-filter.ts';
import { parsePostcode } from '../shared/postcode/parse-postcode.ts';
import { medianMs, row } from './measure.ts';
import { outcodeCentrePoints, syntheticResources } from './synthetic-directory.ts';
import { benchWidgetDirectory } from './widget-directory.ts';
import { benchWidgetFirstSearch } from './widget-first-search.ts';
import { benchExtensionGuide } from './extension-guide.ts';
import { benchDirectoryData } from './directory-data.ts';
import { benchGuess } from './extension-guess.ts';

function benchPostcodeParsing(): void {
  const postcodes = readFileSync('../shared/data/uk-postcodes-sample.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]!.toLowerCase().replace(' ', ''));
  // Baseline: one well-known UK postcode regex, the least any parser must do.
  const shape = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/i;
  const parseMs = medianMs(20, () => postcodes.forEach((text) => parsePostcode(text)));
  const regexMs = medianMs(20, () => postcodes.forEach((text) => shape.test(text)));
  row(
    'Postcode parsing (parsePostcode, 4,767 real postcodes)',
    `${Math.round(postcodes.length / (parseMs / 1000)).toLocaleString('en-GB')} a second`,
  );
  row('  against a bare regex test (baseline)', `${(parseMs / regexMs).toFixed(1)} times the regex's time`);
}

/** The plain way: test every place, measure every distance, sort. */
function linearNearest(
  places: readonly PlacedResource[],
  from: Coordinates,
  filters: ResourceFilters,
  radiusMiles: number,
  limit: number,
): NearbyResource[] {
  const wanted = resourceFilter(filters);
  return places
    .filter(wanted)
    .map((resource) => ({ resource, miles: milesBetween(from, resource.place) }))
    .filter((place) => place.miles <= radiusMiles)
    .sort(compareNearby)
    .slice(0, limit);
}

function benchNearest(resources: Resource[]): void {
  const buildMs = medianMs(3, () => createDirectory(resources));
  const directory = createDirectory(resources);
  const queries = outcodeCentrePoints(200, 7);
  row(`Directory build (${resources.length.toLocaleString('en-GB')} resources, k-d tree)`, `${buildMs.toFixed(0)} ms`);
  compareWithLinearScan('Nearest 10 within 10 miles', directory.places, directory, queries, {});
  compareWithLinearScan('Nearest 10 offering digital skills help', directory.places, directory, queries, {
    categories: ['digital-skills'],
  });
}

function compareWithLinearScan(
  label: string,
  places: readonly PlacedResource[],
  directory: ReturnType<typeof createDirectory>,
  queries: Coordinates[],
  filters: ResourceFilters,
): void {
  const options = { ...filters, radiusMiles: 10, limit: 10 };
  // Same answers first: a fast wrong answer is no answer.
  for (const from of queries.slice(0, 20)) {
    const fast = findNearby(directory, from, options).nearby.map((found) => found.resource.id);
    const slow = linearNearest(places, from, filters, 10, 10).map((found) => found.resource.id);
    if (fast.join() !== slow.join())
      throw new Error('findNearby and the linear scan disagree: the bench is not measuring like with like.');
  }
  const indexMs = medianMs(5, () => queries.forEach((from) => findNearby(directory, from, options))) / queries.length;
  const linearMs =
    medianMs(3, () => queries.slice(0, 20).forEach((from) => linearNearest(places, from, filters, 10, 10))) / 20;
  row(`${label} (findNearby)`, `${(indexMs * 1000).toFixed(0)} µs a query`);
  row(
    '  plain linear scan of every place (baseline)',
    `${linearMs.toFixed(1)} ms a query: findNearby is ${(linearMs / indexMs).toFixed(0)} times faster`,
  );
}

function benchPackLoading(): void {
  const text = JSON.stringify({
    format: 'signpost-pack',
    version: 1,
    publisher: 'Bench',
    area: 'Great Britain',
    generated: '2026-11-01',
    resources: syntheticResources(10_000, 3),
  });
  const parseMs = medianMs(5, () => JSON.parse(text));
  const loadMs = medianMs(5, () => {
    const loaded = loadPack(JSON.parse(text));
    if (!loaded.ok || loaded.counts.leftOut > 0) throw new Error('The bench pack should load cleanly.');
  });
  row(
    'Load and validate a 10,000-resource pack (loadPack)',
    `${loadMs.toFixed(0)} ms (${(text.length / 1024 / 1024).toFixed(1)} MB of JSON)`,
  );
  row(
    '  JSON.parse alone (baseline)',
    `${parseMs.toFixed(0)} ms: validation costs ${(loadMs / parseMs).toFixed(1)} times the parse`,
  );
}

console.log(`Signpost bench, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
benchPostcodeParsing();
benchNearest(syntheticResources(100_000));
benchPackLoading();
await benchDirectoryData();
await benchWidgetFirstSearch();
await benchWidgetDirectory();
const extension = await benchExtensionGuide();
const guess = await benchGuess();

console.log('\nThe extension against its goals (issues 12 and 15)');
for (const budget of extension.budgets)
  row(`${budget.met ? 'met ' : 'MISS'} ${budget.what}`, `${budget.figure}; goal ${budget.goal}`);
row(
  '     First guess right at a step with no mark',
  `${guess.right} of ${guess.of} (practice ${guess.practice}, late pages ${guess.late})`,
);
