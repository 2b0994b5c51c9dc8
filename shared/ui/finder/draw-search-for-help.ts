import { effect } from '@preact/signals-core';
import { domElement, setChildren } from '../kit/dom-element.ts';
import type { FinderStore } from './finder-store.ts';
import { drawLocationSearch } from './location-search.ts';
import { drawPostcodeForm } from './postcode-form.ts';
import { drawProblemSummary } from './problem-summary.ts';
import { resultsAnnouncement } from './results-announcement.ts';

export interface SearchForHelpOptions {
  title?: string;
  /** Unique per finder on the page, so labels point at the right inputs. */
  idPrefix?: string;
  /** The practice's own offer, e.g. "Ask at reception for help with the NHS App, Tuesdays 2-4pm", shown first. */
  offer?: string;
  /** Offer "Use my location", which says what will happen before the browser asks. */
  offerLocation?: boolean;
}

/**
 * The top of the finder, drawn into `container`: its title, the practice's offer, what went wrong with the
 * last search, the postcode form, and one sentence for screen readers when results arrive. Plain DOM, so
 * the widget's first script draws it without Preact (issue 15: 10 KB); the list it finds (FoundHelp) is
 * Preact and comes later. Gives back a function that stops it following the store.
 */
export function drawSearchForHelp(
  container: HTMLElement,
  store: FinderStore,
  { title = 'Find local help', idPrefix = 'signpost', offer, offerLocation }: SearchForHelpOptions = {},
): () => void {
  const { form, stop: stopForm } = drawPostcodeForm(store, idPrefix);
  const { summary, stop: stopSummary } = drawProblemSummary(store, idPrefix);
  const status = domElement('p', { class: 'sp-visually-hidden', role: 'status' });
  setChildren(
    container,
    domElement('h2', { class: 'sp-title' }, title),
    offer && domElement('p', { class: 'sp-notice' }, offer),
    summary,
    form,
    offerLocation && drawLocationSearch(store),
    status,
  );
  // Announced once per search; the visible error sits in the summary and by the box it is about.
  const stopStatus = effect(() => {
    const results = store.results.value;
    status.textContent = results && !store.searching.value ? resultsAnnouncement(results) : '';
  });
  return () => {
    stopForm();
    stopSummary();
    stopStatus();
    container.replaceChildren();
  };
}
