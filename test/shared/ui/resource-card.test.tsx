import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../shared/directory/resource.ts';
import { ResourceCard } from '../../../shared/ui/resource-card.tsx';

const dropIn: Resource = {
  id: 'drop-in',
  name: 'Computer help <img src=x onerror=alert(1)>',
  organisation: 'Sheffield Libraries',
  description: 'Free help with phones.',
  categories: ['digital-skills'],
  place: { name: 'Central Library', address: ['Surrey Street'], town: 'Sheffield', postcode: 'S1 1XZ', latitude: 53.3797, longitude: -1.4677 },
  contact: { phone: '0114 273 4400', website: 'https://example.org/help', email: 'help@example.org' },
  free: true,
  languages: ['en', 'ur'],
  access: ['step-free', 'hearing-loop'],
  howToGetIn: 'drop-in',
  whatToBring: 'Your phone.',
  lastVerified: '2026-06-02',
  source: 'Test',
};

function card(resource: Resource, miles?: number): HTMLElement {
  const container = document.createElement('div');
  render(<ResourceCard resource={resource} miles={miles} opening={{ open: true, text: 'Open now, closes at 4pm' }} />, container);
  return container;
}

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
      'https://www.google.com/maps/dir/?api=1&destination=53.37970,-1.46770',
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
      'https://www.google.com/maps/dir/?api=1&destination=53.37970,-1.46770',
    ]);
  });
});
