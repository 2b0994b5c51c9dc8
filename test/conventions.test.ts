/**
 * The project's own rules, checked like behaviour (after refined-github's convention test): a rule that
 * lives only in a README drifts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../shared/directory/categories.ts';

const SOURCE_FOLDERS = ['shared', 'widget', 'entrypoints', 'extension', 'cli', 'scripts', 'bench', 'test'];
const README = readFileSync('README.md', 'utf8');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === 'outcodes' && folder === join('shared', 'postcode')) return []; // compiled, not written
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sourceFiles = SOURCE_FOLDERS.flatMap(filesUnder).filter((path) => /\.(ts|tsx|js)$/.test(path));

describe('the project keeps its own rules', () => {
  it('keeps the core free of the extension, the widget and the command line', () => {
    const offenders = filesUnder('shared')
      .filter((path) => /\.(ts|tsx)$/.test(path))
      .filter((path) =>
        /from ['"](wxt|wxt\/[^'"]*|#imports|webextension-polyfill)['"]|\bbrowser\.(runtime|storage|tabs|sidePanel)\b|from ['"](\.\.\/)+(entrypoints|extension|widget|cli)\//.test(
          readFileSync(path, 'utf8'),
        ),
      );
    expect(offenders).toEqual([]);
  });

  it('names files in kebab-case', () => {
    const badNames = sourceFiles.filter((path) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]+)*$/.test(path.split('/').pop()!));
    expect(badNames).toEqual([]);
  });

  it('never turns text into markup', () => {
    const offenders = sourceFiles
      .filter((path) => !path.startsWith('test/'))
      .filter((path) =>
        /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|\beval\(/.test(readFileSync(path, 'utf8')),
      );
    expect(offenders).toEqual([]);
  });

  it('skips no test and focuses on none', () => {
    const offenders = filesUnder('test')
      .filter((path) => /\.test\.tsx?$/.test(path))
      .filter((path) => /\b(it|describe|test)\.(skip|only|todo)\(/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('documents every command of the signpost command in the README, and tests each one', () => {
    const main = readFileSync('cli/main.ts', 'utf8');
    const commands = [...main.slice(main.indexOf('const COMMANDS')).matchAll(/^\s+'?([a-z-]+)'?[:,]/gm)].map(
      (match) => match[1]!,
    );
    expect(commands.length).toBeGreaterThan(5);
    for (const command of commands) {
      expect(README, `README row for ${command}`).toContain(`| \`signpost ${command}`);
      const testFile = join('test/cli/commands', `${command}.test.ts`);
      expect(statSync(testFile, { throwIfNoEntry: false })?.isFile(), `${testFile}`).toBe(true);
    }
  });

  it('lists every category, with its label, in the README', () => {
    for (const category of CATEGORIES) expect(README).toContain(`| \`${category.id}\` | ${category.label} |`);
  });

  it('keeps tests under test/, mirroring the tree', () => {
    const misplaced = SOURCE_FOLDERS.filter((folder) => folder !== 'test')
      .flatMap(filesUnder)
      .filter((path) => /\.test\.tsx?$/.test(path));
    expect(misplaced).toEqual([]);
    const orphans = filesUnder('test')
      .filter(
        (path) =>
          /\.test\.tsx?$/.test(path) && !path.startsWith('test/browser/') && path !== 'test/conventions.test.ts',
      )
      .map((path) => relative('test', path).split('/')[0]!)
      .filter((top) => !SOURCE_FOLDERS.includes(top));
    expect(orphans).toEqual([]);
  });
});
