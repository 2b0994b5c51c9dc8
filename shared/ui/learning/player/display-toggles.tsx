import type { DisplayChoices } from './display-choices.ts';
import { ToggleButton } from '../../kit/toggle-button.tsx';

/** Bigger text and high contrast, each a button that stays pressed in while it is on. */
export function DisplayToggles({ choices }: { choices: DisplayChoices }) {
  const { largeText, highContrast } = choices;
  return (
    <div class="sp-toggles sp-no-print" role="group" aria-label="How the page looks">
      <ToggleButton pressed={largeText.value} onPress={() => (largeText.value = !largeText.value)}>
        Bigger text
      </ToggleButton>
      <ToggleButton pressed={highContrast.value} onPress={() => (highContrast.value = !highContrast.value)}>
        High contrast
      </ToggleButton>
    </div>
  );
}
