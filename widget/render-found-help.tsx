import { render } from 'preact';
import css from '../shared/ui/found-help.css?inline';
import { FoundHelp, type FoundHelpProps } from '../shared/ui/found-help.tsx';

let sheet: CSSStyleSheet | undefined;

/**
 * Draws what a search found into `container`, part of the engine chunk so the first script stays within
 * its budget. This chunk has its own copy of Preact, so it cannot follow the first script's signals by
 * itself: the widget calls this again whenever the results change, and Preact redraws only what changed.
 */
export function renderFoundHelp(container: HTMLElement, props: FoundHelpProps): void {
  const shadow = container.getRootNode();
  if (shadow instanceof ShadowRoot && !shadow.adoptedStyleSheets.includes(foundHelpStyles())) {
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, foundHelpStyles()];
  }
  render(<FoundHelp {...props} />, container);
}

function foundHelpStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
