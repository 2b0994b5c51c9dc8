import { ContactSchema } from '../resource.ts';

/*
 * Phone numbers, emails and websites as people type them, made into the shapes `ContactSchema` accepts,
 * or a plain reason why not. Only http(s) websites pass: `javascript:`, `data:` and other schemes are
 * refused, because a directory link must never run code in a resident's browser. Placeholders that
 * publishers put in a required field ("Unknown-123@noemail.invalid", "http://www.example.com") are refused
 * too: a resident must never be sent to an address that goes nowhere.
 */

export type Tidied = { ok: true; value: string } | { ok: false; message: string };
/** A phone number, and what it is for when the text said ("Youth service: 0117 332 7111"). */
export type TidiedPhone = { ok: true; value: string; label?: string } | { ok: false; message: string };

/**
 * Host names that are never a real service's: the names RFC 2606 and RFC 6761 reserve for examples and
 * tests (`.invalid`, `.test`, `.example`, `.localhost`), and example.com, the placeholder link real feeds
 * carry. example.org and example.net are left alone: this project's own example data uses them for
 * made-up services, and no real feed has been seen using them as a placeholder.
 */
const PLACEHOLDER_HOST = /(^|\.)(example\.com|[^.]+\.(invalid|test|example|localhost))$|^localhost$/i;

export function isPlaceholderHost(host: string): boolean {
  return PLACEHOLDER_HOST.test(host.replace(/\.$/, ''));
}

/** "Youth service: 0117 332 7111", "0117 332 7111 (Youth service)": the label apart from the number. */
const LABEL_FIRST = /^(.*?[^\d\s+()])\s*[:\u2013\u2014-]\s*(\+?[\d\s().-]{3,})$/;
const LABEL_AFTER = /^(\+?[\d\s.-]{3,})\s*\(([^)]*[^\d\s)][^)]*)\)$/;

/**
 * "(0114) 273-4400" and "+44 (0)114 273 4400" become "0114 273 4400" and "+44 114 273 4400". A label
 * before the number or in brackets after it is kept apart from it; a full stop at the end is dropped.
 */
export function tidyPhone(raw: string): TidiedPhone {
  // Quotes round the number, or the apostrophe Excel users type to keep a leading 0, are not part of it.
  const text = raw
    .trim()
    .replace(/^["'\u2018\u201c]+|["'\u2019\u201d]+$/g, '')
    .trim()
    .replace(/\.$/, '');
  const first = LABEL_FIRST.exec(text);
  const after = first === null ? LABEL_AFTER.exec(text) : null;
  const label = (first?.[1] ?? after?.[2])?.trim();
  const number = first?.[2] ?? after?.[1] ?? text;
  const value = number
    .replace(/\(0\)/g, '')
    .replace(/[()\-.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!ContactSchema.shape.phone.safeParse(value).success)
    return {
      ok: false,
      message: `The phone number "${raw}" is not one Signpost can call: use digits, like 0114 273 4400.`,
    };
  return label === undefined || label === '' ? { ok: true, value } : { ok: true, value, label };
}

/**
 * An email address as written in a directory: "mailto:" taken off, "Bodmin Library <bodmin@…>" read as the
 * address in brackets, and stray characters at either end (a non-breaking space saved badly as "Â") dropped.
 */
export function tidyEmail(raw: string): Tidied {
  const bracketed = /<([^<>\s]+@[^<>\s]+)>|\(([^()\s]+@[^()\s]+)\)/.exec(raw);
  const value = (bracketed?.[1] ?? bracketed?.[2] ?? raw)
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  if (!ContactSchema.shape.email.safeParse(value).success)
    return {
      ok: false,
      message: `The email address "${raw}" does not look right: it should be like name@example.org.`,
    };
  if (isPlaceholderHost(value.slice(value.lastIndexOf('@') + 1)))
    return { ok: false, message: `The email address "${raw}" is a placeholder that goes nowhere, so it was not kept.` };
  return { ok: true, value };
}

/**
 * A web address, given https:// when it plainly starts with a domain ("www.example.org", "example.org/help").
 * Any other scheme is refused, and so is a placeholder such as http://www.example.com.
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
  if (!ContactSchema.shape.website.safeParse(value).success)
    return {
      ok: false,
      message: `The website "${raw.slice(0, 60)}" must be a full address like https://www.example.org, so it was not kept.`,
    };
  if (isPlaceholderHost(new URL(value).hostname))
    return {
      ok: false,
      message: `The website "${raw.slice(0, 60)}" is a placeholder that goes nowhere, so it was not kept.`,
    };
  return { ok: true, value };
}
