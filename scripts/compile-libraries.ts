/*
 * Compiles ../shared/data/libraries/libraries.csv (Libraries Hacked, see its SOURCE.md) into the built-in
 * libraries pack: the open, staffed public libraries of England and Wales, split by postcode area like a
 * `signpost shard` folder (index.json, one <AREA>.json per area, remote.json), so the widget fetches only
 * the area searched. Written to shared/directory/packs/libraries/ (not committed); `npm run build` copies
 * it beside the widget, the extension bundles it per area, and the command line reads it from disk.
 *
 * It also writes shared/directory/packs/places/: the names the libraries' places go by (town, village, the
 * council's area) with their postcode districts, one file per first letter, so a resident who types
 * "Sheffield" instead of a postcode is offered Sheffield's districts (shared/find/districts-named.ts).
 *
 * And it writes shared/directory/packs/demo/, the same shard layout holding the built-in directory (the
 * national pack and the libraries) with the Sheffield example pack added: the demo site asks for it in
 * data-directory, so the example's made-up sessions are shown only where a page asks for them.
 *
 * Runs on `npm install` and before every build, after compile-outcodes. Idempotent: unchanged files are
 * not rewritten, and area files the new index no longer names are removed. `--report` lists every cell
 * that could not be read.
 *
 * Usage: tsx scripts/compile-libraries.ts [--report] [libraries.csv] [uk-outcodes.csv] [out-folder]
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { librariesFromCsv, type LibrariesCompiled } from '../shared/directory/interchange/libraries-from-csv.ts';
import { LIBRARY_CREDIT } from '../shared/directory/library-credits.ts';
import { loadPack, PACK_FORMAT, PACK_VERSION, type Pack } from '../shared/directory/load-pack.ts';
import type { Resource } from '../shared/directory/resource.ts';
import { shardPack, type OutcodeCentre } from '../shared/directory/sources/shard-pack.ts';
import { placeNamesFiles } from '../shared/find/districts-named.ts';
import { SHARD_INDEX_FILE } from '../shared/directory/sources/shard-index.ts';
import { compileOutcodes } from './compile-outcodes.ts';
import { writeJsonFolder } from './write-json-folder.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultCsv = resolve(projectRoot, '../shared/data/libraries/libraries.csv');
const defaultOutcodes = resolve(projectRoot, '../shared/data/uk-outcodes.csv');
export const LIBRARIES_FOLDER = resolve(projectRoot, 'shared/directory/packs/libraries');
const DEMO_FOLDER = resolve(projectRoot, 'shared/directory/packs/demo');
const PLACES_FOLDER = resolve(projectRoot, 'shared/directory/packs/places');
const PACKS_FOLDER = resolve(projectRoot, 'shared/directory/packs');

/** The date of the Libraries Hacked export (SOURCE.md: commit 9ab18536, 28 April 2025). */
const EXPORT_DATE = '2025-04-28';

/** The libraries pack, from the CSV's text and the outcode table's rows. */
export function librariesPack(
  librariesCsv: string,
  outcodesCsv: string,
): { ok: true; pack: Pack; compiled: LibrariesCompiled; centres: OutcodeCentre[] } | { ok: false; message: string } {
  const outcodes = compileOutcodes(outcodesCsv);
  if (!outcodes.ok) return outcodes;
  const byOutcode = new Map<string, { latitude: number; longitude: number }>();
  const centres: OutcodeCentre[] = [];
  for (const [area, table] of outcodes.areas) {
    for (const [outcode, [latitude, longitude]] of Object.entries(table)) {
      byOutcode.set(outcode, { latitude, longitude });
      centres.push({ area, latitude, longitude });
    }
  }
  const compiled = librariesFromCsv(librariesCsv, (outcode) => byOutcode.get(outcode));
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    publisher: { name: 'Libraries Hacked (librarydata.uk)' },
    area: 'England and Wales: public libraries',
    generated: EXPORT_DATE,
    note: LIBRARY_CREDIT,
    checked: true,
    resources: compiled.resources,
  };
  return { ok: true, pack, compiled, centres };
}

/** "Sheffield" from "Sheffield City Council", "Camden" from "London Borough of Camden". */
function councilArea(council: string): string {
  return council
    .replace(/^(London Borough of|Royal Borough of|City of|Council of the)\s+/, '')
    .replace(/\s+(Metropolitan Borough|Borough|City|County|District)?\s*(Council|Corporation)$/, '');
}

/** "Kempston" from "Kempston Library", and "Potters Bar" from "Oakmere Library (Potters Bar)". */
function libraryPlaces(name: string): string[] {
  const inBrackets = /\(([^)]+)\)$/.exec(name)?.[1];
  const before = /^(.+?)\s+(?:Central\s+|Community\s+|Town\s+)?Library$/.exec(name.replace(/\s*\([^)]*\)$/, ''))?.[1];
  // A short name before "Library" is a place ("Wootton"); a longer one is a building ("Leisure Centre & ...").
  return [inBrackets, before && before.split(' ').length <= 3 ? before : undefined].filter(
    (place): place is string => place !== undefined,
  );
}

/** The place-name files: every name a library's place goes by, after its street, with its postcode. */
function placeFiles(resources: readonly Resource[]): Map<string, string> {
  const places = resources.flatMap(({ name, organisation, place }) =>
    place?.postcode
      ? [
          {
            names: [
              ...(place.address ?? []).slice(1),
              ...(place.town ? [place.town] : []),
              ...libraryPlaces(name),
              ...(organisation ? [councilArea(organisation)] : []),
            ],
            postcode: place.postcode,
          },
        ]
      : [],
  );
  const files = new Map<string, string>();
  for (const [letter, file] of placeNamesFiles(places)) files.set(`${letter}.json`, JSON.stringify(file));
  return files;
}

/** A pack's shard folder as file name → text: area files without spaces, the index readable. */
function shardFiles(pack: Pack, centres: OutcodeCentre[]): Map<string, string> | string {
  const sharded = shardPack(pack, centres);
  if (!sharded.ok) return sharded.message;
  const files = new Map<string, string>([[SHARD_INDEX_FILE, `${JSON.stringify(sharded.index, null, 2)}\n`]]);
  for (const { file, pack: part } of sharded.files) files.set(file, JSON.stringify(part));
  return files;
}

/** The built-in directory with the Sheffield example added, for the demo site. */
async function demoPack(libraries: Pack): Promise<Pack | string> {
  const resources = [...libraries.resources];
  for (const name of ['national.json', 'sheffield-example.json']) {
    const loaded = loadPack(JSON.parse(await readFile(join(PACKS_FOLDER, name), 'utf8')));
    if (!loaded.ok) return `${name}: ${loaded.message}`;
    resources.push(...loaded.pack.resources);
  }
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    publisher: 'Signpost demo: the built-in directory and the Sheffield example pack',
    area: 'Great Britain, with example data for Sheffield',
    generated: libraries.generated,
    example: true,
    note: `The Sheffield places are example data: real venues, made-up sessions and times. ${LIBRARY_CREDIT}`,
    checked: true,
    resources,
  };
}

async function main(
  report: boolean,
  csvPath = defaultCsv,
  outcodesPath = defaultOutcodes,
  outFolder = LIBRARIES_FOLDER,
) {
  for (const path of [csvPath, outcodesPath]) {
    if (!existsSync(path)) {
      console.error(`compile-libraries: ${path} is missing. Run from a checkout with ../shared beside it.`);
      return 1;
    }
  }
  const built = librariesPack(await readFile(csvPath, 'utf8'), await readFile(outcodesPath, 'utf8'));
  if (!built.ok) {
    console.error(`compile-libraries: ${built.message}`);
    return 1;
  }
  const demo = await demoPack(built.pack);
  const files = shardFiles(built.pack, built.centres);
  const demoFiles = typeof demo === 'string' ? demo : shardFiles(demo, built.centres);
  for (const problem of [files, demoFiles]) {
    if (typeof problem === 'string') {
      console.error(`compile-libraries: ${problem}`);
      return 1;
    }
  }
  const changed =
    (await writeJsonFolder(files as Map<string, string>, outFolder)) +
    (await writeJsonFolder(demoFiles as Map<string, string>, DEMO_FOLDER)) +
    (await writeJsonFolder(placeFiles(built.pack.resources), PLACES_FOLDER));
  const { counts, problems } = built.compiled;
  const areas = (files as Map<string, string>).size - 2;
  console.log(
    `compile-libraries: ${counts.kept} open libraries in England and Wales in ${areas} areas ` +
      `(of ${counts.rows} rows: ${counts.scotlandOrNorthernIreland} in Scotland or Northern Ireland, ${counts.closed} closed, ` +
      `${counts.bookDrops} book drops; ${problems.length} cells not read${report ? '' : ', --report lists them'}), ${changed} files changed.`,
  );
  if (report)
    for (const problem of problems)
      console.log(`  row ${problem.record} (${problem.id ?? ''}), ${problem.field}: ${problem.message}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const report = args.includes('--report');
  const [csv, outcodes, out] = args.filter((arg) => arg !== '--report');
  process.exitCode = await main(report, csv, outcodes, out);
}
