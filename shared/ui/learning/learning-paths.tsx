import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { pathForSomeoneAlone } from '../../paths/alone.ts';
import type { LearningPath } from '../../paths/learning-path.ts';
import { useRunTime } from '../run-time.tsx';
import { createDisplayChoices } from './player/display-choices.ts';
import { PathPlayer } from './player/path-player.tsx';
import { PathPicker } from './path-picker.tsx';
import { ResumeCodeForm } from './resume-code-form.tsx';
import { createPathStore, type PathStore } from './path-store.ts';
import type { LearningServices } from '../services.ts';
import { withStepsCompleted } from './with-steps-completed.ts';

interface LearningPathsProps {
  paths: readonly LearningPath[];
  services: LearningServices;
  /** Move focus to the list's heading on first show: true after the person just chose something. */
  takeFocus?: boolean;
  /**
   * What to choose a path from, instead of the list of every path: given what to call with the chosen path
   * and whether to take focus (true when coming back from a path).
   */
  picker?: (onPick: (pathId: string) => void, takeFocus: boolean) => ComponentChildren;
  /** Told whenever a path is opened, from the list, a code or a summary's "what next". */
  onPathOpened?: (pathId: string) => void;
  /** A path to open straight away, e.g. carrying on the last session; opened again whenever it changes. */
  openPathId?: string;
  /** Shown above and below a path while it plays (Learn at home's word about saving progress). */
  beforePlayer?: ComponentChildren;
  afterPlayer?: ComponentChildren;
}

/** Pick a path, play it, come back: the learning part of the side panel and, later, the widget. */
export function LearningPaths({
  paths: givenPaths,
  services,
  takeFocus = false,
  picker,
  onPathOpened,
  openPathId,
  beforePlayer,
  afterPlayer,
}: LearningPathsProps) {
  const { display, now, alone } = useRunTime();
  // Someone on their own reads each step's words for them (alone.ts).
  const paths = useMemo(() => (alone ? givenPaths.map(pathForSomeoneAlone) : givenPaths), [givenPaths, alone]);
  const playing = useSignal<PathStore | undefined>(undefined);
  const cameBack = useSignal(takeFocus);
  const [choices] = useState(() => display ?? createDisplayChoices());

  const openPath = (pathId: string) => {
    const path = paths.find((candidate) => candidate.id === pathId);
    if (path === undefined) return;
    const store = createPathStore(path, services, now);
    playing.value = store;
    onPathOpened?.(path.id);
    void store.open();
  };
  useEffect(() => {
    if (openPathId !== undefined) openPath(openPathId);
  }, [openPathId]);
  // What the code says is done joins what this device already knew: a code never undoes saved progress,
  // so when that can't be read, nothing is saved and the form says why.
  const resumeFromCode = async (path: LearningPath, done: readonly boolean[]): Promise<string | undefined> => {
    const saved = await services.loadProgress(path.id);
    if (!saved.ok) return saved.message;
    const fromCode = path.steps.filter((_, index) => done[index]).map((step) => step.id);
    const kept = await services.saveProgress(path.id, withStepsCompleted(saved.outcomes, fromCode));
    if (!kept.ok) return kept.message;
    openPath(path.id);
    return undefined;
  };
  const close = () => {
    cameBack.value = true;
    playing.value = undefined;
  };

  const store = playing.value;
  if (store === undefined) {
    return (
      <>
        {picker ? (
          picker(openPath, cameBack.value)
        ) : (
          <PathPicker paths={paths} onPick={openPath} takeFocus={cameBack.value} />
        )}
        <ResumeCodeForm paths={paths} onResume={resumeFromCode} />
      </>
    );
  }
  return (
    <>
      {beforePlayer}
      <PathPlayer
        key={store.path.id}
        store={store}
        display={choices}
        paths={paths}
        onOpenPath={openPath}
        onClose={close}
      />
      {afterPlayer}
    </>
  );
}
