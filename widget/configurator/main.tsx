/**
 * The configurator page (configure.html), for practice staff: built beside signpost.js, which the page
 * loads first so the preview is the real widget.
 */
import { render } from 'preact';
import finderCss from '../../shared/ui/kit/signpost.css?inline';
import pageCss from './configurator.css?inline';
import { Configurator, type BuiltWidget } from './configurator.tsx';
import { createConfiguratorChoices } from './configurator-choices.ts';
import type { SignpostApi } from './widget-preview.tsx';
import { readSignalPropsAsValues } from '../chunks/signal-props-as-values.ts';

/** Constructed stylesheets: the page keeps to a strict Content Security Policy too. */
function adoptStyles(...texts: string[]): void {
  const sheets = texts.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
}

/** The build's facts about signpost.js, or undefined when the file is missing or not as expected. */
async function loadBuiltWidget(): Promise<BuiltWidget | undefined> {
  try {
    const response = await fetch(new URL('signpost.json', document.baseURI));
    const built: unknown = response.ok ? await response.json() : undefined;
    if (typeof built !== 'object' || built === null) return undefined;
    const { integrity, gzipBytes, version } = built as Record<string, unknown>;
    if (
      typeof integrity !== 'string' ||
      !integrity.startsWith('sha384-') ||
      typeof gzipBytes !== 'number' ||
      typeof version !== 'string'
    )
      return undefined;
    return { integrity, gzipBytes, version };
  } catch {
    return undefined;
  }
}

readSignalPropsAsValues();
adoptStyles(finderCss, pageCss);
const app = document.getElementById('configurator')!;
const choices = createConfiguratorChoices();
const signpost = (window as { Signpost?: SignpostApi }).Signpost;
// Drawn once signpost.json is read (a small local file), so the page never says it is missing while it loads.
void loadBuiltWidget().then((built) =>
  render(<Configurator choices={choices} signpost={signpost} built={built} />, app),
);
