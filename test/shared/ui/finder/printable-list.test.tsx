import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SupportResults } from '../../../../shared/ui/services.ts';
import { PrintableList, printFoundHelp } from '../../../../shared/ui/finder/printable-list.tsx';
import { resourceAt } from '../../find/resource-at.ts';
import { show } from '../render-for-test.tsx';

// Sunday 6 December 2026, midday.
const today = new Date('2026-12-06T12:00:00Z');

const found: Extract<SupportResults, { ok: true }> = {
  ok: true,
  placeLabel: 'S1 2HE',
  radiusMiles: 10,
  nearby: [
    {
      miles: 0.43,
      resource: resourceAt('library', 0.4, {
        name: 'Central Library',
        place: {
          name: 'Central Library',
          address: ['Surrey Street'],
          town: 'Sheffield',
          postcode: 'S1 1XZ',
          latitude: 53.38,
          longitude: -1.47,
        },
        contact: { phone: '0114 273 4400', website: 'https://example.org/library' },
        hours: [
          { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '17:00' },
          { days: ['SA'], opens: '10:00', closes: '13:00' },
        ],
      }),
      opening: { open: false, text: 'Closed, opens Monday at 9am' },
    },
  ],
  remote: [
    {
      resource: resourceAt('samaritans', null, {
        name: 'Samaritans',
        contact: { phone: '116 123' },
        hoursNote: '24 hours a day, every day.',
      }),
    },
  ],
};

afterEach(() => document.querySelectorAll('[data-signpost-print]').forEach((element) => element.remove()));

describe('the list on paper', () => {
  it('writes out each place’s weekly opening hours, phone, address and web address, with no buttons or links', async () => {
    const root = await show(
      <PrintableList results={found} searched={{ postcode: 'S1 2HE', categories: ['food'] }} now={today} />,
    );
    const text = root.textContent!;
    expect(text).toContain('Local help near S1 2HE');
    expect(text).toContain('Food. Printed 6 December 2026.');
    expect(text).toContain('Central Library, 0.4 miles away. Free.');
    expect(text).toContain('Central Library, Surrey Street, Sheffield, S1 1XZ');
    expect(text).toContain('Phone 0114 273 4400 · https://example.org/library');
    expect(text).toContain('Opening times: Monday to Friday: 9am to 5pm. Saturday: 10am to 1pm');
    expect(text).not.toContain('Closed, opens');
    expect(text).toContain('Samaritans: Phone 116 123. 24 hours a day, every day.');
    expect(text).not.toContain('..');
    expect(root.querySelectorAll('a, button')).toHaveLength(0);
  });

  it('prints the list alone, hiding the page around it while it prints, and takes it all away afterwards', () => {
    const print = vi.fn(() => {
      const list = document.querySelector('[data-signpost-print]');
      expect(list?.shadowRoot?.textContent).toContain('Local help near S1 2HE');
      expect(document.adoptedStyleSheets).toHaveLength(1);
    });
    printFoundHelp(found, undefined, today, print);
    expect(print).toHaveBeenCalledOnce();
    dispatchEvent(new Event('afterprint'));
    expect(document.querySelector('[data-signpost-print]')).toBeNull();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
