import { effect } from '@preact/signals-core';
import css from '../../shared/ui/kit/signpost.css?inline';
import type { CategoryId } from '../../shared/directory/categories.ts';
import { drawSearchForHelp } from '../../shared/ui/finder/draw-search-for-help.ts';
import type { FoundHelpProps } from '../../shared/ui/finder/found-help.tsx';
import { createFinderStore, type FinderStore } from '../../shared/ui/finder/finder-store.ts';
import { searchFromLink } from '../../shared/ui/finder/search-link.ts';
import { adoptStyles } from '../chunks/adopt-styles.ts';
import { loadChunk } from '../chunks/load-chunk.ts';
import { drawLearnAtHomeButton } from './learn-at-home-button.ts';
import { loadingSupportFinder, typedDistrict, type LoadingSupportFinder } from './loading-support-finder.ts';
import type { WidgetOptions } from './widget-options.ts';
import { cannotStart } from './cannot-start.ts';

let mounted = 0;

/**
 * Draws the widget inside a shadow root on `host`, with its styles adopted (widget/chunks/adopt-styles.ts).
 * The form is plain DOM, so it takes typing as soon as this script runs; the search engine, which also
 * draws what was found, loads when the resident shows they are about to search. A host that cannot take a
 * widget says so (widget/signpost/cannot-start.ts), never with an uncaught error.
 */
export function mountFinder(host: HTMLElement, options: WidgetOptions, dataUrl: string): void {
  if (host.shadowRoot?.querySelector('.sp-root'))
    return console.warn('Signpost: this element already holds a widget.', host);
  let shadow: ShadowRoot;
  try {
    shadow = host.attachShadow({ mode: 'open' });
  } catch (error) {
    // The browser's own reason says which: an element that cannot hold one, or one that already holds another's.
    return cannotStart(host, `this <${host.localName}> cannot hold the widget (${error}): use an empty <div>.`);
  }
  adoptStyles(shadow, css);
  const idPrefix = `signpost-${++mounted}`;
  const root = widgetRoot(options);
  const finder = document.createElement('div');
  const found = document.createElement('div');
  const more = document.createElement('div');
  const learn = Object.assign(document.createElement('div'), { id: `${idPrefix}-learn`, hidden: true });
  root.append(finder, found, more, learn);
  shadow.append(root);

  const services = loadingSupportFinder(
    (engine, fetch) =>
      engine.widgetSupportFinder({
        dataUrl,
        directory: options.directory,
        postcodeLookup: options.postcodeLookup,
        radiusMiles: options.radiusMiles,
        limit: options.results,
        fetch,
        loadFullCheck: () => loadChunk('pack-check'),
        loadWordSearch: () => loadChunk('word-search'),
      }),
    { dataUrl, directory: options.directory },
  );
  const store = createFinderStore(services, options.postcode, {
    categories: options.categories,
    onSearched: (summary) => announce(host, 'signpost:search', summary),
  });
  drawSearchForHelp(finder, store, { title: options.title, offer: options.offer, offerLocation: true, idPrefix });
  prepareOnIntent(finder, store, services);
  startSharedSearch(store);
  showFoundHelp(found, services, { store, onSelect: (choice) => announce(host, 'signpost:select', choice) });
  if (options.showPaths)
    drawLearnAtHomeButton(more, { container: learn, idPrefix, findHelp: findHelpFor(store, shadow, idPrefix) });
}

/**
 * The engine and the data start loading as soon as the resident enters the form, and the area's data as
 * soon as a whole postcode district is in the box (typed, or set by the site): not at page load, and not
 * only when Find help is pressed.
 */
function prepareOnIntent(finder: HTMLElement, store: FinderStore, services: LoadingSupportFinder): void {
  let entered = false;
  finder.addEventListener('focusin', (event) => {
    if (!(event.target instanceof Element && event.target.closest('form'))) return;
    entered = true;
    services.prepare(typedDistrict(`${store.postcode.value} `));
  });
  effect(() => {
    const district = typedDistrict(store.postcode.value);
    if (entered && district) services.prepare(district);
  });
}

/** A link from "Share this list" (#signpost=S1/food) opens with that search done: district and kinds of help only. */
function startSharedSearch(store: FinderStore): void {
  const shared = searchFromLink(location.href);
  if (!shared) return;
  store.postcode.value = shared.outcode;
  chooseKindOfHelp(store, shared.categories);
  // The page opened on this list: it shows, but the resident's place on the page is theirs.
  void store.search(undefined, { moveFocus: false });
}

/**
 * The list of what was found is drawn by the engine chunk: results only come from it, so it has loaded
 * by then (when it could not load, the form says so and there is no list). Redrawn whenever the results change.
 */
function showFoundHelp(container: HTMLElement, services: LoadingSupportFinder, props: FoundHelpProps): void {
  effect(() => {
    if (!props.store.results.value) return;
    void props.store.searched.value;
    services.loadedEngine()?.renderFoundHelp(container, props);
  });
}

/** `.sp-root`, in the site's chosen language tag and theme (auto follows the resident's light or dark setting). */
function widgetRoot(options: WidgetOptions): HTMLDivElement {
  const root = document.createElement('div');
  root.className = options.theme === 'auto' ? 'sp-root' : `sp-root sp-theme-${options.theme}`;
  root.lang = options.lang;
  return root;
}

/** Tells the host page what happened. The details never hold a postcode, words or a location. */
function announce(host: HTMLElement, type: 'signpost:search' | 'signpost:select', detail: object): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** From a learning path to the finder: picks the kind of help the path suggests, if there is one, and goes to the postcode box. */
function findHelpFor(store: FinderStore, shadow: ShadowRoot, idPrefix: string) {
  return (categories: readonly CategoryId[]): void => {
    chooseKindOfHelp(store, categories);
    shadow.getElementById(`${idPrefix}-postcode`)?.focus();
  };
}

/** Chooses the kind of help when just one of `categories` is among those this finder offers. */
function chooseKindOfHelp(store: FinderStore, categories: readonly CategoryId[]): void {
  const offered = categories.filter((id) => store.categories.length === 0 || store.categories.includes(id));
  if (offered.length === 1) store.category.value = offered[0]!;
}
