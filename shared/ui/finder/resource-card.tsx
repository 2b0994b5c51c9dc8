import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Resource } from '../../directory/resource.ts';
import {
  accessLabel,
  addressText,
  checkedOverAYearAgo,
  correctionsHref,
  costText,
  directionsHref,
  distanceText,
  howToGetInText,
  languageName,
  lastCheckedText,
  paragraphsOf,
  phoneLines,
  safeHref,
  TELL_US_TEXT,
} from '../../directory/resource-facts.ts';
import { weeklyHoursList } from '../../hours/weekly-hours-list.ts';
import { useRunTime } from '../run-time.tsx';

/** A way of getting help that a resident followed from a card: no personal data, only which and how. */
export interface HelpChoice {
  resourceId: string;
  action: 'call' | 'website' | 'directions' | 'email';
}

export interface ResourceCardProps {
  resource: Resource;
  /** Miles from the searched place; absent for phone and online help. */
  miles?: number;
  /** "Open now, closes 4pm": worked out by the caller, who knows the time. */
  opening?: { open: boolean; text: string };
  /** Heading level that fits the page the card sits in. */
  headingLevel?: 2 | 3 | 4;
  /** Told when the resident follows the card's phone, website, email or directions link. */
  onSelect?: (choice: HelpChoice) => void;
  /** A control the page adds to the card, such as the side panel's "add to handover note". */
  extra?: ComponentChildren;
}

/**
 * One place or service, short enough to scan on a phone: its name, how far, whether it is open, and the
 * ways to reach it (Call, Website, Directions) in view; everything else behind "More about this place".
 */
export function ResourceCard({ resource, miles, opening, headingLevel = 3, onSelect, extra }: ResourceCardProps) {
  const Heading = `h${headingLevel}` as 'h3';
  const { contact, place } = resource;
  const now = useRunTime().now();
  const checked = lastCheckedText(resource.lastVerified, now);
  const old = checkedOverAYearAgo(resource.lastVerified, now);
  const [phone] = phoneLines(contact);
  const website = safeHref(contact.website);
  const directions = place && directionsHref(place);
  const follow = (action: HelpChoice['action']) => () => onSelect?.({ resourceId: resource.id, action });
  const hoursNote = !opening && resource.hoursNote;
  // The details are drawn when first opened: a list of 20 cards then draws in one frame (issue 15).
  const [opened, setOpened] = useState(false);
  return (
    <article class="sp-card">
      <Heading class="sp-card__title">{resource.name}</Heading>
      {(miles !== undefined || opening || hoursNote || resource.free) && (
        <p class="sp-card__meta">
          {miles !== undefined && <span>{distanceText(miles, place)} away</span>}
          {opening && <span class={opening.open ? 'sp-open' : 'sp-closed'}>{opening.text}</span>}
          {hoursNote && <span>{hoursNote}</span>}
          {resource.free && <span>Free</span>}
        </p>
      )}
      {old && <p class="sp-card__old">{checked}</p>}
      <ul class="sp-card__actions">
        {phone && (
          <li>
            <a href={phone.href} onClick={follow('call')}>
              Call {phone.number}
              {phone.label && ` (${phone.label})`}
            </a>
          </li>
        )}
        {website && (
          <li>
            <a href={website} target="_blank" rel="noopener noreferrer" onClick={follow('website')}>
              Website<span class="sp-visually-hidden"> for {resource.name} (opens in a new tab)</span>
            </a>
          </li>
        )}
        {directions && (
          // A map link is no use on paper; the address is.
          <li class="sp-no-print">
            <a href={directions} target="_blank" rel="noopener noreferrer" onClick={follow('directions')}>
              Directions<span class="sp-visually-hidden"> to {resource.name} (opens a map in a new tab)</span>
            </a>
          </li>
        )}
      </ul>
      {extra && <div class="sp-no-print sp-card__extra">{extra}</div>}
      <details class="sp-card__more" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
        <summary>
          More about this place<span class="sp-visually-hidden">: {resource.name}</span>
        </summary>
        {opened && <MoreAboutThisPlace resource={resource} now={now} follow={follow} />}
        {opened && !old && <p class="sp-card__checked">{checked}</p>}
      </details>
    </article>
  );
}

/** Everything the compact card leaves out, as a list of facts, in the order a resident asks them. */
interface MoreAboutProps {
  resource: Resource;
  now: Date;
  /** What to tell when the resident follows a link: the card's onSelect. */
  follow: (action: HelpChoice['action']) => () => void;
}

function MoreAboutThisPlace({ resource, now, follow }: MoreAboutProps) {
  const { place, contact } = resource;
  const hours = weeklyHoursList(resource.hours, now);
  const corrections = correctionsHref(resource);
  // The first number is the card's Call link.
  const [, ...otherPhones] = phoneLines(contact);
  return (
    <>
      {resource.organisation && resource.organisation !== resource.name && (
        <p class="sp-card__org">{resource.organisation}</p>
      )}
      {paragraphsOf(resource.description).map((paragraph) => (
        <p class="sp-card__description" key={paragraph}>
          {paragraph}
        </p>
      ))}
      <dl class="sp-card__facts">
        {place && <Fact term="Where">{[place.name, addressText(place)].filter(Boolean).join(', ')}</Fact>}
        {(hours.length > 0 || resource.hoursNote) && (
          <Fact term="Opening times">
            {hours.map((line) => (
              <span class="sp-card__hours" key={line.text}>
                {line.text}
              </span>
            ))}
            {resource.hoursNote}
          </Fact>
        )}
        <Fact term="Cost">{costText(resource)}</Fact>
        {resource.howToGetIn && <Fact term="How to get in">{howToGetInText(resource.howToGetIn)}</Fact>}
        {resource.eligibility && <Fact term="Who it is for">{resource.eligibility}</Fact>}
        {resource.whatToBring && <Fact term="What to bring">{resource.whatToBring}</Fact>}
        {resource.access?.length ? <Fact term="Access">{resource.access.map(accessLabel).join(', ')}</Fact> : null}
        {resource.accessNote && <Fact term="Access details">{resource.accessNote}</Fact>}
        {resource.languages?.length ? (
          <Fact term="Languages">{resource.languages.map(languageName).join(', ')}</Fact>
        ) : null}
        {otherPhones.map((line) => (
          <Fact term={line.label ? `Phone: ${line.label}` : 'Other phone'} key={line.number}>
            <a href={line.href} onClick={follow('call')}>
              {line.number}
            </a>
          </Fact>
        ))}
        {/* Plain text, not an sms: link: links are only ever http(s), tel or mailto. */}
        {contact.text && <Fact term="Text">{contact.text}</Fact>}
        {contact.email && (
          <Fact term="Email">
            <a href={`mailto:${contact.email}`} onClick={follow('email')}>
              {contact.email}
            </a>
          </Fact>
        )}
      </dl>
      {corrections && (
        <p class="sp-card__corrections">
          <a href={corrections}>
            {TELL_US_TEXT}
            <span class="sp-visually-hidden"> about {resource.name}</span>
          </a>
        </p>
      )}
    </>
  );
}

function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
