import { useSignal } from '@preact/signals';
import { TEXT_SIZES, textSize, type TextSize } from '../../extension/settings.ts';
import { SAVE_FAILED } from './save-failed.ts';

const LABELS: Record<TextSize, string> = { normal: 'Normal', large: 'Large', larger: 'Larger' };

/** How big Signpost's text is in the side panel and here. Saved as soon as it changes; `onChoose` shows it on this page at once. */
export function TextSizeChoice({ size, onChoose }: { size: TextSize; onChoose: (size: TextSize) => void }) {
  const status = useSignal('');
  async function choose(chosen: TextSize) {
    onChoose(chosen);
    try {
      await textSize.set(chosen);
      status.value = 'Saved.';
    } catch {
      status.value = SAVE_FAILED;
    }
  }
  return (
    <fieldset>
      <legend class="sp-visually-hidden">Text size</legend>
      {TEXT_SIZES.map((choice) => (
        <label key={choice} class="sp-checkbox">
          <input
            type="radio"
            name="text-size"
            class="sp-checkbox__input"
            checked={size === choice}
            onChange={() => void choose(choice)}
          />
          {LABELS[choice]}
        </label>
      ))}
      <p role="status">{status.value}</p>
    </fieldset>
  );
}
