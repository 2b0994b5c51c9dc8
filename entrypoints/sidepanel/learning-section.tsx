import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import type { FinderStore } from '../../shared/ui/finder/finder-store.ts';
import type { LearnerChoiceStore } from '../../shared/ui/learners/learner-choice-store.ts';
import type { LearnerDataStore } from '../../shared/ui/learners/learner-data-store.ts';
import { RunTimeProvider, type RunTime } from '../../shared/ui/run-time.tsx';
import type { SessionStore } from '../../shared/ui/session/session-store.ts';
import { useFocusOnChange } from '../../shared/ui/kit/use-focus-on-change.ts';
import { WhoIsLearning } from '../../shared/ui/learners/who-is-learning.tsx';
// Drawn once the later screens have loaded: the first screen is only "Who is learning?" (later-screens.ts).
import {
  AllLearnersData,
  CarePlanSoFar,
  EndOfSessionChecklist,
  HandoverNote,
  LearningPaths,
  SessionLogExport,
  ThisLearnerData,
  WhatMatters,
} from './later-screens.ts';

interface LearningSectionProps {
  learnerChoice: LearnerChoiceStore;
  learnerData: LearnerDataStore;
  session: SessionStore;
  finder: FinderStore;
  paths: readonly LearningPath[];
  /** The helper's organisation, for the handover note; blank when not set. */
  organisation: string;
}

/**
 * A session: who is learning, what matters to them, the paths, the checks before they go and the
 * handover note. Progress is saved under the learner's name, or not at all when practising.
 */
export function LearningSection(props: LearningSectionProps) {
  const { learnerChoice, learnerData, session, paths } = props;
  const changed = useSignal(false);
  const choice = learnerChoice.choice.value;
  const erased = learnerData.erased.value;
  if (choice === undefined) {
    const store =
      learnerChoice.ready.value && learnerChoice.storeProblem.value === undefined
        ? learnerChoice.learnerStore()
        : undefined;
    return (
      <>
        {erased && <ErasedNotice text={erased} />}
        {/* After an erase, focus is on what was erased, just above. */}
        <WhoIsLearning store={learnerChoice} takeFocus={changed.value && erased === undefined} />
        {store && <AllLearnersData choice={learnerChoice} data={learnerData} />}
        {store && <SessionLogExport store={store} paths={paths} />}
      </>
    );
  }
  const change = () => {
    changed.value = true;
    learnerChoice.changeLearner();
  };
  const stage = session.stage.value;
  return (
    <>
      <p class="sp-learner-bar sp-no-print">
        {choice.kind === 'learner' ? `Learning as ${choice.learner.name}.` : 'Practising. Nothing is saved.'}{' '}
        <button type="button" class="sp-link-button" onClick={change}>
          Change<span class="sp-visually-hidden"> who is learning</span>
        </button>
        {stage === 'learning' && (
          <>
            {' '}
            <button type="button" class="sp-link-button" onClick={session.endSession}>
              End the session
            </button>
          </>
        )}
      </p>
      {stage === 'learning' && <SessionPaths {...props} />}
      {/* After the paths, so a step (with Show me and I did it) comes first on a small screen. */}
      {choice.kind === 'learner' && stage === 'learning' && (
        <ThisLearnerData data={learnerData} learner={choice.learner} />
      )}
      {stage === 'checks' && <EndOfSessionChecklist session={session} />}
      {stage === 'handover' && (
        <HandoverNote
          session={session}
          paths={paths}
          finder={props.finder}
          name={choice.kind === 'learner' ? choice.learner.name : undefined}
          organisation={props.organisation}
          findHref="#find-help"
          onNextPerson={change}
        />
      )}
    </>
  );
}

/**
 * The learning part of a session: the plan from last time (if any) and "What matters to you?" first, then
 * the path chosen. Each step asks "Was this clear?", counted with no name in the learner store.
 */
function SessionPaths({ session, paths, learnerChoice }: LearningSectionProps) {
  const services = session.services.value;
  const choice = learnerChoice.choice.value;
  const store = learnerChoice.learnerStore();
  if (services === undefined) return null;
  const stepFeedback: RunTime['stepFeedback'] =
    store &&
    (async (pathId, stepId, clear) => {
      const counted = await store.countStepFeedback(pathId, stepId, clear);
      return counted.ok ? { ok: true } : { ok: false, message: counted.message };
    });
  return (
    <RunTimeProvider value={{ stepFeedback }}>
      <LearningPaths
        paths={paths}
        services={services}
        takeFocus
        picker={(onPick, takeFocus) => (
          <>
            {choice?.kind === 'learner' && (
              <CarePlanSoFar plan={session.plan} paths={paths} name={choice.learner.name} />
            )}
            <WhatMatters
              paths={paths}
              chosen={session.whatMatters}
              onPick={onPick}
              takeFocus={takeFocus}
              plan={session.plan}
            />
          </>
        )}
        onPathOpened={session.pathOpened}
        openPathId={session.pathToOpen.value}
      />
    </RunTimeProvider>
  );
}

/** Says what an erase took away, and takes focus so a screen reader says it first. */
function ErasedNotice({ text }: { text: string }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useFocusOnChange(notice, text);
  return (
    <p class="sp-notice" tabIndex={-1} ref={notice}>
      {text}
    </p>
  );
}
