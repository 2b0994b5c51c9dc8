import { useSignal } from '@preact/signals';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import type { DisplayChoices } from '../../shared/ui/display-choices.ts';
import type { LearnerChoiceStore } from '../../shared/ui/learner-choice-store.ts';
import { LearningPaths } from '../../shared/ui/learning-paths.tsx';
import type { LocalHelp } from '../../shared/ui/path-player/help-categories.ts';
import type { Speaker } from '../../shared/ui/path-player/speaker.ts';
import { WhoIsLearning } from '../../shared/ui/who-is-learning.tsx';

interface LearningSectionProps {
  learnerChoice: LearnerChoiceStore;
  paths: readonly LearningPath[];
  display: DisplayChoices;
  speaker?: Speaker;
  localHelp: LocalHelp;
}

/** Who is learning first, then the paths, saved under that name or not at all. */
export function LearningSection({ learnerChoice, paths, display, speaker, localHelp }: LearningSectionProps) {
  const changed = useSignal(false);
  const choice = learnerChoice.choice.value;
  if (choice === undefined) return <WhoIsLearning store={learnerChoice} takeFocus={changed.value} />;
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
      <LearningPaths paths={paths} services={choice.services} display={display} speaker={speaker} localHelp={localHelp} takeFocus />
    </>
  );
}
