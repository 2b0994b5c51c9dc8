import { computed, signal, type Signal } from '@preact/signals';
import type { CategoryId } from '../../shared/directory/categories.ts';
import { parsePostcode } from '../../shared/postcode/parse-postcode.ts';
import { shapeLabel } from '../../shared/postcode/postcode-shape.ts';
import type { WidgetSettings, WidgetTheme } from '../signpost/widget-options.ts';

/** The online lookup the configurator offers: postcodes.io, free and open, as the README describes. */
export const POSTCODES_IO = 'https://api.postcodes.io';

/** Where the widget's files will live: a folder on the practice's own website, or a shared copy on another. */
export type FilesPlace = 'own' | 'shared';
/** How the finder goes on the page: code (a script), a box (an iframe of find-help.html), or a link to it. */
export type EmbedWay = 'script' | 'iframe' | 'link';

/** The folder a practice uploads, at its website's root: what the download's how-to assumes too. */
export const OWN_FOLDER = '/signpost/';

/** What practice staff chose, as typed: text fields stay as typed so a mistake can be fixed in place. */
export interface ConfiguratorValues {
  filesPlace: FilesPlace;
  /** The web address of the folder holding signpost.js, as typed. */
  filesAddress: string;
  way: EmbedWay;
  directory: string;
  postcode: string;
  /** None means every kind of help. */
  categories: readonly CategoryId[];
  /** Miles, or '' for the finder's standard radius. */
  radius: string;
  /** How many places, or '' for the finder's standard number. */
  results: string;
  title: string;
  theme: WidgetTheme;
  showPaths: boolean;
  offer: string;
  postcodeLookup: boolean;
}

/** The fields that can be wrong, each with a message saying what to do. */
export type ConfiguratorErrors = Partial<Record<'filesAddress' | 'directory' | 'postcode', string>>;

export interface CheckedChoices {
  settings: WidgetSettings;
  errors: ConfiguratorErrors;
  /** The files' folder, ending in "/", when its address is right: where the code points. */
  folder?: string;
}

/** A web address a browser can fetch from any page: http(s) and absolute, or starting with "/" on the same site. */
function isWebAddress(text: string, allowSitePath: boolean): boolean {
  if (allowSitePath && text.startsWith('/') && !text.startsWith('//')) return true;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The staff's choices as widget settings (what both `Signpost.mount` and the snippet take), with a plain
 * message for each field that is wrong. A wrong field is left out of the settings, so the preview shows
 * the widget as it would be without it. Pure.
 */
export function checkChoices(values: ConfiguratorValues): CheckedChoices {
  const errors: ConfiguratorErrors = {};
  const settings: WidgetSettings = {};

  const folder = filesFolder(values.filesPlace, values.filesAddress);
  if (folder === undefined)
    errors.filesAddress =
      values.filesPlace === 'own'
        ? `Type the web address of the signpost folder on your website, like https://www.your-practice.nhs.uk${OWN_FOLDER} or ${OWN_FOLDER}`
        : 'Type the full web address of the shared copy, starting with https://. Whoever looks after it can tell you.';

  const directory = values.directory.trim();
  if (directory !== '') {
    if (isWebAddress(directory, true)) settings.directory = directory;
    else errors.directory = 'Type the full web address of your directory, starting with https://, or leave this empty.';
  }

  if (values.postcode.trim() !== '') {
    const parsed = parsePostcode(values.postcode);
    if (parsed.ok) settings.postcode = shapeLabel(parsed);
    else errors.postcode = `${parsed.message} Or leave this empty.`;
  }

  if (values.categories.length > 0) settings.categories = [...values.categories];
  if (values.radius !== '') settings.radius = values.radius;
  if (values.results !== '') settings.results = values.results;
  if (values.title.trim() !== '') settings.title = values.title.trim();
  if (values.theme !== 'auto') settings.theme = values.theme;
  if (!values.showPaths) settings.paths = 'no';
  if (values.offer.trim() !== '') settings.offer = values.offer.trim();
  if (values.postcodeLookup) settings.postcodeLookup = POSTCODES_IO;
  return folder === undefined ? { settings, errors } : { settings, errors, folder };
}

/**
 * The folder's address, ending in "/", or undefined when it is not one: on the practice's own website a
 * path such as /signpost/ will do, while a shared copy is on another website, so needs its full address.
 * The address of signpost.js itself is taken to mean its folder.
 */
function filesFolder(place: FilesPlace, typed: string): string | undefined {
  const address = typed.trim().replace(/signpost\.js$/, '');
  if (address === '' || !isWebAddress(address, place === 'own')) return undefined;
  return address.endsWith('/') ? address : `${address}/`;
}

/** The widget's defaults, as the form starts: the files in a signpost folder on the practice's own website. */
export function defaultValues(): ConfiguratorValues {
  return {
    filesPlace: 'own',
    filesAddress: OWN_FOLDER,
    way: 'script',
    directory: '',
    postcode: '',
    categories: [],
    radius: '',
    results: '',
    title: '',
    theme: 'auto',
    showPaths: true,
    offer: '',
    postcodeLookup: false,
  };
}

type Fields = { [K in keyof ConfiguratorValues]: Signal<ConfiguratorValues[K]> };

/**
 * Every choice as its own signal (so a text box can bind to one), starting from the widget's defaults,
 * and the checked settings that follow from them all.
 */
export function createConfiguratorChoices() {
  const start = defaultValues();
  const fields = Object.fromEntries(
    Object.entries(start).map(([field, value]) => [field, signal(value)]),
  ) as unknown as Fields;
  const values = computed(
    () =>
      Object.fromEntries(
        Object.entries(fields).map(([field, value]) => [field, (value as Signal<unknown>).value]),
      ) as unknown as ConfiguratorValues,
  );
  const checked = computed(() => checkChoices(values.value));
  return { fields, checked };
}

export type ConfiguratorChoices = ReturnType<typeof createConfiguratorChoices>;
