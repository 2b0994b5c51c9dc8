import { isValid, toOutcode, validOutcode } from 'postcode';

/**
 * The postcode district to save with a session: "s1 2he" → "S1", "sk14" → "SK14". Only the district is
 * ever kept: next to a first name, a full postcode can point to one home. Undefined when `text` is
 * neither a postcode nor a district.
 */
export function outcodeOnly(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/\s+/g, '');
  if (isValid(compact)) return toOutcode(compact) ?? undefined;
  return validOutcode(compact) ? compact : undefined;
}
