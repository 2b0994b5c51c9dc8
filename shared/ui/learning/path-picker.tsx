import { useRef } from 'preact/hooks';
import { PATH_TOPICS, type LearningPath } from '../../paths/learning-path.ts';
import { TOPIC_NAMES } from '../../paths/topic-names.ts';
import { PathChoiceList } from './path-choice-list.tsx';
import { useFocusOnChange } from '../kit/use-focus-on-change.ts';

interface PathPickerProps {
  paths: readonly LearningPath[];
  onPick: (pathId: string) => void;
  /** True when coming back from a path, so the list's heading is read out; false on a fresh page. */
  takeFocus?: boolean;
}

/** Every learning path by topic, each a button named by its title, with its goal and time. */
export function PathPicker({ paths, onPick, takeFocus = false }: PathPickerProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, 'picker', takeFocus);
  return (
    <div class="sp-picker">
      <h2 class="sp-title" tabIndex={-1} ref={heading}>
        Learning paths
      </h2>
      <p>Choose something you want to learn. We go one step at a time.</p>
      {PATH_TOPICS.map((topic) => {
        const inTopic = paths.filter((path) => path.topic === topic);
        if (inTopic.length === 0) return null;
        return (
          <div key={topic}>
            <h3 class="sp-heading">{TOPIC_NAMES[topic]}</h3>
            <PathChoiceList paths={inTopic} onPick={onPick} />
          </div>
        );
      })}
    </div>
  );
}
