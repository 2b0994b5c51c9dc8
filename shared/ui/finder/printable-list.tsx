import { render } from 'preact';
import type { Resource } from '../../directory/resource.ts';
import {
  addressText,
  checkedOverAYearAgo,
  costText,
  distanceText,
  lastCheckedText,
  phoneLines,
  safeHref,
} from '../../directory/resource-facts.ts';
import { weeklyHoursList } from '../../hours/weekly-hours-list.ts';
import type { SupportResults, SupportSearch } from '../services.ts';
import { categoryLabel } from '../../directory/categories.ts';
import { POSTCODE_DATA_CREDITS } from './data-credits.tsx';
import { orderRemoteHelp } from './order-remote-help.ts';
import css from './printable-list.css?inline';

type Found = Extract<SupportResults, { ok: true }>;

interface PrintableListProps {
  results: Found;
  searched: SupportSearch | undefined;
  now: Date;
}

/**
 * The list on paper, to take away: each place with its weekly opening times, phone, address and web
 * address written out, small and tight so 11 places fit on two sides of A4. No buttons, no map links.
 */
export function PrintableList({ results, searched, now }: PrintableListProps) {
  const kind = searched?.categories.length === 1 ? categoryLabel(searched.categories[0]!) : undefined;
  const remote = orderRemoteHelp(results.remote, searched?.categories ?? []);
  return (
    <div class="sp-print">
      <h1>Local help near {results.placeLabel}</h1>
      <p class="sp-print__intro">
        {kind ? `${kind}. ` : ''}Printed{' '}
        {now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}. Places can change their
        times: check before you go.
      </p>
      {results.nearby.length > 0 && (
        <ol class="sp-print__places">
          {results.nearby.map(({ resource, miles }) => (
            <li key={resource.id}>
              <PrintedResource resource={resource} now={now} distance={`${distanceText(miles, resource.place)} away`} />
            </li>
          ))}
        </ol>
      )}
      {remote.length > 0 && (
        <>
          <h2>Help by phone or online</h2>
          <ul class="sp-print__remote">
            {remote.map(({ resource }) => (
              <li key={resource.id}>
                <PrintedLine resource={resource} now={now} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="sp-print__credits">{POSTCODE_DATA_CREDITS.join('. ')}.</p>
    </div>
  );
}

/** A place: its name and distance, then a line each for where, how to reach it, when, and a warning if old. */
function PrintedResource({ resource, now, distance }: { resource: Resource; now: Date; distance: string }) {
  const { place } = resource;
  const { reach, times, checked } = printedFacts(resource, now);
  return (
    <>
      <p>
        <strong>{resource.name}</strong>, {sentences([distance, costText(resource)])}
      </p>
      {place && <p>{[place.name, addressText(place)].filter(Boolean).join(', ')}</p>}
      {reach && <p>{reach}</p>}
      {times && <p>Opening times: {times}</p>}
      {checked && <p>{checked}</p>}
    </>
  );
}

/** Help by phone or online, in one line: there is no address to give. */
function PrintedLine({ resource, now }: { resource: Resource; now: Date }) {
  const { reach, times, checked } = printedFacts(resource, now);
  const rest = sentences([reach, times, checked]);
  return (
    <p>
      <strong>{resource.name}</strong>
      {rest && `: ${rest}`}
    </p>
  );
}

/** The ways to reach it and its weekly opening times, written out: paper has no links. */
function printedFacts(resource: Resource, now: Date) {
  const { contact } = resource;
  const hours = weeklyHoursList(resource.hours, now).map((line) => line.text);
  const reach = [
    ...phoneLines(contact).map(({ number, label }) => `Phone ${number}${label ? ` (${label})` : ''}`),
    contact.text && `Text ${contact.text}`,
    contact.email && `Email ${contact.email}`,
    safeHref(contact.website),
  ].filter(Boolean);
  return {
    reach: reach.join(' · '),
    times: sentences([...hours, resource.hoursNote]),
    // Only a warning is worth the paper: an entry checked over a year ago.
    checked: checkedOverAYearAgo(resource.lastVerified, now) && lastCheckedText(resource.lastVerified, now),
  };
}

/** Parts as sentences, each ending in one full stop: "Free. 24 hours a day." (never "day.."). */
function sentences(parts: readonly (string | false | undefined)[]): string {
  return parts
    .filter((part): part is string => !!part)
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

let printing: (() => void) | undefined;

/**
 * Prints what a search found, and only that: the list goes into an element of its own at the end of the
 * page (its own shadow root and styles, hidden on screen), and while it prints a stylesheet on the page
 * hides everything else, the host site's header and the widget's buttons too. All of it is taken away
 * again when printing is over (`afterprint`), or before the next list is printed.
 */
export function printFoundHelp(
  results: Found,
  searched: SupportSearch | undefined,
  now: Date,
  print: () => void,
): void {
  printing?.();
  const host = document.createElement('div');
  host.setAttribute('data-signpost-print', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const styles = new CSSStyleSheet();
  styles.replaceSync(css);
  shadow.adoptedStyleSheets = [styles];
  render(<PrintableList results={results} searched={searched} now={now} />, shadow);
  // Constructed stylesheets, so a strict Content Security Policy allows them (no 'unsafe-inline').
  const page = new CSSStyleSheet();
  page.replaceSync(PAGE_WHILE_PRINTING);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
  document.body.append(host);
  printing = () => {
    printing = undefined;
    removeEventListener('afterprint', done);
    render(null, shadow);
    host.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== page);
  };
  const done = () => printing?.();
  addEventListener('afterprint', done);
  print();
}

// Only the list on paper (nothing of the page around it), and never on screen.
const PAGE_WHILE_PRINTING = `
@media print {
  @page { size: A4; margin: 12mm; }
  body > :not([data-signpost-print]) { display: none !important; }
  [data-signpost-print] { display: block !important; }
}
@media screen { [data-signpost-print] { display: none !important; } }
`;
