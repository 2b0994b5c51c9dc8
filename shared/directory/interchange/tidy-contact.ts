import { ContactSchema } from '../resource.ts';

/*
 * Phone numbers, emails and websites as people type them, made into the shapes `ContactSchema` accepts,
 * or a plain reason why not. Only http(s) websites pass: `javascript:`, `data:` and other schemes are
 * refused, because a directory link must never run code in a resident's browser.
 */

export type Tidied = { ok: true; value: string } | { ok: false; message: string };

/** "(0114) 273-4400" and "+44 (0)114 273 4400" become "0114 273 4400" and "+44 114 273 4400". */
export function tidyPhone(raw: string): Tidied {
  const value = raw
    .replace(/\(0\)/g, '')
    .replace(/[()\-.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return ContactSchema.shape.phone.safeParse(value).success
    ? { ok: true, value }
    : { ok: false, message: `The phone number "${raw}" is not one Signpost can call: use digits, like 0114 273 4400.` };
}

export function tidyEmail(raw: string): Tidied {
  const value = raw.trim().replace(/^mailto:/i, '');
  return ContactSchema.shape.email.safeParse(value).success
    ? { ok: true, value }
    : { ok: false, message: `The email address "${raw}" does not look right: it should be like name@example.org.` };
}

/**
 * A web address, given https:// when it plainly starts with a domain ("www.example.org", "example.org/help").
 * Any other scheme is refused.
 */
export function tidyWebsite(raw: string): Tidied {
  const trimmed = raw.trim();
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  const looksLikeDomain = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(trimmed);
  const value = !hasScheme && looksLikeDomain ? `https://${trimmed}` : trimmed;
  if (hasScheme && !/^https?:/i.test(trimmed)) {
    return {
      ok: false,
      message: `The link "${raw.slice(0, 60)}" is not a web address (only https:// and http:// are allowed), so it was not kept.`,
    };
  }
  return ContactSchema.shape.website.safeParse(value).success
    ? { ok: true, value }
    : {
        ok: false,
        message: `The website "${raw.slice(0, 60)}" must be a full address like https://www.example.org, so it was not kept.`,
      };
}
