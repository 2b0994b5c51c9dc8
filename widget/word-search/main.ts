/**
 * Word search, signpost-word-search.js: MiniSearch and the word index (shared/find/create-text-index.ts),
 * loaded the first time a resident searches with words, so a search by postcode alone never fetches it.
 */
import { registerChunk } from '../chunks/register-chunk.ts';
import { createTextIndex } from '../../shared/find/create-text-index.ts';

registerChunk('word-search', { createTextIndex });
