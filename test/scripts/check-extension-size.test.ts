import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstScreenFiles } from '../../scripts/check-extension-size.ts';

/** A built extension in miniature: a page, its script, a chunk it imports at once and one it imports later. */
function miniExtension(): string {
  const folder = mkdtempSync(join(tmpdir(), 'signpost-budget-'));
  mkdirSync(join(folder, 'chunks'));
  mkdirSync(join(folder, 'assets'));
  writeFileSync(
    join(folder, 'popup.html'),
    '<script type="module" crossorigin src="/chunks/popup-a1.js"></script><link rel="stylesheet" crossorigin href="/assets/popup-b2.css">',
  );
  writeFileSync(
    join(folder, 'chunks/popup-a1.js'),
    'import{a as b}from"./preact-c3.js";import"./side-d4.js";const later=()=>import("./later-e5.js");b(later);',
  );
  writeFileSync(join(folder, 'chunks/preact-c3.js'), 'export const a=(x)=>x;');
  writeFileSync(join(folder, 'chunks/side-d4.js'), 'import{a}from"./preact-c3.js";a(1);');
  writeFileSync(join(folder, 'chunks/later-e5.js'), `export const words={abruzzese:4};${'x'.repeat(20_000)}`);
  writeFileSync(join(folder, 'assets/popup-b2.css'), '.sp-popup{width:320px}');
  return folder;
}

describe("the extension's byte budgets", () => {
  it("count a page's script, the chunks it imports at once and its styles, but not what it loads later", () => {
    expect(firstScreenFiles(miniExtension(), 'popup.html').sort()).toEqual([
      'assets/popup-b2.css',
      'chunks/popup-a1.js',
      'chunks/preact-c3.js',
      'chunks/side-d4.js',
    ]);
  });
});
