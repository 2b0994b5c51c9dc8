import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../shared/directory/load-pack.ts';
import { formatLoadReport } from '../../../shared/directory/load-report.ts';

function goodResource(id: string): Record<string, unknown> {
  return {
    id,
    name: `Help at ${id}`,
    description: 'One-to-one help with phones and tablets.',
    categories: ['digital-skills'],
    place: { postcode: 'S1 2BJ', latitude: 53.38, longitude: -1.46 },
    contact: { phone: '0114 273 4400', website: 'https://example.org' },
    hours: [{ days: ['TU', 'TH'], opens: '10:00', closes: '12:30' }],
    free: true,
    lastVerified: '2025-06-02',
    source: 'https://example.org',
  };
}

function pack(resources: unknown[]): Record<string, unknown> {
  return {
    format: 'signpost-pack',
    version: 1,
    publisher: 'Example Network',
    area: 'Sheffield',
    generated: '2025-06-30',
    example: true,
    resources,
  };
}

describe('loadPack', () => {
  it('loads a good pack with its header and every resource', () => {
    const loaded = loadPack(pack([goodResource('a'), goodResource('b')]));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.pack.publisher).toBe('Example Network');
    expect(loaded.pack.example).toBe(true);
    expect(loaded.pack.resources.map((resource) => resource.id)).toEqual(['a', 'b']);
    expect(loaded.counts).toEqual({ total: 2, loaded: 2, leftOut: 0 });
    expect(loaded.problems).toEqual([]);
  });

  it('loads the good records and names the record and field of each of 3 bad ones', () => {
    const badWebsite = { ...goodResource('bad-link'), contact: { website: 'javascript:alert(1)' } };
    const noName = { ...goodResource('no-name'), name: undefined };
    const wrongType = { ...goodResource('wrong-type'), free: 'yes' };
    const loaded = loadPack(
      pack([goodResource('a'), badWebsite, goodResource('b'), noName, wrongType, goodResource('c')]),
    );
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.pack.resources.map((resource) => resource.id)).toEqual(['a', 'b', 'c']);
    expect(loaded.counts).toEqual({ total: 6, loaded: 3, leftOut: 3 });
    expect(loaded.problems.map(({ record, id, field }) => ({ record, id, field }))).toEqual([
      { record: 2, id: 'bad-link', field: 'contact.website' },
      { record: 4, id: 'no-name', field: 'name' },
      { record: 5, id: 'wrong-type', field: 'free' },
    ]);
    expect(loaded.problems[1]?.message).toBe('The name is missing.');
    const report = formatLoadReport(loaded);
    expect(report).toContain('6 records: 3 loaded, 3 left out.');
    expect(report).toContain(
      'Record 2 (id "bad-link"), contact.website [left out]: The website "javascript:alert(1)" must be a full address starting with https:// or http://.',
    );
  });

  it('refuses data: links as websites', () => {
    const loaded = loadPack(
      pack([{ ...goodResource('x'), contact: { website: 'data:text/html,<script>alert(1)</script>' } }]),
    );
    expect(loaded.ok && loaded.pack.resources).toEqual([]);
  });

  it('keeps HTML in a name as literal text', () => {
    const name = '<img src=x onerror=alert(1)> Café & Co';
    const loaded = loadPack(pack([{ ...goodResource('x'), name }]));
    expect(loaded.ok && loaded.pack.resources[0]?.name).toBe(name);
  });

  it('leaves out a second record with the same id and says which record has it first', () => {
    const clash = { ...goodResource('same'), name: 'Another place' };
    const loaded = loadPack(pack([goodResource('same'), goodResource('other'), clash]));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.counts).toEqual({ total: 3, loaded: 2, leftOut: 1 });
    expect(loaded.problems).toEqual([
      expect.objectContaining({
        record: 3,
        id: 'same',
        field: 'id',
        severity: 'error',
        message: expect.stringContaining('already used by record 1'),
      }),
    ]);
  });

  it('loads a record with an unknown field but warns about it, so a typo is not lost unseen', () => {
    const loaded = loadPack(pack([{ ...goodResource('typo'), webiste: 'https://example.org' }]));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.counts.loaded).toBe(1);
    expect(loaded.problems).toEqual([expect.objectContaining({ record: 1, field: 'webiste', severity: 'warning' })]);
  });

  it('reports a record that is not an object without an id', () => {
    const loaded = loadPack(pack(['just text', goodResource('a')]));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.problems).toEqual([expect.objectContaining({ record: 1, severity: 'error' })]);
    expect(loaded.problems[0]?.id).toBeUndefined();
  });

  it.each([
    ['a list', [goodResource('a')], 'not a Signpost pack'],
    ['text', 'hello', 'not a Signpost pack'],
    ['null', null, 'not a Signpost pack'],
    ['another format', { ...pack([]), format: 'hsds' }, 'use import instead'],
    ['a newer version', { ...pack([]), version: 2 }, 'version 2'],
    ['no resources list', { ...pack([]), resources: undefined }, 'no "resources" list'],
  ])('gives one clear message for %s instead of a pack', (_what, json, expected) => {
    const loaded = loadPack(json);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.message).toContain(expected);
  });

  it('says which header fields are missing or wrong', () => {
    const loaded = loadPack({ ...pack([]), publisher: undefined, generated: 'last Tuesday' });
    expect(loaded).toEqual({ ok: false, message: expect.stringContaining('The publisher is missing.') });
    expect(!loaded.ok && loaded.message).toContain('must look like 2025-06-30');
  });

  it('counts a record given twice, word for word, once, and says so', () => {
    const loaded = loadPack(pack([goodResource('same'), goodResource('other'), goodResource('same')]));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.counts).toEqual({ total: 2, loaded: 2, leftOut: 0 });
    expect(loaded.problems).toEqual([
      expect.objectContaining({
        record: 3,
        severity: 'warning',
        message: 'It is the same as record 1, so it was kept once.',
      }),
    ]);
  });

  it('loads an empty pack with zero counts', () => {
    const loaded = loadPack(pack([]));
    expect(loaded.ok && loaded.counts).toEqual({ total: 0, loaded: 0, leftOut: 0 });
  });
});
