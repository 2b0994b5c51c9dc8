import { describe, expect, it } from 'vitest';
import { tidyEmail, tidyPhone, tidyWebsite } from '../../../../shared/directory/interchange/tidy-contact.ts';

describe('tidyWebsite', () => {
  it('adds https:// to an address that starts with a domain', () => {
    expect(tidyWebsite('www.example.org')).toEqual({ ok: true, value: 'https://www.example.org' });
    expect(tidyWebsite('example.org/help')).toEqual({ ok: true, value: 'https://example.org/help' });
  });

  it('keeps http and https addresses as they are', () => {
    expect(tidyWebsite('http://example.org/a?b=1')).toEqual({ ok: true, value: 'http://example.org/a?b=1' });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'ftp://example.org',
  ])('refuses %s', (link) => {
    expect(tidyWebsite(link)).toEqual({
      ok: false,
      message: expect.stringContaining('only https:// and http:// are allowed'),
    });
  });

  it('refuses text that is not an address', () => {
    expect(tidyWebsite('our website').ok).toBe(false);
  });
});

describe('tidyPhone', () => {
  it('takes out brackets, dashes and the (0) people write after +44', () => {
    expect(tidyPhone('(0114) 273-4400')).toEqual({ ok: true, value: '0114 273 4400' });
    expect(tidyPhone('+44 (0)114 273 4400')).toEqual({ ok: true, value: '+44 114 273 4400' });
  });

  it('refuses words', () => {
    expect(tidyPhone('ring reception').ok).toBe(false);
  });
});

describe('tidyEmail', () => {
  it('takes off mailto: and refuses an address without @', () => {
    expect(tidyEmail('mailto:help@example.org')).toEqual({ ok: true, value: 'help@example.org' });
    expect(tidyEmail('help at example.org').ok).toBe(false);
  });
});
