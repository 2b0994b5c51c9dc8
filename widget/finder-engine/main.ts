/**
 * The search engine chunk, signpost-finder-engine.js: directory loading with the quick check of marked packs,
 * the k-d tree, postcodes, opening hours, and the list of what was found. Loaded on a resident's first focus
 * of the form or first search, so the first script stays small; the full pack check and word search are
 * later parts of their own (widget/pack-check/, widget/word-search/).
 */
import { registerChunk } from '../chunks/register-chunk.ts';
import { readSignalPropsAsValues } from '../chunks/signal-props-as-values.ts';
import { renderFoundHelp } from './render-found-help.tsx';
import { widgetSupportFinder } from './widget-support-finder.ts';

readSignalPropsAsValues();
registerChunk('finder-engine', { widgetSupportFinder, renderFoundHelp });
