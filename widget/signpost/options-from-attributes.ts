import { widgetOptions, type WidgetOptions, type WidgetSettings } from './widget-options.ts';

/**
 * Reads the site owner's settings from data- attributes, e.g. data-postcode="S1 2HE" data-radius="5", into
 * an object with no prototype, so nothing the host page added to `Object.prototype` can pose as a setting.
 */
export function optionsFromAttributes(element: HTMLElement): WidgetOptions {
  return widgetOptions(Object.assign(Object.create(null) as WidgetSettings, element.dataset));
}
