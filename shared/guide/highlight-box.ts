/** Where to draw, in CSS pixels from the top-left corner of the outermost page's viewport. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The iframe elements an element sits inside, innermost first (same-origin frames only: others hide this). */
export function framesAround(element: Element): Element[] {
  const frames: Element[] = [];
  for (
    let frame = element.ownerDocument.defaultView?.frameElement;
    frame;
    frame = frame.ownerDocument.defaultView?.frameElement
  ) {
    frames.push(frame);
  }
  return frames;
}

/**
 * Where `element` is drawn on screen, in CSS pixels from the top-left of the outermost page's viewport: an
 * element inside an iframe is moved by where the frame's content area starts (its border and padding too).
 */
export function highlightBox(element: Element): Box {
  const rect = element.getBoundingClientRect();
  let { top, left } = rect;
  for (const frame of framesAround(element)) {
    const outer = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView!.getComputedStyle(frame);
    top += outer.top + frame.clientTop + parseFloat(style.paddingTop || '0');
    left += outer.left + frame.clientLeft + parseFloat(style.paddingLeft || '0');
  }
  return { top, left, width: rect.width, height: rect.height };
}
