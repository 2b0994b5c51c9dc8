import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import { AllLearnersData } from '../../shared/ui/all-learners-data.tsx';
import type { DisplayChoices } from '../../shared/ui/display-choices.ts';
import type { LearnerChoiceStore } from '../../shared/ui/learner-choice-store.ts';
import type { LearnerDataStore } from '../../shared/ui/learner-data-store.ts';
import { LearningPaths } from '../../shared/ui/learning-paths.tsx';
import type { LocalHelp } from '../../shared/ui/path-player/help-categories.ts';
import type { Speaker } from '../../shared/ui/path-player/speaker.ts';
import { ThisLearnerData } from '../../shared/ui/this-learner-data.tsx';
import { useFocusOnChange } from '../../shared/ui/use-focus-on-change.ts';
import { WhoIsLearning } from '../../shared/ui/who-is-learning.tsx';

interface LearningSectionProps {
  learnerChoice: LearnerChoiceStore;
  learnerData: LearnerDataStore;
  paths: readonly LearningPath[];
  display: DisplayChoices;
  speaker?: Speaker;
  localHelp: LocalHelp;
}

/** Who is learning first, then the paths, saved under that name or not at all. */
export function LearningSection({ learnerChoice, learnerData, paths, display, speaker, localHelp }: LearningSectionProps) {
  const changed = useSignal(false);
  const choice = learnerChoice.choice.value;
  const erased = learnerData.erased.value;
  if (choice === undefined) {
    const storeOpen = learnerChoice.ready.value && learnerChoice.storeProblem.value === undefined;
    return (
      <>
        {erased && <ErasedNotice text={erased} />}
        {/* After an erase, focus is on what was erased, just above. */}
        <WhoIsLearning store={learnerChoice} takeFocus={changed.value && erased === undefined} />
        {storeOpen && <AllLearnersData choice={learnerChoice} data={learnerData} />}
      </>
    );
  }
  const change = () => {
    changed.value = true;
    learnerChoice.changeLearner();
  };
  return (
    <>
      <p class="sp-learner-bar sp-no-print">
        {choice.kind === 'learner' ? `Learning as ${choice.learner.name}.` : 'Practising. Nothing is saved.'}{' '}
        <button type="button" class="sp-link-button" onClick={change}>
          Change<span class="sp-visually-hidden"> who is learning</span>
        </button>
      </p>
      {choice.kind === 'learner' && <ThisLearnerData data={learnerData} learner={choice.learner} />}
      <LearningPaths paths={paths} services={choice.services} display={display} speaker={speaker} localHelp={localHelp} takeFocus />
    </>
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
