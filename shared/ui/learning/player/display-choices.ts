import { signal } from '@preact/signals';

/**
 * How the resident likes the player to look. Kept in memory only: nothing is stored on the device
 * without consent, so a choice lasts while the page is open.
 */
export function createDisplayChoices() {
  return { largeText: signal(false), highContrast: signal(false) };
}

export type DisplayChoices = ReturnType<typeof createDisplayChoices>;

/** The classes that apply the choices to a player's root element. */
export function displayClass(choices: DisplayChoices): string {
  return [choices.largeText.value && 'sp-large-text', choices.highContrast.value && 'sp-high-contrast']
    .filter(Boolean)
    .join(' ');
}
