import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import type { StepAction } from '../paths/learning-path.ts';
import type { TargetRole } from '../paths/target-roles.ts';
import { labelWords, nameSources } from './could-be-named.ts';
import { MAY_HAVE_TARGET_ROLE } from './find-target.ts';
import { isVisible } from './is-visible.ts';
import { tidyWords } from './match-words.ts';
import { searchRoots, type SearchRoot } from './search-roots.ts';

/*
 * A step with no mark on the page still says in words what to look for ("Look for prescriptions in the
 * app. Tap it."). Before a helper is asked to point, the guide guesses: of the things on the page a person
 * could act on as the step says, the one whose accessible name the step's words cover best. It is only a
 * guess: the helper is asked "Is it this one?" before it is kept.
 */

/** What each kind of step acts on, best first: a reading step points at a heading. */
const ROLES_FOR: Record<StepAction, readonly TargetRole[]> = {
  click: ['button', 'link', 'tab', 'menuitem', 'option', 'checkbox', 'radio'],
  type: ['textbox', 'searchbox', 'combobox'],
  choose: ['checkbox', 'radio', 'combobox', 'option', 'button', 'link', 'tab', 'menuitem'],
  read: ['heading'],
  wait: ['heading', 'button', 'link'],
};

/**
 * Words that say how to act or where, not what on: "click the green Continue button" is about "continue"
 * (and "green"). Kept short and plain, as steps are written at a reading age of 9.
 */
const NOT_WHAT = new Set(
  (
    'a an the and or but to of in on at for with from by is are be it its this that these those there here then ' +
    'you your yours we our us i me my they them their he she his her what which who when where how ' +
    'do does did done can could will would should may must not no yes if so as up down out into onto ' +
    'click tap press choose pick select look find go open use see read type enter put fill tick ' +
    'button link box page screen app site website one thing again now next first once more some any all'
  ).split(' '),
);

/** "Prescriptions" and "prescription", "ordering" and "order" are one word to a reader. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words that say what something is, stemmed, each once. */
function meaningfulWords(text: string): Set<string> {
  const words = tidyWords(text)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !NOT_WHAT.has(word));
  return new Set(words.map(stem));
}

/** Words the step puts in quotes: 'Continue' or "Start now" name the thing exactly. */
function quotedWords(text: string): string[] {
  return [...text.matchAll(/['"‘“]([^'"’”]{2,60})['"’”]/g)].map((match) => tidyWords(match[1]!));
}

/** A step as the guess reads it: its title (the gist: "Find your pharmacy") and what it says. */
export interface StepWords {
  title: string;
  say: string;
}

interface ReadStep {
  words: Set<string>;
  titleWords: Set<string>;
  text: string;
  quoted: string[];
}

/** How well a thing called `name` fits the step's words, or 0 when it shares no word with them. */
function fit(name: string, step: ReadStep): number {
  const named = meaningfulWords(name);
  const shared = [...named].filter((word) => step.words.has(word));
  if (shared.length === 0) return 0;
  const tidy = tidyWords(name);
  // Most of the name is in the step ("Continue" in "Click the green Continue button") counts most; then a
  // word of the title (the gist, where the say may first name the way there); how much of the step the name
  // covers; a name of several words said whole; a name in quotes.
  return (
    shared.length / named.size +
    (shared.some((word) => step.titleWords.has(word)) ? 0.75 : 0) +
    shared.length / step.words.size +
    (named.size > 1 && step.text.includes(tidy) ? 0.5 : 0) +
    (step.quoted.includes(tidy) ? 2 : 0)
  );
}

/**
 * When no name shares a word with the step: a step about reading the page points at its main heading, and
 * a step about choosing at the first thing to tick or pick ("Tick each medicine you need"). Still a guess.
 */
function fallback(roots: SearchRoot[], action: StepAction): Element | undefined {
  const wanted = { read: 'h1', wait: 'h1', choose: 'input[type=checkbox],input[type=radio],select' }[action as string];
  if (wanted === undefined) return undefined;
  for (const root of roots) for (const element of root.querySelectorAll(wanted)) if (isVisible(element)) return element;
  return undefined;
}

/** Its ARIA role; a password box has none in ARIA, but a person types in it like any box. */
function roleOf(element: Element): TargetRole | null {
  const role = getRole(element) as TargetRole | null;
  return (
    role ?? (element.localName === 'input' && (element as HTMLInputElement).type === 'password' ? 'textbox' : null)
  );
}

/**
 * The visible thing on the page the step (its title and what it says) most likely means, among those a
 * step of this `action` acts on; when no name shares a meaningful word with the step, the page's main
 * heading for a reading step, or the first thing to tick for a choosing step, else undefined. Ties go to
 * the first on the page. Looks in open shadow roots and same-origin frames too.
 */
export function guessTarget(root: SearchRoot, { title, say }: StepWords, action: StepAction): Element | undefined {
  const all = `${title}. ${say}`;
  const step = {
    words: meaningfulWords(all),
    titleWords: meaningfulWords(title),
    text: tidyWords(all),
    quoted: quotedWords(all),
  };
  const roles = ROLES_FOR[action];
  const roots = searchRoots(root);
  if (step.words.size === 0) return fallback(roots, action);
  const labels = labelWords(roots);
  let best: { element: Element; score: number } | undefined;
  for (const each of roots) {
    for (const element of each.querySelectorAll(MAY_HAVE_TARGET_ROLE)) {
      // Cheap first: only things whose name could hold one of the step's words get their name worked out.
      const sources = tidyWords(nameSources(element, labels).join(' '));
      if (![...step.words].some((word) => sources.includes(word))) continue;
      const role = roleOf(element);
      if (role === null || !roles.includes(role) || !isVisible(element)) continue;
      // A role further down the list fits the action a little less well.
      const score = fit(computeAccessibleName(element), step) - roles.indexOf(role) / 100;
      if (score > 0 && (best === undefined || score > best.score)) best = { element, score };
    }
  }
  return best?.element ?? fallback(roots, action);
}

export interface SettleOptions {
  /** How long the page must stay unchanged before guessing, in ms: a single-page app draws in bursts. */
  quietMs: number;
  /** The longest to wait for a page that keeps changing, or for something that fits, in ms. */
  mostMs: number;
  signal?: AbortSignal;
}

/**
 * guessTarget, once the page has stopped changing for `quietMs`: a page that draws its buttons late is
 * guessed on when they are there. When nothing fits yet, waits for the page to change again, up to
 * `mostMs` in all. Undefined when nothing fits by then, or when `signal` aborts.
 */
export function guessWhenSettled(
  root: Document,
  words: StepWords,
  action: StepAction,
  { quietMs, mostMs, signal }: SettleOptions,
): Promise<Element | undefined> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const finish = (guess: Element | undefined) => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(giveUp);
      signal?.removeEventListener('abort', cancel);
      resolve(guess);
    };
    const cancel = () => finish(undefined);
    const tryNow = () => {
      const guess = guessTarget(root, words, action);
      if (guess) finish(guess);
    };
    const waitForQuiet = () => {
      clearTimeout(quiet);
      quiet = setTimeout(tryNow, quietMs);
    };
    const observer = new MutationObserver(waitForQuiet);
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    const giveUp = setTimeout(() => finish(guessTarget(root, words, action)), mostMs);
    signal?.addEventListener('abort', cancel, { once: true });
    waitForQuiet();
  });
}
