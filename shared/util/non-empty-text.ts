/** The value trimmed, when it is text with something in it; undefined for blank text, null or anything else. */
export function nonEmptyText(value: unknown): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed === '' ? undefined : trimmed;
}
