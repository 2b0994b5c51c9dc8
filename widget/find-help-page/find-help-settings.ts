import type { WidgetSettings } from '../signpost/widget-options.ts';

/** What a link may choose: how the search starts and looks. Checked by the widget like any setting. */
export const ADDRESS_SETTINGS = ['postcode', 'categories', 'radius', 'results', 'theme', 'paths'] as const;

/**
 * The page's settings: its own data- attributes (set by whoever hosts the files), then those its address
 * may choose. Where data comes from, where a postcode goes, and the words residents read (heading, offer)
 * come only from the page itself: otherwise anyone could send a resident a link to this site that shows
 * someone else's words or sends their postcode elsewhere. Everything else in the address is reported
 * through `warn` and ignored. No prototype, so nothing the page inherits can pose as a setting.
 */
export function findHelpSettings(
  own: DOMStringMap | Record<string, string | undefined>,
  search: string,
  warn: (warning: string) => void,
): WidgetSettings {
  const settings = Object.assign(Object.create(null) as Record<string, string>, own);
  for (const [name, value] of new URLSearchParams(search)) {
    if ((ADDRESS_SETTINGS as readonly string[]).includes(name)) settings[name] = value;
    else warn(`find-help.html ignores "${name}" in its address: only ${ADDRESS_SETTINGS.join(', ')} can be set there.`);
  }
  return settings as WidgetSettings;
}
