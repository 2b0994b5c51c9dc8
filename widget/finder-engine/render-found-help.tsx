import { render } from 'preact';
import css from '../../shared/ui/finder/found-help.css?inline';
import { adoptStyles } from '../chunks/adopt-styles.ts';
import { FoundHelp, type FoundHelpProps } from '../../shared/ui/finder/found-help.tsx';

/**
 * Draws what a search found into `container`, part of the engine chunk so the first script stays within
 * its budget. This chunk has its own copy of Preact, so it cannot follow the first script's signals by
 * itself: the widget calls this again whenever the results change, and Preact redraws only what changed.
 */
export function renderFoundHelp(container: HTMLElement, props: FoundHelpProps): void {
  adoptStyles(container.getRootNode(), css);
  render(<FoundHelp {...props} />, container);
}
