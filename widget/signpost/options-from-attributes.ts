import { widgetOptions, type WidgetOptions } from './widget-options.ts';

/** Reads the site owner's settings from data- attributes, e.g. data-postcode="S1 2HE" data-radius="5". */
export function optionsFromAttributes(element: HTMLElement): WidgetOptions {
  return widgetOptions({ ...element.dataset });
}
