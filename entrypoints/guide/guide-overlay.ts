import type { GuideLook } from '../../extension/messages/contract.ts';
import { pageLayer } from '../../extension/page-layer.ts';
import type { Box } from '../../shared/guide/highlight-box.ts';
import { placeBubble } from '../../shared/guide/place-bubble.ts';
import css from './guide-overlay.css?inline';

/** Space between the element and the ring drawn round it, in CSS px, so the ring never covers its edge. */
const RING_GAP_PX = 6;

export interface GuideOverlay {
  /** The words for the bubble, and how the side panel looks (Bigger text, High contrast). */
  say(words: string, look: GuideLook): void;
  /**
   * Rings `box` (CSS px in the viewport) with the words in a bubble beside it, clear of each of `keepClear`;
   * undefined hides both. Reads no layout while the words stay the same: the page was just measured.
   */
  draw(box: Box | undefined, keepClear: readonly Box[]): void;
  remove(): void;
}

function px(value: number): string {
  return `${Math.round(value)}px`;
}

/**
 * The highlight ring and speech bubble, in Signpost's closed layer above the page (extension/page-layer.ts).
 * Text goes in as text, never markup. Both are hidden from screen readers: the same words are in the side
 * panel, where the helper's focus stays, and the page's reading order is left as the page made it.
 */
export function guideOverlay(): GuideOverlay {
  const layer = pageLayer('signpost-guide', css);
  const look = document.createElement('div');
  const ring = Object.assign(document.createElement('div'), { className: 'ring', hidden: true });
  const bubble = Object.assign(document.createElement('p'), { className: 'bubble', hidden: true });
  for (const part of [ring, bubble]) part.setAttribute('aria-hidden', 'true');
  look.append(ring, bubble);
  layer.root.append(look);
  /** The bubble's size for its words, look and window width; measured again only when one of them changes. */
  let size: { width: number; height: number; key: string } | undefined;

  const bubbleSize = () => {
    const key = `${bubble.textContent}|${look.className}|${innerWidth}`;
    if (size?.key !== key) {
      // Shown (off screen) to be measured: the one layout read this costs comes only after a change.
      bubble.hidden = false;
      size = { width: bubble.offsetWidth, height: bubble.offsetHeight, key };
    }
    return size;
  };

  return {
    say(words, { largeText, highContrast }) {
      bubble.textContent = words;
      look.className = [largeText && 'large', highContrast && 'contrast'].filter(Boolean).join(' ');
    },
    draw(box, keepClear) {
      layer.keepOnPage();
      if (box === undefined) {
        ring.hidden = bubble.hidden = true;
        return;
      }
      const measured = bubbleSize();
      const ringed = {
        top: box.top - RING_GAP_PX,
        left: box.left - RING_GAP_PX,
        width: box.width + 2 * RING_GAP_PX,
        height: box.height + 2 * RING_GAP_PX,
      };
      const place = placeBubble(ringed, measured, { width: innerWidth, height: innerHeight }, keepClear);
      ring.hidden = bubble.hidden = false;
      Object.assign(ring.style, {
        top: px(ringed.top),
        left: px(ringed.left),
        width: px(ringed.width),
        height: px(ringed.height),
      });
      Object.assign(bubble.style, { top: px(place.top), left: px(place.left) });
    },
    remove: () => layer.remove(),
  };
}
