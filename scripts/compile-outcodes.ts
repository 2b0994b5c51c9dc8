/*
 * Compiles ../shared/data/uk-outcodes.csv (postcode district centroids, see uk-outcodes.SOURCE.md) into one
 * small JSON file per postcode area in shared/postcode/outcodes/, plus index.json listing the areas, so the
 * widget for one town downloads only its own area (a few hundred bytes) instead of all 2,868 rows.
 *
 * Runs on `npm install` and before every build. Idempotent: unchanged files are not rewritten (so Vite's
 * watcher stays quiet) and files for areas no longer in the CSV are removed.
 *
 * Usage: tsx scripts/compile-outcodes.ts [csv] [out-folder]
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeJsonFolder } from './write-json-folder.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultCsv = resolve(projectRoot, '../shared/data/uk-outcodes.csv');
const defaultOutFolder = resolve(projectRoot, 'shared/postcode/outcodes');

/** outcode → [latitude, longitude], grouped by postcode area ("S", "SK"). */
export type OutcodesByArea = Map<string, Record<string, [number, number]>>;

export type CompileResult = { ok: true; areas: OutcodesByArea; rows: number } | { ok: false; message: string };

// Same checks as uk-outcodes.SOURCE.md ("Every outcode matches ...", "Every lat/lon falls within ...").
const OUTCODE = /^([A-Z]{1,2})[0-9][A-Z0-9]?$/;
const inLatitudeRange = (n: number) => n >= 49.8 && n <= 60.9;
const inLongitudeRange = (n: number) => n >= -8.7 && n <= 1.8;

/** Groups the CSV's rows by postcode area. Any bad row stops the build with its line number. */
export function compileOutcodes(csvText: string): CompileResult {
  const lines = csvText.split(/\r?\n/);
  if (lines[0]?.trim() !== 'outcode,latitude,longitude') {
    return { ok: false, message: 'The outcode CSV must start with the header "outcode,latitude,longitude".' };
  }
  const areas: OutcodesByArea = new Map();
  let rows = 0;
  for (const [index, line] of lines.entries()) {
    if (index === 0 || line.trim() === '') continue;
    const [outcode = '', latitudeText = '', longitudeText = ''] = line.split(',').map((cell) => cell.trim());
    const latitude = Number(latitudeText);
    const longitude = Number(longitudeText);
    const area = OUTCODE.exec(outcode)?.[1];
    if (
      !area ||
      latitudeText === '' ||
      longitudeText === '' ||
      !inLatitudeRange(latitude) ||
      !inLongitudeRange(longitude)
    ) {
      return {
        ok: false,
        message: `Line ${index + 1} of the outcode CSV is not "outcode,latitude,longitude" in Great Britain: "${line}".`,
      };
    }
    const outcodes = areas.get(area) ?? {};
    if (outcodes[outcode])
      return { ok: false, message: `Line ${index + 1}: ${outcode} appears twice in the outcode CSV.` };
    outcodes[outcode] = [latitude, longitude];
    areas.set(area, outcodes);
    rows += 1;
  }
  return { ok: true, areas, rows };
}

/** Writes <AREA>.json per area and index.json; returns how many files actually changed. */
export async function writeOutcodeFiles(areas: OutcodesByArea, outFolder: string): Promise<number> {
  const wanted = new Map<string, string>([['index.json', JSON.stringify([...areas.keys()].sort())]]);
  for (const [area, outcodes] of areas) wanted.set(`${area}.json`, JSON.stringify(outcodes));
  return writeJsonFolder(wanted, outFolder);
}

async function main(csvPath = defaultCsv, outFolder = defaultOutFolder): Promise<number> {
  if (!existsSync(csvPath)) {
    console.error(`compile-outcodes: ${csvPath} is missing. Run from a checkout with ../shared beside it.`);
    return 1;
  }
  const compiled = compileOutcodes(await readFile(csvPath, 'utf8'));
  if (!compiled.ok) {
    console.error(`compile-outcodes: ${compiled.message}`);
    return 1;
  }
  const changed = await writeOutcodeFiles(compiled.areas, outFolder);
  console.log(`compile-outcodes: ${compiled.rows} outcodes in ${compiled.areas.size} areas, ${changed} files changed.`);
  return 0;
}

// Run only when called as a script, so tests can import the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv[2], process.argv[3]);
}
