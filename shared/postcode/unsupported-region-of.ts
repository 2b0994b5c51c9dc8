import type { UnsupportedRegion } from './postcode-problem.ts';

// Postcode areas outside our outcode table, with why (uk-outcodes.SOURCE.md): BT data needs a separate
// LPS/OSNI licence; the Channel Islands and Isle of Man have no coordinates in the ONS lookup.
const AREA_REGIONS: Readonly<Record<string, UnsupportedRegion>> = {
  BT: 'northern-ireland',
  GY: 'channel-islands',
  JE: 'channel-islands',
  IM: 'isle-of-man',
  // BF1 is the BFPO outcode; BFPO itself is not in the ONS lookup at all.
  BF: 'bfpo',
};

/**
 * The unsupported region a typed postcode belongs to, if any. `compact` is the input upper-cased with
 * spaces removed ("BFPO123", "GIR0AA", "BT11AA"); `area` is its postcode area when it has a valid shape.
 */
export function unsupportedRegionOf(compact: string, area: string | undefined): UnsupportedRegion | undefined {
  // "BFPO 123" is how forces addresses are written; it is not postcode-shaped, so match it by its prefix.
  if (/^BFPO\d{0,4}$/.test(compact)) return 'bfpo';
  // Girobank's GIR 0AA is the one postcode that breaks the usual pattern.
  if (compact === 'GIR0AA' || compact === 'GIR') return 'girobank';
  return area === undefined ? undefined : AREA_REGIONS[area];
}
