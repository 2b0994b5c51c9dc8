import type { FinderOptions } from './mount-finder.tsx';

/** Reads the site owner's settings from data- attributes, e.g. data-postcode="S1 2HE". */
export function optionsFromAttributes(element: HTMLElement): FinderOptions {
  const { postcode, title, postcodeLookup } = element.dataset;
  return { postcode, title, postcodeLookup };
}
