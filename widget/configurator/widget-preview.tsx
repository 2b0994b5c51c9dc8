import { useEffect, useRef } from 'preact/hooks';
import type { WidgetSettings } from '../signpost/widget-options.ts';

/** What signpost.js puts on the page: the same call a practice's own script would make. */
export interface SignpostApi {
  mount(element: HTMLElement, settings?: WidgetSettings): void;
}

interface WidgetPreviewProps {
  signpost: SignpostApi | undefined;
  settings: WidgetSettings;
}

// Long enough that typing a title does not redraw the widget on every key.
const TYPING_PAUSE_MS = 300;

/**
 * The real widget, drawn with `Signpost.mount` into a fresh element on each change, as a practice's page
 * would get it. A fresh element each time: a shadow root cannot be taken back, and a new one starts clean.
 */
export function WidgetPreview({ signpost, settings }: WidgetPreviewProps) {
  const holder = useRef<HTMLDivElement>(null);
  const drawn = useRef(false);
  const key = JSON.stringify(settings);
  useEffect(() => {
    if (signpost === undefined) return;
    const draw = () => {
      const element = document.createElement('div');
      holder.current?.replaceChildren(element);
      signpost.mount(element, settings);
      drawn.current = true;
    };
    const timer = setTimeout(draw, drawn.current ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timer);
  }, [signpost, key]);

  if (signpost === undefined) {
    return (
      <p class="sp-error-message">
        The preview needs signpost.js, which did not load. Run npm run build, then reload this page.
      </p>
    );
  }
  return <div class="cf-preview" ref={holder} />;
}
