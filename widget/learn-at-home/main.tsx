/** The "Learn at home" chunk: loaded by the widget (widget/chunks/load-chunk.ts) the first time a resident opens it. */
import { registerChunk } from '../chunks/register-chunk.ts';
import { mountLearnAtHome } from './mount-learn-at-home.tsx';

registerChunk('learn-at-home', { mountLearnAtHome });
