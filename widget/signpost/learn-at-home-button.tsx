import { useRef, useState } from 'preact/hooks';
import type { CategoryId } from '../../shared/directory/categories.ts';
import { loadChunk } from '../chunks/load-chunk.ts';

const PATHS_UNAVAILABLE = "We couldn't load the learning paths just now. Check you are online, then try again.";

interface LearnAtHomeButtonProps {
  /** Outside this component's tree: the learn chunk renders into it with its own copy of Preact. */
  container: HTMLElement;
  idPrefix: string;
  /** Takes the resident from a learning path to the finder, with the kinds of help the path suggests. */
  findHelp: (categories: readonly CategoryId[]) => void;
}

type Shown = 'closed' | 'loading' | 'open' | 'failed';

/**
 * "Learn at home" under the finder: the first press loads the learning paths chunk and opens it, later
 * presses show and hide it. A failed load says so plainly, and the next press tries again.
 */
export function LearnAtHomeButton({ container, idPrefix, findHelp }: LearnAtHomeButtonProps) {
  const [shown, setShown] = useState<Shown>('closed');
  const mounted = useRef(false);

  async function toggle(): Promise<void> {
    if (shown === 'loading') return;
    if (mounted.current) {
      container.hidden = !container.hidden;
      setShown(container.hidden ? 'closed' : 'open');
      return;
    }
    setShown('loading');
    const loaded = await loadChunk('learn-at-home');
    if (!loaded.ok) {
      // For the site owner; the resident reads PATHS_UNAVAILABLE.
      console.warn(loaded.message);
      setShown('failed');
      return;
    }
    mounted.current = true;
    container.hidden = false;
    loaded.api.mountLearnAtHome(container, { idPrefix, takeFocus: true, findHelp });
    setShown('open');
  }

  return (
    <div class="sp-learn-button">
      {/* aria-disabled, not disabled, while loading: a disabled button would drop the keyboard focus. */}
      <button
        type="button"
        class="sp-button"
        aria-expanded={shown === 'open'}
        aria-controls={container.id}
        aria-disabled={shown === 'loading'}
        onClick={toggle}
      >
        {shown === 'loading' ? 'Loading…' : 'Learn at home'}
      </button>
      {shown === 'failed' && (
        <p class="sp-error-message" role="alert">
          {PATHS_UNAVAILABLE}
        </p>
      )}
    </div>
  );
}
