import { attributeName, type WidgetSettings } from '../signpost/widget-options.ts';
import { ADDRESS_SETTINGS } from '../find-help-page/find-help-settings.ts';

/** Where the site will serve signpost.js, and its Subresource Integrity hash from the build ("sha384-..."). */
export interface WidgetScriptTag {
  src: string;
  /** Absent when the build's signpost.json could not be read: the snippet then works without SRI. */
  integrity?: string;
}

/** In the order a site owner reads them: where the data is, what is searched, how it looks, what else shows. */
const SETTING_ORDER: readonly (keyof WidgetSettings)[] = [
  'directory',
  'postcode',
  'categories',
  'radius',
  'results',
  'title',
  'lang',
  'theme',
  'paths',
  'offer',
  'postcodeLookup',
];

/**
 * Text made safe inside a double-quoted HTML attribute (HTML spec, "attribute value (double-quoted)
 * state"): `&` and `"` would end or change the value; `<` and `>` are escaped too, so no tool that
 * reads the snippet loosely ever sees a tag in it.
 */
export function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A setting as its attribute's text; undefined for a value that is the widget's default anyway. */
function attributeValue(
  setting: keyof WidgetSettings,
  value: WidgetSettings[keyof WidgetSettings],
): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (setting === 'paths') return value === false || value === 'no' ? 'no' : undefined;
  if (setting === 'theme' && value === 'auto') return undefined;
  if (Array.isArray(value)) return value.length > 0 ? value.join(',') : undefined;
  return String(value);
}

/** The placeholder's data- attributes, each value escaped: `data-postcode="S1" data-title="…"`. */
function placeholderAttributes(settings: WidgetSettings): string[] {
  return SETTING_ORDER.flatMap((setting) => {
    const value = attributeValue(setting, settings[setting]);
    return value === undefined ? [] : [`${attributeName(setting)}="${escapeAttribute(value)}"`];
  });
}

/**
 * The two lines a site owner pastes into their page: the script tag (with SRI when known, and async so
 * it never holds the page up) and the placeholder where the widget appears. Settings at their default
 * are left out. Pure: the same settings always give the same text.
 */
export function widgetSnippet(script: WidgetScriptTag, settings: WidgetSettings): string {
  const integrity = script.integrity === undefined ? '' : ` integrity="${escapeAttribute(script.integrity)}"`;
  const scriptTag = `<script src="${escapeAttribute(script.src)}"${integrity} crossorigin="anonymous" async></script>`;
  const placeholder = `<div ${['data-signpost', ...placeholderAttributes(settings)].join(' ')}></div>`;
  return `${scriptTag}\n${placeholder}`;
}

/**
 * find-help.html in `folder`, with the settings its address may carry (widget/find-help-page/): the rest
 * (heading, own offer, directory, online lookup) are set only in the page itself, and `leftOut` names them.
 */
export function findHelpAddress(
  folder: string,
  settings: WidgetSettings,
): { address: string; leftOut: (keyof WidgetSettings)[] } {
  const query = new URLSearchParams();
  for (const setting of ADDRESS_SETTINGS) {
    const value = attributeValue(setting, settings[setting]);
    if (value !== undefined) query.set(setting, value);
  }
  const leftOut = SETTING_ORDER.filter(
    (setting) =>
      !(ADDRESS_SETTINGS as readonly string[]).includes(setting) &&
      attributeValue(setting, settings[setting]) !== undefined,
  );
  const search = query.toString();
  return { address: `${folder}find-help.html${search ? `?${search}` : ''}`, leftOut };
}

/** The whole-page finder in a box on the page: for a website that takes an <iframe> but no <script>. */
export function frameSnippet(address: string): string {
  return `<iframe src="${escapeAttribute(address)}" title="Find local help" width="100%" height="900" loading="lazy"></iframe>`;
}

/** A link to the whole-page finder: works on any website. */
export function linkSnippet(address: string): string {
  return `<a href="${escapeAttribute(address)}">Find local help near you</a>`;
}
