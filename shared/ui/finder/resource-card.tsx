import type { ComponentChildren } from 'preact';
import type { Resource } from '../../directory/resource.ts';
import {
  accessLabel,
  addressText,
  dateText,
  directionsHref,
  howToGetInText,
  languageName,
  milesText,
  safeHref,
  telHref,
} from '../../directory/resource-facts.ts';

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

/** One place or service, with everything a resident needs to decide and to get there. */
export function ResourceCard({ resource, miles, opening, headingLevel = 3, onSelect, extra }: ResourceCardProps) {
  const Heading = `h${headingLevel}` as 'h3';
  const { contact, place } = resource;
  const website = safeHref(contact.website);
  const follow = (action: HelpChoice['action']) => () => onSelect?.({ resourceId: resource.id, action });
  return (
    <article class="sp-card">
      <Heading class="sp-card__title">{resource.name}</Heading>
      {resource.organisation && resource.organisation !== resource.name && (
        <p class="sp-card__org">{resource.organisation}</p>
      )}
      <p class="sp-card__meta">
        {miles !== undefined && <span>{milesText(miles)} away</span>}
        {opening && <span class={opening.open ? 'sp-open' : 'sp-closed'}>{opening.text}</span>}
        {!opening && resource.hoursNote && <span>{resource.hoursNote}</span>}
        <span>{resource.free ? 'Free' : (resource.costNote ?? 'There may be a cost')}</span>
      </p>
      <p class="sp-card__description">{resource.description}</p>
      <dl class="sp-card__facts">
        {place && <Fact term="Where">{[place.name, addressText(place)].filter(Boolean).join(', ')}</Fact>}
        {resource.howToGetIn && <Fact term="How to get in">{howToGetInText(resource.howToGetIn)}</Fact>}
        {resource.eligibility && <Fact term="Who it is for">{resource.eligibility}</Fact>}
        {resource.whatToBring && <Fact term="What to bring">{resource.whatToBring}</Fact>}
        {resource.access?.length ? <Fact term="Access">{resource.access.map(accessLabel).join(', ')}</Fact> : null}
        {resource.accessNote && <Fact term="Access details">{resource.accessNote}</Fact>}
        {resource.languages?.length ? (
          <Fact term="Languages">{resource.languages.map(languageName).join(', ')}</Fact>
        ) : null}
      </dl>
      <ul class="sp-card__actions">
        {contact.phone && (
          <li>
            <a href={telHref(contact.phone)} onClick={follow('call')}>
              Call {contact.phone}
            </a>
          </li>
        )}
        {contact.text && (
          // Plain text, not an sms: link: links are only ever http(s), tel or mailto.
          <li>Text {contact.text}</li>
        )}
        {website && (
          <li>
            <a href={website} target="_blank" rel="noopener noreferrer" onClick={follow('website')}>
              Website<span class="sp-visually-hidden"> for {resource.name} (opens in a new tab)</span>
            </a>
          </li>
        )}
        {contact.email && (
          <li>
            <a href={`mailto:${contact.email}`} onClick={follow('email')}>
              Email {contact.email}
            </a>
          </li>
        )}
        {place && (
          // A map link is no use on paper; the address above is.
          <li class="sp-no-print">
            <a href={directionsHref(place)} target="_blank" rel="noopener noreferrer" onClick={follow('directions')}>
              Directions<span class="sp-visually-hidden"> to {resource.name} (opens a map in a new tab)</span>
            </a>
          </li>
        )}
      </ul>
      {extra && <div class="sp-no-print">{extra}</div>}
      <p class="sp-card__checked">Last checked {dateText(resource.lastVerified)}</p>
    </article>
  );
}

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
