import { render } from 'preact';
import css from '../shared/ui/signpost.css?inline';
import { FindHelp } from '../shared/ui/find-help.tsx';
import { createFinderStore } from '../shared/ui/finder-store.ts';
import { widgetSupportFinder } from './widget-support-finder.ts';

export interface FinderOptions {
  /** Filled into the postcode box, e.g. the practice's own district. */
  postcode?: string;
  title?: string;
  /**
   * A postcodes.io-compatible address, e.g. https://api.postcodes.io, to place full postcodes exactly.
   * Only when the site owner sets it does a postcode leave the page.
   */
  postcodeLookup?: string;
}

let mounted = 0;

/**
 * Draws the finder inside a shadow root. Styles go in through a constructed stylesheet, which a strict
 * Content Security Policy allows without 'unsafe-inline' (a <style> element would need it).
 */
export function mountFinder(host: HTMLElement, options: FinderOptions, dataUrl: string): void {
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  const root = document.createElement('div');
  root.className = 'sp-root';
  shadow.append(root);
  const store = createFinderStore(widgetSupportFinder(dataUrl, options.postcodeLookup), options.postcode);
  render(<FindHelp store={store} title={options.title} idPrefix={`signpost-${++mounted}`} />, root);
}
