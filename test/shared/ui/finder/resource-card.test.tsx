import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Resource } from '../../../../shared/directory/resource.ts';
import { ResourceCard, type ResourceCardProps } from '../../../../shared/ui/finder/resource-card.tsx';
import { RunTimeProvider } from '../../../../shared/ui/run-time.tsx';

const dropIn: Resource = {
  id: 'drop-in',
  name: 'Computer help <img src=x onerror=alert(1)>',
  organisation: 'Sheffield Libraries',
  description: 'Free help with phones.',
  categories: ['digital-skills'],
  place: {
    name: 'Central Library',
    address: ['Surrey Street'],
    town: 'Sheffield',
    postcode: 'S1 1XZ',
    latitude: 53.3797,
    longitude: -1.4677,
  },
  contact: { phone: '0114 273 4400', website: 'https://example.org/help', email: 'help@example.org' },
  free: true,
  languages: ['en', 'ur'],
  access: ['step-free', 'hearing-loop'],
  howToGetIn: 'drop-in',
  whatToBring: 'Your phone.',
  lastVerified: '2026-06-02',
  source: 'Test',
};

// Sunday 6 December 2026, midday.
const today = new Date('2026-12-06T12:00:00Z');

function card(resource: Resource, miles?: number, more: Partial<ResourceCardProps> = {}): HTMLElement {
  const container = document.createElement('div');
  render(
    <RunTimeProvider value={{ now: () => today }}>
      <ResourceCard
        resource={resource}
        miles={miles}
        opening={{ open: true, text: 'Open now, closes at 4pm' }}
        {...more}
      />
    </RunTimeProvider>,
    container,
  );
  return container;
}

/** Opens "More about this place", as a resident does; its details are drawn only then. */
function opened(container: HTMLElement): HTMLElement {
  const details = container.querySelector('details')!;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
  return container;
}

/** What the card shows before "More about this place" is opened. */
function compactText(container: HTMLElement): string {
  const copy = container.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('details > :not(summary)').forEach((hidden) => hidden.remove());
  copy.querySelectorAll('.sp-visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

const directionsToCentralLibrary =
  'https://www.openstreetmap.org/directions?route=%3B53.37970%2C-1.46770#map=17/53.37970/-1.46770';

describe('a resource card', () => {
  it('shows what a resident needs to choose and get there', () => {
    const text = opened(card(dropIn, 0.43)).textContent;
    expect(text).toContain('0.4 miles away');
    expect(text).toContain('Open now, closes at 4pm');
    expect(text).toContain('Free');
    expect(text).toContain('Central Library, Surrey Street, Sheffield, S1 1XZ');
    expect(text).toContain('Just turn up: no need to book');
    expect(text).toContain('Step-free access, Hearing loop');
    expect(text).toContain('English, Urdu');
    expect(text).toContain('Last checked 2 June 2026');
  });

  it('links to call, the website and directions, then email among the details, and nothing else', () => {
    const links = [...opened(card(dropIn)).querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      'tel:01142734400',
      'https://example.org/help',
      directionsToCentralLibrary,
      'mailto:help@example.org',
    ]);
  });

  it('shows markup in a name as text, never as elements', () => {
    const container = card(dropIn);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('h3')?.textContent).toBe('Computer help <img src=x onerror=alert(1)>');
  });

  it('drops a website link that is not http(s), even if the data got past the schema', () => {
    const hostile = { ...dropIn, contact: { website: 'javascript:alert(1)' } } as Resource;
    expect([...card(hostile).querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      directionsToCentralLibrary,
    ]);
  });

  it('gives directions on OpenStreetMap in a new tab, telling the map only where the place is', () => {
    const directions = [...card(dropIn).querySelectorAll('a')].find((link) =>
      link.textContent?.startsWith('Directions'),
    )!;
    const url = new URL(directions.href);
    expect(url.origin).toBe('https://www.openstreetmap.org');
    expect([...url.searchParams.keys()]).toEqual(['route']);
    expect(url.searchParams.get('route')).toBe(';53.37970,-1.46770');
    expect(directions.target).toBe('_blank');
    expect(directions.rel).toBe('noopener noreferrer');
  });

  it('offers no directions for help by phone or online', () => {
    expect(card({ ...dropIn, place: undefined }).textContent).not.toContain('Directions');
  });

  it('says which way of getting help the resident followed, and from which card', () => {
    const onSelect = vi.fn();
    const links = [...opened(card(dropIn, 1, { onSelect })).querySelectorAll('a')];
    for (const link of links) {
      link.addEventListener('click', (event) => event.preventDefault());
      link.click();
    }
    expect(onSelect.mock.calls.map(([choice]) => choice)).toEqual([
      { resourceId: 'drop-in', action: 'call' },
      { resourceId: 'drop-in', action: 'website' },
      { resourceId: 'drop-in', action: 'directions' },
      { resourceId: 'drop-in', action: 'email' },
    ]);
  });

  it("shows the page's own control on the card", () => {
    const container = card(dropIn, 1, { extra: <button type="button">Add to handover note</button> });
    expect(container.querySelector('article button')?.textContent).toBe('Add to handover note');
  });

  it('shows the name, distance, opening and the ways to reach it, and leaves the rest behind "More about this place"', () => {
    const container = card({ ...dropIn, hours: [{ days: ['MO', 'TU'], opens: '10:00', closes: '16:00' }] }, 0.43);
    expect(compactText(container)).toBe(
      'Computer help <img src=x onerror=alert(1)>0.4 miles awayOpen now, closes at 4pmFreeCall 0114 273 4400WebsiteDirectionsMore about this place',
    );
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    opened(container);
    expect(details.textContent).toContain('Opening timesMonday and Tuesday: 10am to 4pm');
    expect(details.textContent).toContain('What to bringYour phone.');
  });

  it('says plainly, where it cannot be missed, when an entry was last checked over a year ago', () => {
    const old = card({ ...dropIn, lastVerified: '2024-03-14' });
    expect(compactText(old)).toContain('Last checked March 2024. Call before you go.');
    expect(compactText(card(dropIn))).not.toContain('Last checked');
  });

  it('offers to tell the publisher about a mistake, naming the entry and nothing about the resident', () => {
    const container = opened(card({ ...dropIn, correctionsEmail: 'data@example.org' }));
    const tellUs = [...container.querySelectorAll('a')].find((link) =>
      link.textContent?.startsWith('Something wrong?'),
    );
    expect(tellUs?.getAttribute('href')).toBe(
      'mailto:data@example.org?subject=Something%20wrong%20with%20%22Computer%20help%20%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%22%20(drop-in)',
    );
    expect(opened(card(dropIn)).textContent).not.toContain('Something wrong?');
  });

  it('says "about" how far a roughly placed library is, and finds it by address for directions', () => {
    const library: Resource = {
      ...dropIn,
      place: { ...dropIn.place!, approximate: true },
    };
    const container = card(library, 2.3);
    expect(compactText(container)).toContain('about 2 miles away');
    const directions = [...container.querySelectorAll('a')].find((link) => link.textContent?.startsWith('Directions'));
    expect(directions?.getAttribute('href')).toBe(
      'https://www.openstreetmap.org/directions?to=Central%20Library%2C%20Surrey%20Street%2C%20Sheffield%2C%20S1%201XZ',
    );
  });

  it('asks about cost when nobody said whether it is free, and never says it is not free', () => {
    const container = opened(card({ ...dropIn, free: undefined }));
    expect(compactText(container)).not.toContain('Free');
    expect(container.textContent).toContain('CostAsk about cost');
  });

  it("calls the main number with its label, lists the other numbers, and keeps the description's paragraphs", () => {
    const youth: Resource = {
      ...dropIn,
      description: 'About us\n\nWe help young people.',
      contact: {
        phone: '0800 035 4213',
        phoneLabel: 'Advice line',
        morePhones: [{ number: '0117 332 7111', label: 'Youth service' }],
      },
    };
    const shown = opened(card(youth, 1));
    const call = [...shown.querySelectorAll('a')].find((link) => link.textContent?.startsWith('Call'));
    expect(call?.textContent).toBe('Call 0800 035 4213 (Advice line)');
    expect(call?.getAttribute('href')).toBe('tel:08000354213');
    const youthLine = [...shown.querySelectorAll('a')].find((link) => link.textContent === '0117 332 7111');
    expect(youthLine?.getAttribute('href')).toBe('tel:01173327111');
    expect(youthLine?.closest('div')?.querySelector('dt')?.textContent).toBe('Phone: Youth service');
    expect([...shown.querySelectorAll('.sp-card__description')].map((p) => p.textContent)).toEqual([
      'About us',
      'We help young people.',
    ]);
  });
});
