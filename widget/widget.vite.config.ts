import type { InlineConfig } from 'vite';
import preact from '@preact/preset-vite';
import type { ScriptSource } from './widget-scripts.ts';
import { inheritedKeysFixes } from './inherited-keys-fixes.ts';

export interface WidgetScript extends ScriptSource {
  /** The global a site's own scripts call (only "Signpost", for signpost.js); chunks make none. */
  globalName?: string;
  /** Build-time constants, e.g. the chunks' integrity hashes baked into signpost.js. */
  define?: Record<string, string>;
}

/**
 * One widget script: a classic IIFE file (it loads with a plain <script>, under a strict CSP, with SRI),
 * CSS inlined for its shadow root. scripts/build-widget.ts runs one of these per file. Named so that
 * vitest never picks it up as its own config; WXT builds with configFile: false, so neither sees the other.
 */
export function widgetScriptConfig({ entry, file, globalName, define }: WidgetScript): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [preact(), inheritedKeysFixes()],
    publicDir: false,
    define,
    build: {
      outDir: 'dist/site',
      emptyOutDir: false,
      target: 'es2020',
      lib: {
        entry,
        formats: ['iife'],
        name: globalName ?? 'SignpostChunk',
        fileName: () => file,
      },
    },
  };
}
