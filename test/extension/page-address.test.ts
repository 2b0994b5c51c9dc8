import { describe, expect, it } from 'vitest';
import { pageAddress } from '../../extension/page-address.ts';

describe('pageAddress', () => {
  it('reopens the newest address seen on this visit that fits the step', () => {
    const seen = [
      'http://localhost:5173/practice/login-error.html',
      'http://localhost:5173/practice/login.html',
      'http://localhost:4000/login.html',
    ];
    expect(pageAddress({ site: 'http://localhost', page: '*/login.html' }, seen)).toBe(
      'http://localhost:5173/practice/login.html',
    );
  });

  it('opens an exact site and page it has not seen', () => {
    expect(pageAddress({ site: 'https://111.nhs.uk', page: '/start' }, [])).toBe('https://111.nhs.uk/start');
    expect(pageAddress({ site: 'https://www.nhsapp.service.nhs.uk' }, [])).toBe('https://www.nhsapp.service.nhs.uk/');
  });

  it('knows no address for a page pattern, any subdomain, or a local test server it has not seen', () => {
    expect(pageAddress({ site: 'https://111.nhs.uk', page: '*/start' }, [])).toBeUndefined();
    expect(pageAddress({ site: 'https://*.nhs.uk' }, [])).toBeUndefined();
    expect(pageAddress({ site: 'http://localhost', page: '/login.html' }, [])).toBeUndefined();
  });
});
