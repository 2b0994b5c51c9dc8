import type { CategoryId } from '../../shared/directory/categories.ts';
import { domElement, setChildren } from '../../shared/ui/kit/dom-element.ts';
import { loadChunk } from '../chunks/load-chunk.ts';

const PATHS_UNAVAILABLE = "We couldn't load the learning paths just now. Check you are online, then try again.";

interface LearnAtHomeButtonOptions {
  /** Outside the button: the learn chunk renders into it with its own copy of Preact. */
  container: HTMLElement;
  idPrefix: string;
  /** Takes the resident from a learning path to the finder, with the kinds of help the path suggests. */
  findHelp: (categories: readonly CategoryId[]) => void;
}

/**
 * "Learn at home" under the finder, drawn into `parent`: the first press loads the learning paths chunk and
 * opens it, later presses show and hide it. A failed load says so plainly, and the next press tries again.
 */
export function drawLearnAtHomeButton(
  parent: HTMLElement,
  { container, idPrefix, findHelp }: LearnAtHomeButtonOptions,
) {
  // aria-disabled, not disabled, while loading: a disabled button would drop the keyboard focus.
  const button = domElement(
    'button',
    { type: 'button', class: 'sp-button', 'aria-expanded': 'false', 'aria-controls': container.id },
    'Learn at home',
  );
  // Always in the page and empty until needed, so screen readers hear the message when it appears.
  const problem = domElement('p', { class: 'sp-error-message', role: 'alert' });
  let state: 'closed' | 'loading' | 'open' = 'closed';
  let mounted = false;
  const show = (next: typeof state) => {
    state = next;
    button.textContent = next === 'loading' ? 'Loading…' : 'Learn at home';
    button.setAttribute('aria-expanded', String(next === 'open'));
    button.setAttribute('aria-disabled', String(next === 'loading'));
  };
  button.addEventListener('click', async () => {
    if (state === 'loading') return;
    if (mounted) {
      container.hidden = !container.hidden;
      return show(container.hidden ? 'closed' : 'open');
    }
    problem.textContent = '';
    show('loading');
    const loaded = await loadChunk('learn-at-home');
    if (!loaded.ok) {
      // For the site owner; the resident reads PATHS_UNAVAILABLE.
      console.warn(loaded.message);
      problem.textContent = PATHS_UNAVAILABLE;
      return show('closed');
    }
    mounted = true;
    container.hidden = false;
    loaded.api.mountLearnAtHome(container, { idPrefix, takeFocus: true, findHelp });
    show('open');
  });
  setChildren(parent, domElement('div', { class: 'sp-learn-button' }, button, problem));
}
