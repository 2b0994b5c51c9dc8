import type { CDPSession, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A box on screen in CSS pixels, from the top left of the page's viewport. */
export interface ScreenBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

interface DomNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

const sessions = new WeakMap<Page, CDPSession>();

async function sessionFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (session === undefined) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

function hasClass(node: DomNode, className: string): boolean {
  const attributes = node.attributes ?? [];
  const index = attributes.indexOf('class');
  return index >= 0 && attributes[index + 1]!.split(/\s+/).includes(className);
}

/**
 * Runs `fn` on the element of class `className` inside Signpost's layer `host` (its shadow root is closed:
 * the page's own scripts can't reach in, so the test reads it through the browser's DevTools protocol,
 * which sees closed roots). Undefined when there is no such element.
 */
export async function inGuideLayer<T>(
  page: Page,
  className: string,
  fn: string,
  host = 'signpost-guide',
): Promise<T | undefined> {
  const session = await sessionFor(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const layer = [...walk(root)].find((node) => node.localName === host);
  const element = layer && [...walk(layer)].find((node) => hasClass(node, className));
  if (element === undefined) return undefined;
  const { object } = (await session.send('DOM.resolveNode', { nodeId: element.nodeId })) as {
    object: { objectId: string };
  };
  const { result } = (await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
  })) as { result: { value: T } };
  return result.value;
}

/** Where the page guide's highlight ring is drawn on `page`, or undefined when none is showing. */
export function guideRing(page: Page): Promise<ScreenBox | undefined> {
  return inGuideLayer<ScreenBox | null>(
    page,
    'ring',
    `function () {
      if (this.hidden || !this.checkVisibility()) return null;
      const { top, left, width, height } = this.getBoundingClientRect();
      return { top, left, width, height };
    }`,
  ).then((box) => box ?? undefined);
}

/** The speech bubble's words, text size and box, or undefined when none is showing. */
export function guideBubble(page: Page): Promise<{ words: string; fontSize: string; box: ScreenBox } | undefined> {
  return inGuideLayer<{ words: string; fontSize: string; box: ScreenBox } | null>(
    page,
    'bubble',
    `function () {
      if (this.hidden || !this.checkVisibility()) return null;
      const { top, left, width, height } = this.getBoundingClientRect();
      return { words: this.textContent, fontSize: getComputedStyle(this).fontSize, box: { top, left, width, height } };
    }`,
  ).then((bubble) => bubble ?? undefined);
}

/**
 * How far the ring stands off the element's edges, in CSS pixels: the smallest and largest of its four
 * gaps. A negative smallest gap means the ring cuts into the element; undefined when either is not drawn.
 */
export function ringGaps(
  ring: ScreenBox | undefined,
  element: { x: number; y: number; width: number; height: number } | null,
): { least: number; most: number } | undefined {
  if (ring === undefined || element === null) return undefined;
  const gaps = [
    element.y - ring.top,
    element.x - ring.left,
    ring.left + ring.width - (element.x + element.width),
    ring.top + ring.height - (element.y + element.height),
  ];
  return { least: Math.min(...gaps), most: Math.max(...gaps) };
}

/** True when the guide's ring is drawn round `target`, standing 0 to 12 px off each of its edges. */
export async function ringIsAround(page: Page, target: Locator): Promise<boolean> {
  const gaps = ringGaps(await guideRing(page), await target.boundingBox());
  return gaps !== undefined && gaps.least >= 0 && gaps.most <= 12;
}

/** Waits until the guide's ring is drawn round `target` (see ringIsAround). */
export async function expectRingAround(page: Page, target: Locator): Promise<void> {
  await expect.poll(() => ringIsAround(page, target)).toBe(true);
}

/** True when the two boxes share any area. */
export function overlaps(a: ScreenBox, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.left < b.x + b.width && b.x < a.left + a.width && a.top < b.y + b.height && b.y < a.top + a.height;
}
