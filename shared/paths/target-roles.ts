/*
 * Kept apart from learning-path.ts, which builds zod schemas as it loads: the page guide needs the roles
 * but never zod (it must stay small, and checks nothing a web page could send it).
 */

/** ARIA roles a step may point at: the ones residents click, type into or read. */
export const TARGET_ROLES = [
  'button',
  'link',
  'textbox',
  'searchbox',
  'checkbox',
  'radio',
  'combobox',
  'heading',
  'tab',
  'menuitem',
  'option',
] as const;
export type TargetRole = (typeof TARGET_ROLES)[number];
