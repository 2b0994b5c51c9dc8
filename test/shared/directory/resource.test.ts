import { describe, expect, it } from 'vitest';
import { ResourceSchema, isRemote, type Resource } from '../../../shared/directory/resource.ts';

const helpline: Resource = {
  id: 'helpline',
  name: 'A helpline',
  description: 'Someone to talk to.',
  categories: ['mental-health'],
  contact: { phone: '0800 123 4567' },
  free: true,
  lastVerified: '2026-11-01',
  source: 'Test',
};

const withPhone = (phone: string) => ResourceSchema.safeParse({ ...helpline, contact: { phone } }).success;

describe('a support resource', () => {
  it('accepts short national numbers such as 111, and ordinary UK numbers', () => {
    expect(withPhone('111')).toBe(true);
    expect(withPhone('116 123')).toBe(true);
    expect(withPhone('+44 114 273 4400')).toBe(true);
  });

  it('refuses phone numbers with letters or too few digits', () => {
    expect(withPhone('call us')).toBe(false);
    expect(withPhone('11')).toBe(false);
  });

  it('counts help with no place as help by phone or online', () => {
    expect(isRemote(helpline)).toBe(true);
    expect(isRemote({ ...helpline, place: { latitude: 53.38, longitude: -1.47 } })).toBe(false);
  });
});
