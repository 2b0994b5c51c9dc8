import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import type { Target, TargetRole } from '../paths/learning-path.ts';
import { couldBeNamed, labelWords } from './could-be-named.ts';
import { isVisible } from './is-visible.ts';
import { matchWords, tidyWords } from './match-words.ts';
import { searchRoots, type SearchRoot } from './search-roots.ts';

/*
 * Finds what a step points at the way a person (or a screen reader) would: by what it is and what it is
 * called, by its label, or by its words; a CSS selector is the curator's last resort (learning-path.ts,
 * TargetSchema). Names come from dom-accessibility-api, Testing Library's implementation of the W3C
 * "Accessible Name and Description Computation", so "Continue" finds a button whatever markup draws it.
 */

/** Form controls a label can name (HTML "labelable elements", and their ARIA twins). */
const LABELLED_CONTROLS = [
  'input:not([type=hidden])',
  'select',
  'textarea',
  '[contenteditable=""]',
  '[contenteditable=true]',
  ...['textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'switch', 'slider', 'spinbutton'].map(
    (role) => `[role=${role}]`,
  ),
].join(',');

/** What a person means by "the thing with these words": the button or link around them, if there is one. */
const ACTIONABLE =
  'a[href],button,summary,label,select,[role=button],[role=link],[role=tab],[role=menuitem],[role=option]';

/**
 * Every element that can have one of the roles a step points at (TARGET_ROLES): by its tag's own role
 * (HTML-AAM), or a role it was given. Asking each of these for its role, rather than every element on the
 * page, keeps a long page quick: a results page has thousands of divs and spans with no role at all.
 */
export const MAY_HAVE_TARGET_ROLE =
  'a,area,button,input,select,textarea,summary,option,h1,h2,h3,h4,h5,h6,[role],[contenteditable]';

/**
 * For each role, every element that can have it: its own tag's role, or the role given. getRole still
 * decides; this only spares asking the rest (on a long results page, the thousand other links and buttons
 * are asked, not the divs and spans around them).
 */
const MAY_HAVE_ROLE: Record<TargetRole, string> = {
  button: 'button,input,summary,[role=button]',
  link: 'a[href],area[href],[role=link]',
  textbox: 'input,textarea,[role=textbox]',
  searchbox: 'input,[role=searchbox]',
  checkbox: 'input,[role=checkbox]',
  radio: 'input,[role=radio]',
  combobox: 'select,input,[role=combobox]',
  heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
  tab: '[role=tab]',
  menuitem: '[role=menuitem]',
  option: 'option,[role=option]',
};

/** Text in these is never drawn. */
const UNDRAWN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/** Something found, and where to point: usually the element itself. */
interface Candidate {
  words: string;
  pointAt: Element;
}

/**
 * The first visible candidate whose words are `wanted`, or else the first whose words start with it.
 * Candidates come root by root, each in document order.
 */
function bestFit(candidates: Iterable<Candidate>, wanted: string): Element | undefined {
  let firstStart: Element | undefined;
  for (const { words, pointAt } of candidates) {
    const fit = matchWords(words, wanted);
    if (fit === undefined || !isVisible(pointAt)) continue;
    if (fit === 'exact') return pointAt;
    firstStart ??= pointAt;
  }
  return firstStart;
}

function* withRole(roots: SearchRoot[], role: TargetRole, name: string): Generator<Candidate> {
  const labels = labelWords(roots);
  for (const root of roots) {
    for (const element of root.querySelectorAll(MAY_HAVE_ROLE[role])) {
      if (getRole(element) === role && couldBeNamed(element, name, labels))
        yield { words: computeAccessibleName(element), pointAt: element };
    }
  }
}

/** The visible label of a control styled away (a custom checkbox): what people click instead. */
function visibleLabel(control: Element): Element | undefined {
  // Read only for the few hidden controls whose name fits: `labels` is slow (could-be-named.ts).
  const labels = 'labels' in control ? [...((control as HTMLInputElement).labels ?? [])] : [];
  return labels.find(isVisible);
}

function* labelledControls(roots: SearchRoot[], label: string): Generator<Candidate> {
  const labels = labelWords(roots);
  for (const root of roots) {
    for (const control of root.querySelectorAll(LABELLED_CONTROLS)) {
      if (!couldBeNamed(control, label, labels)) continue;
      // The accessible name of a control is its <label>, aria-labelledby or aria-label, in the spec's order.
      // A hidden control has no name by the spec's rule 2A, so it is named as if shown, and reached by its label.
      const hidden = !isVisible(control);
      yield {
        words: computeAccessibleName(control, { hidden }),
        pointAt: (hidden && visibleLabel(control)) || control,
      };
    }
  }
}

/** True when a child element carries the words too: then the child is the better place to point. */
function childHasWords(element: Element, wanted: string): boolean {
  return [...element.children].some((child) => matchWords(child.textContent ?? '', wanted) !== undefined);
}

function* elementsWithText(roots: SearchRoot[], wanted: string): Generator<Candidate> {
  const needle = tidyWords(wanted);
  for (const root of roots) {
    const document = root.ownerDocument ?? (root as Document);
    // Skips whole branches whose text doesn't contain the words, so a long page is read about once.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) =>
        UNDRAWN.has((node as Element).localName) || !tidyWords(node.textContent ?? '').includes(needle)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node as Element;
      if (childHasWords(element, wanted)) continue;
      yield { words: element.textContent ?? '', pointAt: element.closest(ACTIONABLE) ?? element };
    }
  }
}

function firstVisibleMatching(roots: SearchRoot[], selector: string): Element | undefined {
  for (const root of roots) {
    let matches: Iterable<Element>;
    try {
      matches = root.querySelectorAll(selector);
    } catch {
      return undefined; // not a selector this browser reads: check-path reports it to the curator
    }
    for (const element of matches) if (isVisible(element)) return element;
  }
  return undefined;
}

/** The words a target goes by: its name, label or text, then each other name it has been seen under. */
export function namesOf(target: Target): string[] {
  if ('selector' in target) return [];
  const name = 'role' in target ? target.name : 'label' in target ? target.label : target.text;
  return [name, ...(target.alsoNamed ?? [])];
}

function findByName(roots: SearchRoot[], target: Exclude<Target, { selector: string }>, name: string) {
  if ('role' in target) return bestFit(withRole(roots, target.role, name), name);
  if ('label' in target) return bestFit(labelledControls(roots, name), name);
  return bestFit(elementsWithText(roots, name), name);
}

/**
 * The visible element a step's target names, searched in `root` and in the open shadow roots and
 * same-origin iframes inside it. Words match ignoring case and spacing: the exact words first, then words
 * that start with them. Sites change their words, so a target's other names (`alsoNamed`) are tried in
 * turn when its own name finds nothing. Hidden elements never match. Undefined when nothing fits (also for
 * a selector the browser can't read).
 */
export function findTarget(root: SearchRoot, target: Target): Element | undefined {
  const roots = searchRoots(root);
  if ('selector' in target) return firstVisibleMatching(roots, target.selector);
  for (const name of namesOf(target)) {
    const found = findByName(roots, target, name);
    if (found) return found;
  }
  return undefined;
}
