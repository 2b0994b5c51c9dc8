import type { Locate } from './import-result.ts';
import { parsePostcode } from '../../postcode/parse-postcode.ts';
import type { OutcodeTable } from '../../postcode/outcode-table.ts';

/**
 * Importers ask "where is this postcode?" once per row, synchronously; the outcode table answers per area,
 * asynchronously. So the areas a file mentions are loaded first, then looked up in memory.
 */
export async function outcodeLocator(postcodes: Iterable<string>, table: OutcodeTable): Promise<Locate> {
  const centres = new Map<string, readonly [number, number]>();
  const areas = new Set<string>();
  for (const text of postcodes) {
    const parsed = parsePostcode(text);
    if (parsed.ok) areas.add(parsed.area);
  }
  for (const area of areas) {
    const loaded = await table(area);
    if (loaded.ok) for (const [outcode, centre] of Object.entries(loaded.centroids)) centres.set(outcode, centre);
  }
  return (postcode) => {
    const parsed = parsePostcode(postcode);
    const centre = parsed.ok ? centres.get(parsed.outcode) : undefined;
    return centre && { latitude: centre[0], longitude: centre[1] };
  };
}

/** Every postcode-shaped piece of a file's text, so that only the areas it mentions are loaded. */
export function postcodesIn(text: string): string[] {
  return text.match(/\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/gi) ?? [];
}
