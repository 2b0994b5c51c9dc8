import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PathStore } from '../path-store.ts';
import { useRunTime } from '../../run-time.tsx';

/**
 * "If you're stuck": closed until wanted. "I need help" opens it and moves focus here, so the resident
 * (or their screen reader) goes straight to the help.
 */
export function StuckHelp({ store }: { store: PathStore }) {
  const { localHelp, alone } = useRunTime();
  const summary = useRef<HTMLElement>(null);
  const asked = store.askedForHelp.value;
  const route = store.step.value.ifStuck;
  useLayoutEffect(() => {
    if (asked) summary.current?.focus();
  }, [asked]);
  return (
    <details
      class="sp-stuck"
      open={store.stuckOpen.value}
      onToggle={(event) => (store.stuckOpen.value = event.currentTarget.open)}
    >
      <summary ref={summary}>If you're stuck</summary>
      <div class="sp-stuck__body">
        {asked && (
          <p class="sp-stuck__asked">
            {alone
              ? 'Here are some ideas. When you have done the step, choose "I did it with help".'
              : 'Your helper can help you now. When you have done the step, choose "I did it with help".'}
          </p>
        )}
        <p>{route.say}</p>
        {route.categories?.length ? localHelp?.(route.categories) : null}
      </div>
    </details>
  );
}
