/**
 * Builds the widget: its chunks first, then signpost.js with their integrity hashes baked in, then the
 * configurator page. Prints every file's size and signpost.js's SRI hash, and writes
 * dist/site/signpost.json ({ file, integrity, bytes, gzipBytes }) for the configurator and the budget
 * check in scripts/build-site.ts.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { widgetScriptConfig, type WidgetScript } from '../widget/widget.vite.config.ts';
import type { ChunkFiles, ChunkName } from '../widget/chunk.ts';

const SITE = 'dist/site';

const CHUNKS: (WidgetScript & { name: ChunkName })[] = [
  { name: 'finder-engine', entry: 'widget/finder-engine.ts', file: 'signpost-finder-engine.js' },
  { name: 'learn-at-home', entry: 'widget/learn-at-home/main.tsx', file: 'signpost-learn.js' },
];
const CONFIGURATOR: WidgetScript = { entry: 'widget/configurator/main.tsx', file: 'configure.js' };
const CONFIGURATOR_PAGE = 'widget/configurator/configure.html';

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
  // A chunk whose source is not there yet (another part of the widget still being written) is left out.
  for (const chunk of CHUNKS.filter(({ entry }) => existsSync(entry))) {
    const built = await buildScript(chunk);
    chunks.push(built);
    chunkFiles[chunk.name] = { file: built.file, integrity: built.integrity };
  }
  const signpost = await buildScript({
    entry: 'widget/main.tsx',
    file: 'signpost.js',
    globalName: 'Signpost',
    define: { __SIGNPOST_CHUNKS__: JSON.stringify(chunkFiles) },
  });
  writeFileSync(join(SITE, 'signpost.json'), `${JSON.stringify(signpost, null, 2)}\n`);
  const configurator = existsSync(CONFIGURATOR.entry) ? [await buildScript(CONFIGURATOR)] : [];
  if (existsSync(CONFIGURATOR_PAGE)) copyFileSync(CONFIGURATOR_PAGE, join(SITE, 'configure.html'));
  return [signpost, ...chunks, ...configurator];
}

function report(files: BuiltFile[]): void {
  for (const { file, bytes, gzipBytes } of files)
    console.log(`${file.padEnd(28)} ${kilobytes(bytes).padStart(9)} raw ${kilobytes(gzipBytes).padStart(9)} gzip`);
  console.log(`signpost.js integrity (SRI): ${files[0]!.integrity}`);
}

report(await buildWidget());
