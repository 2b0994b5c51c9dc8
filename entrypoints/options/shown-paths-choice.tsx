import { useSignal } from '@preact/signals';
import { shownPathIds } from '../../extension/settings.ts';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import { SAVE_FAILED } from './save-failed.ts';
import { useSavedSetting } from './use-saved-setting.ts';

/**
 * Which learning paths the side panel offers, one checkbox each, all ticked at first. Saved as soon as a
 * box changes. Every path ticked is saved as "all", so paths added in a later Signpost show too.
 */
export function ShownPathsChoice({ paths }: { paths: readonly LearningPath[] }) {
  const saved = useSavedSetting(shownPathIds);
  if (saved.value === undefined) return null;
  return <PathCheckboxes paths={paths} saved={saved.value} />;
}

function PathCheckboxes({ paths, saved }: { paths: readonly LearningPath[]; saved: string[] | null }) {
  const shown = useSignal<ReadonlySet<string>>(new Set(saved ?? paths.map((path) => path.id)));
  const status = useSignal('');

  async function toggle(pathId: string, ticked: boolean) {
    const next = new Set(shown.value);
    if (ticked) next.add(pathId);
    else next.delete(pathId);
    if (next.size === 0) {
      status.value = 'Keep at least one path, or the side panel has nothing to offer.';
      shown.value = new Set(shown.value);
      return;
    }
    shown.value = next;
    const all = paths.every((path) => next.has(path.id));
    try {
      await shownPathIds.set(all ? null : paths.map((path) => path.id).filter((id) => next.has(id)));
      status.value = 'Saved.';
    } catch {
      status.value = SAVE_FAILED;
    }
  }

  return (
    <fieldset>
      <legend class="sp-visually-hidden">Learning paths to show</legend>
      <p class="sp-hint">Untick the paths your learners will not need. Changes are saved straight away.</p>
      {paths.map((path) => (
        <label key={path.id} class="sp-checkbox">
          <input
            type="checkbox"
            class="sp-checkbox__input"
            checked={shown.value.has(path.id)}
            onChange={(event) => void toggle(path.id, event.currentTarget.checked)}
          />
          {path.title}
        </label>
      ))}
      <p role="status">{status.value}</p>
    </fieldset>
  );
}
