import { describe, expect, it } from 'vitest';
import { pagePattern } from '../../../shared/guide/page-pattern.ts';
import { isOnPage } from '../../../shared/paths/is-on-page.ts';
import { OnPageSchema } from '../../../shared/paths/learning-path.ts';

describe('pagePattern', () => {
  it('keeps the site and a plain path as they are', () => {
    expect(pagePattern('https://www.nhsapp.service.nhs.uk/prescriptions')).toEqual({
      site: 'https://www.nhsapp.service.nhs.uk',
      page: '/prescriptions',
    });
  });

  it('turns numbers and ids in the path into "*", so the pattern fits everyone', () => {
    expect(pagePattern('https://example.org/patient/58213/prescriptions/order')?.page).toBe(
      '/patient/*/prescriptions/order',
    );
    expect(pagePattern('https://example.org/form/page-2')?.page).toBe('/form/page-*');
    expect(pagePattern('https://example.org/a/3f2b6c1e-9a7d-4e21-b0c3-5d8e7f6a1b2c/view')?.page).toBe('/a/*/view');
    expect(pagePattern('https://example.org/session/8f14e45fceea167a5a36dedd4bea2543')?.page).toBe('/session/*');
    expect(pagePattern('https://example.org/t/AbCdEf123456GhIjKl7890/next')?.page).toBe('/t/*/next');
  });

  it('never keeps the search, a name or a code after "?" or "#"', () => {
    const pattern = pagePattern('https://example.org/results?name=Sam+Jones&nhs=4857773456#top');
    expect(pattern).toEqual({ site: 'https://example.org', page: '/results' });
    expect(JSON.stringify(pattern)).not.toMatch(/Sam|4857773456|top/);
  });

  it('drops the port, since a local test server changes port from run to run', () => {
    expect(pagePattern('http://localhost:41234/late.html')).toEqual({ site: 'http://localhost', page: '/late.html' });
  });

  it('gives a pattern a learning path accepts, and that fits the page it came from', () => {
    for (const address of [
      'https://www.nhsapp.service.nhs.uk/patient/prescriptions/123/order?x=1',
      'http://localhost:8080/',
      'https://111.nhs.uk/Question/Next/page 2',
    ]) {
      const pattern = pagePattern(address)!;
      expect(OnPageSchema.safeParse({ ...pattern, action: 'click' }).success, address).toBe(true);
      expect(isOnPage(pattern, address), address).toBe(true);
    }
  });

  it.each(['not an address', 'file:///home/sam/letter.html', 'javascript:alert(1)', 'http://[::1]/x'])(
    'gives nothing for %j',
    (address) => expect(pagePattern(address)).toBeUndefined(),
  );
});
