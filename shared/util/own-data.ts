/**
 * A copy of JSON-like data in which no object has a prototype, so reading a field the data does not have
 * gives undefined, even on a host page that added that field to `Object.prototype` (issue 14: an inherited
 * `website` or `phone` must never show on a card). Arrays stay arrays.
 */
export function ownData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(ownData) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = ownData((value as Record<string, unknown>)[key]);
  return copy as T;
}
