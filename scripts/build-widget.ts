/**
 * Builds the widget: its chunks first, then signpost.js with their integrity hashes baked in, then the
 * configurator page and the whole-page finder (find-help.html, with the hashes of both its scripts).
 * Prints every file's size and signpost.js's SRI hash, and writes dist/site/signpost.json
 * ({ file, integrity, bytes, gzipBytes, version }) for the configurator, the download and the budget
 * check in scripts/build-site.ts.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { widgetScriptConfig, type WidgetScript } from '../widget/widget.vite.config.ts';
import type { ChunkFiles, ChunkName } from '../widget/chunks/protocol.ts';
import {
  CHUNK_SCRIPTS,
  CONFIGURATOR_PAGE,
  CONFIGURATOR_SCRIPT,
  FIND_HELP_PAGE,
  FIND_HELP_SCRIPT,
  FIRST_SCRIPT,
  type ScriptSource,
} from '../widget/widget-scripts.ts';

const SITE = 'dist/site';

interface BuiltFile {
  file: string;
  integrity: string;
  bytes: number;
  gzipBytes: number;
}

async function buildScript(script: WidgetScript): Promise<BuiltFile> {
  await build(widgetScriptConfig(script));
  const contents = readFileSync(join(SITE, script.file));
  return {
    file: script.file,
    integrity: `sha384-${createHash('sha384').update(contents).digest('base64')}`,
    bytes: contents.length,
    gzipBytes: gzipSync(contents, { level: 9 }).length,
  };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function buildWidget(): Promise<BuiltFile[]> {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  const chunks: BuiltFile[] = [];
  const chunkFiles: ChunkFiles = {};
  for (const [name, chunk] of Object.entries(CHUNK_SCRIPTS) as [ChunkName, ScriptSource][]) {
    const built = await buildScript(chunk);
    chunks.push(built);
    chunkFiles[name] = { file: built.file, integrity: built.integrity };
  }
  const signpost = await buildScript({
    ...FIRST_SCRIPT,
    globalName: 'Signpost',
    define: { __SIGNPOST_CHUNKS__: JSON.stringify(chunkFiles) },
  });
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  writeFileSync(join(SITE, 'signpost.json'), `${JSON.stringify({ ...signpost, version }, null, 2)}\n`);
  const configurator = await buildScript(CONFIGURATOR_SCRIPT);
  copyFileSync(CONFIGURATOR_PAGE, join(SITE, 'configure.html'));
  const findHelp = await buildScript(FIND_HELP_SCRIPT);
  writeFileSync(
    join(SITE, 'find-help.html'),
    withIntegrity(readFileSync(FIND_HELP_PAGE, 'utf8'), [signpost, findHelp]),
  );
  return [signpost, ...chunks, configurator, findHelp];
}

/** `html` with each file's integrity hash in its script tag, so a changed copy is refused by the browser. */
function withIntegrity(html: string, files: readonly BuiltFile[]): string {
  return files.reduce((page, { file, integrity }) => {
    const tag = `<script src="${file}" `;
    if (!page.includes(tag)) throw new Error(`The page has no ${tag}…> to add the integrity hash to.`);
    return page.replace(tag, `${tag}integrity="${integrity}" `);
  }, html);
}

function report(files: BuiltFile[]): void {
  for (const { file, bytes, gzipBytes } of files)
    console.log(`${file.padEnd(28)} ${kilobytes(bytes).padStart(9)} raw ${kilobytes(gzipBytes).padStart(9)} gzip`);
  console.log(`signpost.js integrity (SRI): ${files[0]!.integrity}`);
}

report(await buildWidget());
