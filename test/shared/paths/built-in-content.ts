/**
 * Every JSON file in shared/paths/content/, read straight from the folder (vite's import.meta.glob), so a
 * file the loader forgot, or one that no longer parses, still gets checked and named.
 */
export const BUILT_IN_FILES: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(import.meta.glob('../../../shared/paths/content/*.json', { eager: true, import: 'default' })).map(
    ([file, json]) => [file.split('/').pop() ?? file, json],
  ),
);
