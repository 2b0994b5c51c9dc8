import { describe, expect, it } from 'vitest';
import { isOnPage, pageMatches } from '../../../shared/paths/is-on-page.ts';

describe('isOnPage', () => {
  it('matches a local test site on any port', () => {
    expect(isOnPage({ site: 'http://localhost' }, 'http://localhost:5173/pages/login.html')).toBe(true);
    expect(isOnPage({ site: 'http://localhost' }, 'http://localhost/login.html')).toBe(true);
  });

  it('matches only the port given when a site names one', () => {
    expect(isOnPage({ site: 'http://localhost:3000' }, 'http://localhost:5173/')).toBe(false);
  });

  it('does not match a look-alike host or the wrong scheme', () => {
    expect(isOnPage({ site: 'https://111.nhs.uk' }, 'https://111.nhs.uk.example.com/')).toBe(false);
    expect(isOnPage({ site: 'https://111.nhs.uk' }, 'http://111.nhs.uk/')).toBe(false);
  });

  it('matches subdomains only when the site asks for them with *.', () => {
    expect(isOnPage({ site: 'https://*.nhs.uk' }, 'https://www.nhs.uk/conditions/')).toBe(true);
    expect(isOnPage({ site: 'https://nhs.uk' }, 'https://www.nhs.uk/')).toBe(false);
  });

  it('checks the page, ignoring the query and the fragment', () => {
    const onPage = { site: 'http://localhost', page: '*/login.html' };
    expect(isOnPage(onPage, 'http://localhost:8080/pages/login.html?email=x#maincontent')).toBe(true);
    expect(isOnPage(onPage, 'http://localhost:8080/pages/login-error.html')).toBe(false);
  });

  it('says no, rather than failing, for an address that is not a web address', () => {
    expect(isOnPage({ site: 'http://localhost' }, 'not a url')).toBe(false);
    expect(pageMatches('/*', 'not a url')).toBe(false);
  });
});

describe('pageMatches', () => {
  it('treats * as any characters and everything else literally', () => {
    expect(pageMatches('/prescriptions/*', 'https://www.nhsapp.service.nhs.uk/prescriptions/order')).toBe(true);
    expect(pageMatches('/a.b', 'https://example.org/axb')).toBe(false);
  });
});
