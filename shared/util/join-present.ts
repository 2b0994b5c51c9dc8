/** The parts that are there (not undefined, not empty) joined by `separator`; undefined when none are. */
export function joinPresent(parts: ReadonlyArray<string | undefined>, separator = '; '): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined && part !== '');
  return present.length === 0 ? undefined : present.join(separator);
}
