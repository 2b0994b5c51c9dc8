import { describe, expect, it } from 'vitest';
import national from '../../../../shared/directory/packs/national.json';
import { CATEGORIES } from '../../../../shared/directory/categories.ts';
import { isRemote } from '../../../../shared/directory/resource.ts';
import { resourcesOf } from './built-in-packs.ts';

const resources = resourcesOf(national);

/*
 * Helplines whose number only serves England. A resident in Cardiff or Glasgow who rings them is told to
 * call somewhere else, so the card must say so first (Citizens Advice, Shelter, NHS 111 and Age UK each
 * run different services in the other nations).
 */
const ENGLAND_ONLY = [
  'national-nhs-111',
  'national-citizens-advice-adviceline',
  'national-shelter-helpline',
  'national-age-uk-advice-line',
  'national-domestic-abuse-helpline',
  'national-careers-service',
];

describe('the national pack', () => {
  it('is real data, not an example', () => {
    expect(national.example).toBe(false);
  });

  it('has only help reached by phone, text or online, so it shows wherever the resident lives', () => {
    expect(resources.filter((resource) => !isRemote(resource)).map((resource) => resource.id)).toEqual([]);
  });

  it('offers something for every kind of help Signpost lists', () => {
    const covered = new Set(resources.flatMap((resource) => resource.categories));
    // "Other local help" is where imports put what fits no category: national help always fits one.
    const kinds = CATEGORIES.filter((category) => category.id !== 'other');
    expect(kinds.filter((category) => !covered.has(category.id)).map((category) => category.label)).toEqual([]);
  });

  it('gives every entry a way in: a phone number, a text number or a website', () => {
    const unreachable = resources.filter(({ contact }) => !contact.phone && !contact.text && !contact.website);
    expect(unreachable.map((resource) => resource.id)).toEqual([]);
  });

  it('names a web page as the source of every entry, so each fact can be checked again', () => {
    const unsourced = resources.filter((resource) => !resource.source.startsWith('https://'));
    expect(unsourced.map((resource) => resource.id)).toEqual([]);
  });

  it('has phone numbers a UK resident can dial as written, and texts to short codes', () => {
    const phones = resources.flatMap(({ contact }) => (contact.phone === undefined ? [] : [contact.phone]));
    const texts = resources.flatMap(({ contact }) => (contact.text === undefined ? [] : [contact.text]));
    expect(phones.length).toBeGreaterThan(10);
    // 0 starts a UK number; 1 starts a free service number such as 116 123 (Ofcom's numbering plan).
    expect(phones.filter((number) => !/^[01]/.test(number))).toEqual([]);
    expect(texts.filter((number) => !/^\d{5,6}$/.test(number))).toEqual([]);
  });

  it('says "England" on every helpline that only serves England', () => {
    const byId = new Map(resources.map((resource) => [resource.id, resource]));
    const silent = ENGLAND_ONLY.filter((id) => !byId.get(id)?.eligibility?.includes('England'));
    expect(silent).toEqual([]);
  });

  it('gives round-the-clock services their hours in words, since they have no opening rule', () => {
    const allDay = resources.filter((resource) => resource.hoursNote?.startsWith('24 hours'));
    expect(allDay.length).toBeGreaterThanOrEqual(4);
    expect(allDay.filter((resource) => resource.hours !== undefined).map((resource) => resource.id)).toEqual([]);
  });
});
