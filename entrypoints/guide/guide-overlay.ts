import type { Box } from '../../shared/guide/highlight-box.ts';
import { placeBubble } from '../../shared/guide/place-bubble.ts';

/** Space between the element and the ring drawn round it, in CSS px, so the ring never covers its edge. */
const RING_GAP_PX = 6;

export interface GuideOverlay {
  /** Rings `box` (CSS px in the viewport) with `say` in a bubble beside it; undefined hides both. */
  draw(box: Box | undefined, say: string): void;
}

function px(value: number): string {
  return `${Math.round(value)}px`;
}

/**
 * The highlight ring and speech bubble, drawn into the overlay's shadow root. Text goes in as text, never
 * markup. Both are hidden from screen readers: the same words are in the side panel, where the helper's
 * focus stays, and the page's reading order is left as the page made it.
 */
export function guideOverlay(container: HTMLElement): GuideOverlay {
  const document = container.ownerDocument;
  const ring = Object.assign(document.createElement('div'), { className: 'ring', hidden: true });
  const bubble = Object.assign(document.createElement('p'), { className: 'bubble', hidden: true });
  for (const part of [ring, bubble]) part.setAttribute('aria-hidden', 'true');
  container.append(ring, bubble);

  return {
    draw(box, say) {
      ring.hidden = bubble.hidden = box === undefined;
      if (box === undefined) return;
      const ringed = {
        top: box.top - RING_GAP_PX,
        left: box.left - RING_GAP_PX,
        width: box.width + 2 * RING_GAP_PX,
        height: box.height + 2 * RING_GAP_PX,
      };
      Object.assign(ring.style, {
        top: px(ringed.top),
        left: px(ringed.left),
        width: px(ringed.width),
        height: px(ringed.height),
      });
      bubble.textContent = say;
      const view = document.defaultView!;
      const place = placeBubble(
        ringed,
        { width: bubble.offsetWidth, height: bubble.offsetHeight },
        { width: view.innerWidth, height: view.innerHeight },
      );
      Object.assign(bubble.style, { top: px(place.top), left: px(place.left) });
    },
  };
}
