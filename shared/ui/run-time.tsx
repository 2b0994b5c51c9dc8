import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { DisplayChoices } from './learning/player/display-choices.ts';
import type { LocalHelp } from './learning/player/help-categories.ts';
import type { Speaker } from './learning/player/speaker.ts';
import type { PageGuide, TaughtTargets } from './services.ts';

/**
 * What components need from where they run, in one Preact context: set once where an app starts (the
 * side panel, Learn at home, a test), read by the few components that use each, and handed down by none.
 */
export interface RunTime {
  /** Points at each step's target on the real page: only the extension's side panel has one. */
  guide?: PageGuide;
  /** The organisation's own fixes to steps, taught by pointing: only beside a guide. */
  taught?: TaughtTargets;
  /** Reads text aloud; absent where the browser cannot speak. */
  speaker?: Speaker;
  /** How the resident likes the player to look; a path list makes its own when none is given. */
  display?: DisplayChoices;
  /** How this app offers local help for some kinds of help; absent where it offers none. */
  localHelp?: LocalHelp;
  /**
   * True where the resident learns on their own (Learn at home on a website): steps use their `alone`
   * words, and nothing talks about a helper or shows a tip for one. Absent in the side panel.
   */
  alone?: boolean;
  /**
   * Counts one answer to "Was this clear?" for a step, with no name: the side panel keeps the counts for the
   * funders' session log. Absent where nothing counts them, and then the question is not asked.
   */
  stepFeedback?: (
    pathId: string,
    stepId: string,
    clear: boolean,
  ) => Promise<{ ok: true } | { ok: false; message: string }>;
  now: () => Date;
  print: () => void;
}

const RunTimeContext = createContext<RunTime>({ now: () => new Date(), print: () => window.print() });

/** The run-time services in force here. */
export function useRunTime(): RunTime {
  return useContext(RunTimeContext);
}

/** Sets the run-time services given (undefined ones are not given) for everything inside; the rest stay as they were above. */
export function RunTimeProvider({ value, children }: { value: Partial<RunTime>; children: ComponentChildren }) {
  const outer = useContext(RunTimeContext);
  const given = Object.fromEntries(Object.entries(value).filter(([, service]) => service !== undefined));
  return <RunTimeContext.Provider value={{ ...outer, ...given }}>{children}</RunTimeContext.Provider>;
}
