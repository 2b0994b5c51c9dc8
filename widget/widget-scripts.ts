/**
 * Every script the widget build makes, and the source it starts from: the first script, each later part
 * (one per chunk name, which TypeScript checks), the configurator and the whole-page finder. Read by scripts/build-widget.ts and
 * by the convention test, so a chunk cannot be declared and never built.
 */
import type { ChunkName } from './chunks/protocol.ts';

export interface ScriptSource {
  /** Source file, e.g. "widget/signpost/main.tsx". */
  entry: string;
  /** Output file in dist/site, e.g. "signpost.js". */
  file: string;
}

export const FIRST_SCRIPT: ScriptSource = { entry: 'widget/signpost/main.tsx', file: 'signpost.js' };

export const CHUNK_SCRIPTS: Record<ChunkName, ScriptSource> = {
  'finder-engine': { entry: 'widget/finder-engine/main.ts', file: 'signpost-finder-engine.js' },
  'learn-at-home': { entry: 'widget/learn-at-home/main.tsx', file: 'signpost-learn.js' },
  'pack-check': { entry: 'widget/pack-check/main.ts', file: 'signpost-pack-check.js' },
  'word-search': { entry: 'widget/word-search/main.ts', file: 'signpost-word-search.js' },
};

export const CONFIGURATOR_SCRIPT: ScriptSource = { entry: 'widget/configurator/main.tsx', file: 'configure.js' };
export const CONFIGURATOR_PAGE = 'widget/configurator/configure.html';

/** The whole-page finder, for websites that take no <script>: linked to, or put in an <iframe>. */
export const FIND_HELP_SCRIPT: ScriptSource = { entry: 'widget/find-help-page/main.ts', file: 'signpost-find-help.js' };
export const FIND_HELP_PAGE = 'widget/find-help-page/find-help.html';

/** The one file a practice downloads (scripts/widget-download.ts writes it into dist/; the configurator links to it). */
export function downloadFileName(version: string): string {
  return `signpost-widget-${version}.zip`;
}
