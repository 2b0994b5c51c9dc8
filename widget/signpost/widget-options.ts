/*
 * The site owner's settings, checked by small hand-written readers rather than a zod schema: zod/mini
 * would cost about 5 KB gzip of the first script's 15 KB budget (issue 4). A bad value never breaks the
 * widget: the site owner gets a console warning saying what was wrong, and the default is used.
 */
import { isCategoryId, type CategoryId } from '../../shared/directory/categories.ts';
import { isSecureLookupAddress } from '../../shared/postcode/lookup-address.ts';
import { plainDecimal } from '../../shared/util/plain-decimal.ts';

export type WidgetTheme = 'auto' | 'light' | 'dark';

/** What a site owner may set: as data- attributes (all text), or given to `Signpost.mount` (text or values). */
export interface WidgetSettings {
  /** A directory pack's URL, or a shard index's URL (`signpost shard`); the built-in packs when absent. */
  directory?: string;
  /** Filled into the postcode box, e.g. the practice's own district "S1". */
  postcode?: string;
  /** Category ids to offer, as a list or "food, housing". */
  categories?: string | readonly string[];
  /** How far to look for places, in miles. */
  radius?: string | number;
  /** How many places to list. */
  results?: string | number;
  title?: string;
  /** The language tag set on the widget; its words are English only. */
  lang?: string;
  theme?: string;
  /** "no" (or false) hides "Learn at home". */
  paths?: string | boolean;
  /** The practice's own offer, shown first, e.g. "Ask at reception for help with the NHS App". */
  offer?: string;
  /** A postcodes.io-compatible address; only when set does a postcode leave the page. */
  postcodeLookup?: string;
}

export interface WidgetOptions {
  directory?: string;
  postcode?: string;
  /** Absent: every category. */
  categories?: CategoryId[];
  radiusMiles?: number;
  results?: number;
  title?: string;
  lang: string;
  theme: WidgetTheme;
  showPaths: boolean;
  offer?: string;
  postcodeLookup?: string;
}

const THEMES: readonly WidgetTheme[] = ['auto', 'light', 'dark'];
// Miles: beyond 50 a "nearby" list stops being near (the finder's own default is 10).
const RADIUS_MILES = { min: 0.5, max: 50 };
const RESULTS = { min: 1, max: 50 };
// BCP 47's shape, loosely: "en", "en-GB", "cy-GB".
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/**
 * Checks every setting; unknown settings are ignored. Only the settings' own properties count: a host
 * page that added `postcodeLookup` or `directory` to `Object.prototype` must not choose where a postcode
 * goes or where data comes from.
 */
export function widgetOptions(given: WidgetSettings): WidgetOptions {
  // Own settings only, in an object with no prototype to inherit from.
  const settings: WidgetSettings = Object.assign(Object.create(null), given);
  return {
    directory: webAddress(settings, 'directory'),
    postcode: text(settings, 'postcode'),
    categories: categoryList(settings),
    radiusMiles: numberBetween(settings, 'radius', RADIUS_MILES, false),
    results: numberBetween(settings, 'results', RESULTS, true),
    title: text(settings, 'title'),
    lang: languageTag(settings) ?? 'en-GB',
    theme: theme(settings),
    showPaths: showPaths(settings),
    offer: text(settings, 'offer'),
    postcodeLookup: postcodeLookup(settings),
  };
}

/** `postcodeLookup` → `data-postcode-lookup`, the name a site owner wrote. */
export function attributeName(setting: keyof WidgetSettings): string {
  return `data-${setting.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** Tells the site owner, in the browser's console (residents never see it), and leaves the setting to its default. */
function ignore(setting: keyof WidgetSettings, value: unknown, expected: string): undefined {
  console.warn(`Signpost: ignoring ${attributeName(setting)}="${String(value)}": ${expected}.`);
  return undefined;
}

/** Trimmed text; blank counts as not set. */
function text(settings: WidgetSettings, setting: keyof WidgetSettings): string | undefined {
  const value = settings[setting];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return ignore(setting, value, 'expected text');
  return value.trim() || undefined;
}

/** An http(s) address, relative ones read against the page. */
function webAddress(settings: WidgetSettings, setting: 'directory' | 'postcodeLookup'): string | undefined {
  const value = text(settings, setting);
  if (value === undefined) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // Not an address at all: warned about below, like any other bad value.
  }
  return ignore(setting, value, 'not a web address (https://...)');
}

/** The online lookup, said at once when it would never be used: a postcode travels over https only. */
function postcodeLookup(settings: WidgetSettings): string | undefined {
  const address = webAddress(settings, 'postcodeLookup');
  if (address === undefined || isSecureLookupAddress(address)) return address;
  return ignore('postcodeLookup', address, 'a postcode is only sent over https');
}

/** Plain decimals only ("5", "2.5"): hex ("0x10") and exponents ("-1e0") are refused like any other mistake. */
function numberBetween(
  settings: WidgetSettings,
  setting: 'radius' | 'results',
  range: { min: number; max: number },
  whole: boolean,
): number | undefined {
  const value = settings[setting];
  if (value === undefined || value === '') return undefined;
  const number = plainDecimal(value, range);
  if (number === undefined || (whole && !Number.isInteger(number))) {
    return ignore(
      setting,
      value,
      `expected ${whole ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}`,
    );
  }
  return number;
}

/** Known category ids only; an unknown one is left out, and none left means every category. */
function categoryList(settings: WidgetSettings): CategoryId[] | undefined {
  const value = settings.categories;
  if (value === undefined) return undefined;
  const listed = (typeof value === 'string' ? value.split(',') : value)
    .map((id) => String(id).trim().toLowerCase())
    .filter(Boolean);
  const known = listed.filter(isCategoryId);
  for (const id of listed.filter((id) => !isCategoryId(id)))
    ignore('categories', id, 'not a category id (see the README)');
  return known.length > 0 ? [...new Set(known)] : undefined;
}

function languageTag(settings: WidgetSettings): string | undefined {
  const value = text(settings, 'lang');
  if (value === undefined || LANGUAGE_TAG.test(value)) return value;
  return ignore('lang', value, 'not a language tag such as en-GB');
}

function theme(settings: WidgetSettings): WidgetTheme {
  const value = text(settings, 'theme')?.toLowerCase();
  if (value === undefined) return 'auto';
  if ((THEMES as readonly string[]).includes(value)) return value as WidgetTheme;
  return ignore('theme', value, 'expected auto, light or dark') ?? 'auto';
}

function showPaths(settings: WidgetSettings): boolean {
  const value = settings.paths;
  if (value === undefined || typeof value === 'boolean') return value ?? true;
  const answer = value.trim().toLowerCase();
  if (answer === 'no' || answer === 'false') return false;
  if (answer === '' || answer === 'yes' || answer === 'true') return true;
  return ignore('paths', value, 'expected yes or no') ?? true;
}
