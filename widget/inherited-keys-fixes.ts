import type { Plugin } from 'vite';

interface SourceFix {
  /** The end of the module's path, e.g. "zod/v4/core/util.js". */
  file: string;
  find: string;
  replace: string;
  why: string;
}

/**
 * Fixes to dependencies that walk inherited keys with `for…in`, which breaks them on a host page that
 * added an enumerable property to `Object.prototype` (issue 14). Applied to the widget's scripts only: the
 * extension's pages and the command line run in realms of their own. Each fix is reported upstream; when a
 * new release changes the code so the fix no longer matches, the build stops, so a fix is never lost quietly.
 */
const FIXES: readonly SourceFix[] = [
  {
    // zod 4.6.7, members(): `for (const key in table)` then reads the key's own descriptor, undefined for
    // an inherited key, so building any schema throws "Cannot read properties of undefined (reading 'get')".
    file: 'zod/v4/core/util.js',
    find: 'const desc = Object.getOwnPropertyDescriptor(table, key);\n',
    replace: 'const desc = Object.getOwnPropertyDescriptor(table, key);\n        if (!desc) continue;\n',
    why: "zod's members() walks inherited keys",
  },
];

/** A Vite plugin applying FIXES to the modules they name. */
export function inheritedKeysFixes(): Plugin {
  return {
    name: 'signpost-inherited-keys-fixes',
    transform(code, id) {
      const path = id.replaceAll('\\', '/');
      let fixed = code;
      for (const fix of FIXES.filter(({ file }) => path.endsWith(`/node_modules/${file}`))) {
        if (!fixed.includes(fix.find))
          this.error(`${fix.file} has changed, so the fix for "${fix.why}" no longer applies: check it again.`);
        fixed = fixed.replace(fix.find, fix.replace);
      }
      return fixed === code ? null : { code: fixed, map: null };
    },
  };
}
