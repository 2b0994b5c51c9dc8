/*
 * The fixed lists a resource's fields choose from, in a module with no zod, so the quick pack check
 * (check-pack-shape.ts) and the schema (resource.ts) share them.
 */

export const ACCESS_FEATURES = [
  'step-free',
  'accessible-toilet',
  'hearing-loop',
  'bsl',
  'large-print',
  'quiet-space',
  'parking',
] as const;
export type AccessFeature = (typeof ACCESS_FEATURES)[number];

export const HOW_TO_GET_IN = ['drop-in', 'book', 'phone-first', 'referral'] as const;
export type HowToGetIn = (typeof HOW_TO_GET_IN)[number];

/** Help a resident reaches by phone, text or online rather than by going somewhere. */
export function isRemote(resource: { place?: unknown }): boolean {
  return resource.place === undefined;
}
