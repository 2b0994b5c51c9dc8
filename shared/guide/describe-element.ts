import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import type { Target } from '../paths/learning-path.ts';
import { TARGET_ROLES, type TargetRole } from '../paths/target-roles.ts';
import { tidyWords } from './match-words.ts';
import { searchRoots } from './search-roots.ts';

/*
 * When a helper points at something on a page, Signpost keeps what a person would call it, in the order
 * find-target.ts looks (the Testing Library query order): its role and accessible name, with the words on
 * it as another name when they differ; else its label; else its words; a CSS selector only when it has
 * none of these. It keeps nothing else from the page, and never what someone typed into it.
 */

/** Longest name kept, in words: a card read as one big link would give a paragraph, not a name anyone says. */
const MOST_WORDS = 12;

/** Where someone types or picks: their text is theirs, never a name to keep. */
const EDITABLE = 'input,textarea,select,[contenteditable=""],[contenteditable=true]';

/** Inputs whose value is the page's own words, not typed: a button's "Continue". */
const PAGE_WORDS_INPUTS = new Set(['submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'hidden']);

function isTargetRole(role: string | null): role is TargetRole {
  return (TARGET_ROLES as readonly (string | null)[]).includes(role);
}

/** The words as a person would say them: spaces tidied, cut to MOST_WORDS words. Empty when there are none. */
function spokenWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim().split(' ').slice(0, MOST_WORDS).join(' ');
}

/** What the person sees written on it (hidden text left out where the browser can tell), never a typed value. */
function seenWords(element: Element): string {
  if (element.matches(EDITABLE)) return '';
  const drawn = (element as HTMLElement).innerText;
  return spokenWords(typeof drawn === 'string' ? drawn : (element.textContent ?? ''));
}

/** Everything typed or chosen on the page now, in its fields (and those inside components and same-origin frames). */
function typedTexts(element: Element): string[] {
  const document = element.ownerDocument;
  const texts: string[] = [];
  for (const root of searchRoots(document)) {
    for (const field of root.querySelectorAll(EDITABLE)) {
      if (field.localName === 'input' && PAGE_WORDS_INPUTS.has((field as HTMLInputElement).type)) continue;
      if (field.localName === 'select')
        texts.push(...[...(field as HTMLSelectElement).selectedOptions].map((option) => option.text));
      else if (field.localName === 'input' || field.localName === 'textarea')
        texts.push((field as HTMLInputElement).value);
      else texts.push(field.textContent ?? '');
    }
  }
  // A letter or two typed is in every word: only longer text could give something away.
  return texts.map(tidyWords).filter((text) => text.length >= 3);
}

/** The thing a person meant when they clicked `clicked`: the button, link, box or heading around it, or it. */
export function teachableElement(clicked: Element): Element {
  for (let node: Element | null = clicked; node !== null && node.localName !== 'body'; node = node.parentElement) {
    if (node.localName === 'label' && (node as HTMLLabelElement).control) return (node as HTMLLabelElement).control!;
    if (isTargetRole(getRole(node))) return node;
  }
  return clicked;
}

/** A CSS selector for the element from its nearest ancestor with a steady id (or its root): the last resort. */
function selectorFor(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const steps: string[] = [];
  for (let node: Element | null = element; node !== null && node.localName !== 'html'; node = node.parentElement) {
    // An id with a number in it is often made afresh on each visit.
    if (node.id && !/\d/.test(node.id) && root.querySelectorAll(`#${CSS.escape(node.id)}`).length === 1) {
      steps.unshift(`#${CSS.escape(node.id)}`);
      break;
    }
    const sameTag = [...(node.parentElement?.children ?? [])].filter((other) => other.localName === node!.localName);
    steps.unshift(sameTag.length > 1 ? `${node.localName}:nth-of-type(${sameTag.indexOf(node) + 1})` : node.localName);
  }
  return steps.join(' > ');
}

/**
 * What a step's target should say to find `element` again: role and accessible name (with the words seen
 * on it in `alsoNamed` when they differ from its name), else the words of its label, else its own words,
 * else a selector. Any words that hold text typed into the page's fields are not kept.
 */
export function describeElement(element: Element): Target {
  const typed = typedTexts(element);
  const usable = (words: string) => words !== '' && !typed.some((text) => tidyWords(words).includes(text));
  const seen = seenWords(element);
  const role = getRole(element);
  if (isTargetRole(role)) {
    const name = spokenWords(computeAccessibleName(element));
    if (usable(name)) {
      const other = usable(seen) && tidyWords(seen) !== tidyWords(name);
      return { role, name, ...(other && { alsoNamed: [seen] }) };
    }
  }
  const labels = 'labels' in element ? [...((element as HTMLInputElement).labels ?? [])] : [];
  const label = spokenWords(labels.map((each) => each.textContent ?? '').join(' '));
  if (usable(label)) return { label };
  if (usable(seen)) return { text: seen };
  return { selector: selectorFor(element) };
}
