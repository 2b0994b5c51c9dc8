import type { LearningPath } from '../../paths/learning-path.ts';

interface PathChoiceListProps {
  paths: readonly LearningPath[];
  onPick: (pathId: string) => void;
}

/** Learning paths to choose from, each a button named by its title, with its goal and time. */
export function PathChoiceList({ paths, onPick }: PathChoiceListProps) {
  return (
    <ul class="sp-path-list">
      {paths.map((path) => (
        <li key={path.id} class="sp-path-choice">
          <button type="button" class="sp-path-choice__button" onClick={() => onPick(path.id)}>
            {path.title}
          </button>
          <p class="sp-path-choice__goal">"{path.goal}"</p>
          <p class="sp-path-choice__meta">
            About {path.minutes} minutes{path.practice && '. Practice: nothing is sent anywhere'}
            {path.madeBy && `. Made by ${path.madeBy}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
