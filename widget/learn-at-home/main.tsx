/** The "Learn at home" chunk: loaded by the widget (widget/chunks/load-chunk.ts) the first time a resident opens it. */
import { registerChunk } from '../chunks/register-chunk.ts';
import { readSignalPropsAsValues } from '../chunks/signal-props-as-values.ts';
import { mountLearnAtHome } from './mount-learn-at-home.tsx';

readSignalPropsAsValues();
registerChunk('learn-at-home', { mountLearnAtHome });
