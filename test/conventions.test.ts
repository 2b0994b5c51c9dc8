/**
 * The project's own shape, checked like behaviour (after refined-github's convention test): a rule that
 * lives only in a README drifts. Rules about code itself (imports, markup, cycles) are ESLint's.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../shared/directory/categories.ts';
import { CHUNK_SCRIPTS } from '../widget/widget-scripts.ts';

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
  it('names files in kebab-case', () => {
    const badNames = sourceFiles.filter((path) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]+)*$/.test(path.split('/').pop()!));
    expect(badNames).toEqual([]);
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
    for (const category of CATEGORIES)
      expect(README).toMatch(new RegExp(`\\| \`${category.id}\` +\\| ${category.label} +\\|`));
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

  it('documents every widget setting in the README, as the data- attribute a site owner types', () => {
    const source = readFileSync('widget/signpost/widget-options.ts', 'utf8');
    const settings = source.slice(
      source.indexOf('export interface WidgetSettings'),
      source.indexOf('export interface WidgetOptions'),
    );
    const names = [...settings.matchAll(/^\s+(\w+)\?:/gm)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(5);
    const undocumented = names
      .map((name) => `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`)
      .filter((attribute) => !new RegExp(`^\\| \`${attribute}\` +\\|`, 'm').test(README));
    expect(undocumented, 'add a row for each to the README table under "Settings"').toEqual([]);
  });

  it('gives every extension message a sender and a receiver that handles it', () => {
    const contract = readFileSync('extension/messages/contract.ts', 'utf8');
    const types = [...contract.matchAll(/type: '(\w+)'/g)].map((match) => match[1]!);
    expect(types.length).toBeGreaterThan(2);
    const outsideMessages = [...filesUnder('extension'), ...filesUnder('entrypoints')]
      .filter((path) => /\.tsx?$/.test(path) && !path.startsWith(join('extension', 'messages')))
      .map((path) => readFileSync(path, 'utf8'));
    // Scripts in a web page: the page guide, and the teaching script put in only when a helper teaches.
    const guide = ['entrypoints/guide/index.ts', 'entrypoints/teach/index.ts']
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const panelInbox = readFileSync('extension/messages/panel-inbox.ts', 'utf8');
    for (const type of types) {
      expect(
        outsideMessages.some((text) => text.includes(`type: '${type}'`)),
        `nothing sends ${type}: send it, or take it out of contract.ts`,
      ).toBe(true);
      expect(
        new RegExp(`\\b${type}: `).test(guide) || panelInbox.includes(`z.literal('${type}')`),
        `nothing handles ${type}: add it to the page guide's handlers or to panel-inbox.ts`,
      ).toBe(true);
    }
  });

  it('builds every widget chunk, from an entry that registers under its own name', () => {
    const protocol = readFileSync('widget/chunks/protocol.ts', 'utf8');
    const chunks = protocol.slice(
      protocol.indexOf('export interface Chunks'),
      protocol.indexOf('export type ChunkName'),
    );
    const declared = [...chunks.matchAll(/^\s+'([a-z-]+)':/gm)].map((match) => match[1]!);
    expect(
      Object.keys(CHUNK_SCRIPTS).sort(),
      'every chunk in protocol.ts needs a row in widget/widget-scripts.ts',
    ).toEqual(declared.sort());
    for (const [name, { entry }] of Object.entries(CHUNK_SCRIPTS))
      expect(readFileSync(entry, 'utf8'), `${entry} must call registerChunk('${name}', ...)`).toContain(
        `registerChunk('${name}'`,
      );
  });
});
