import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { Resource } from '../../../../shared/directory/resource.ts';
import { ResourceCard, type ResourceCardProps } from '../../../../shared/ui/finder/resource-card.tsx';

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

function card(resource: Resource, miles?: number, more: Partial<ResourceCardProps> = {}): HTMLElement {
  const container = document.createElement('div');
  render(
    <ResourceCard
      resource={resource}
      miles={miles}
      opening={{ open: true, text: 'Open now, closes at 4pm' }}
      {...more}
    />,
    container,
  );
  return container;
}

const directionsToCentralLibrary =
  'https://www.openstreetmap.org/directions?route=%3B53.37970%2C-1.46770#map=17/53.37970/-1.46770';

describe('a resource card', () => {
  it('shows what a resident needs to choose and get there', () => {
    const text = card(dropIn, 0.43).textContent;
    expect(text).toContain('0.4 miles away');
    expect(text).toContain('Open now, closes at 4pm');
    expect(text).toContain('Free');
    expect(text).toContain('Central Library, Surrey Street, Sheffield, S1 1XZ');
    expect(text).toContain('Just turn up: no need to book');
    expect(text).toContain('Step-free access, Hearing loop');
    expect(text).toContain('English, Urdu');
    expect(text).toContain('Last checked 2 June 2026');
  });

  it('links to call, email, the website and directions, and nothing else', () => {
    const links = [...card(dropIn).querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      'tel:01142734400',
      'https://example.org/help',
      'mailto:help@example.org',
      directionsToCentralLibrary,
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
    const links = [...card(dropIn, 1, { onSelect }).querySelectorAll('a')];
    for (const link of links) {
      link.addEventListener('click', (event) => event.preventDefault());
      link.click();
    }
    expect(onSelect.mock.calls.map(([choice]) => choice)).toEqual([
      { resourceId: 'drop-in', action: 'call' },
      { resourceId: 'drop-in', action: 'website' },
      { resourceId: 'drop-in', action: 'email' },
      { resourceId: 'drop-in', action: 'directions' },
    ]);
  });

  it("shows the page's own control on the card", () => {
    const container = card(dropIn, 1, { extra: <button type="button">Add to handover note</button> });
    expect(container.querySelector('article button')?.textContent).toBe('Add to handover note');
  });
});
