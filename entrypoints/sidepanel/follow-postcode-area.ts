import { effect, type ReadonlySignal } from '@preact/signals';
import type { FinderStore } from '../../shared/ui/finder/finder-store.ts';

/**
 * Puts the organisation's area (options page) in the postcode box once it is read, and again when it is
 * changed while the panel is open, but never over what the helper typed: only an empty box, or one still
 * showing the area before, follows. The box is peeked, so clearing it does not fill it again. Returns a stop function.
 */
export function followPostcodeArea(finder: Pick<FinderStore, 'postcode'>, area: ReadonlySignal<string>): () => void {
  let before = area.peek();
  return effect(() => {
    const chosen = area.value;
    const box = finder.postcode.peek();
    if (box === '' || box === before) finder.postcode.value = chosen;
    before = chosen;
  });
}
