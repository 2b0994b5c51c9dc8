import type { Target, TargetRole } from '../../../paths/learning-path.ts';

/** What each role is called in everyday words. */
const ROLE_WORDS: Record<TargetRole, string> = {
  button: 'button',
  link: 'link',
  textbox: 'box',
  searchbox: 'search box',
  checkbox: 'tick box',
  radio: 'choice',
  combobox: 'list',
  heading: 'heading',
  tab: 'tab',
  menuitem: 'menu choice',
  option: 'choice',
};

/** A step's target as a person would say it: "the 'Continue' button", "the 'Email address' box". */
export function targetWords(target: Target | undefined): string {
  if (target === undefined || 'selector' in target) return 'thing this step points at';
  if ('role' in target) return `'${target.name}' ${ROLE_WORDS[target.role]}`;
  if ('label' in target) return `'${target.label}' box`;
  return `words '${target.text}'`;
}

/** The site as its address bar shows it: "https://*.nhs.uk" → "nhs.uk". */
export function siteName(site: string): string {
  return site.replace(/^https?:\/\/(\*\.)?/, '');
}

/** The banner on the page while a helper points to teach step `number`, called `title`. */
export function pointingBanner(number: number, title: string): string {
  return `Teach Signpost step ${number}, ${title}: click the thing on the page. Your click will not do anything there. Press Escape to stop.`;
}
