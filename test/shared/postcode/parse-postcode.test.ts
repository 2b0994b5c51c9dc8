import { describe, expect, it } from 'vitest';
import { parsePostcode, suggestionAreas } from '../../../shared/postcode/parse-postcode.ts';

// A few real outcodes from ../shared/data/uk-outcodes.csv, standing in for the outcode table.
const REAL_OUTCODES = new Set(['S1', 'S2', 'S10', 'S11', 'S12', 'SK1', 'SK4', 'SK14', 'SW1A', 'B8', 'EC1A', 'SL0']);
const isKnownOutcode = (outcode: string) => REAL_OUTCODES.has(outcode);

describe('parsePostcode: what people type', () => {
  it.each([
    ['s12he', 'S1 2HE', 'S1', 'S'],
    [' S1  2HE ', 'S1 2HE', 'S1', 'S'],
    ['sk149dj', 'SK14 9DJ', 'SK14', 'SK'],
    ['Sk14 9dJ', 'SK14 9DJ', 'SK14', 'SK'],
    ['ec1a1bb', 'EC1A 1BB', 'EC1A', 'EC'],
  ])('reads %j as the full postcode %s', (typed, postcode, outcode, area) => {
    expect(parsePostcode(typed)).toEqual({ ok: true, kind: 'full', postcode, outcode, area });
  });

  it.each([
    ['S1', 'S1', 'S'],
    [' sk14 ', 'SK14', 'SK'],
    ['sw1a', 'SW1A', 'SW'],
  ])('reads %j as the outcode %s, with no full postcode', (typed, outcode, area) => {
    expect(parsePostcode(typed)).toEqual({ ok: true, kind: 'outcode', postcode: undefined, outcode, area });
  });

  it('accepts a real outcode when the table knows it', () => {
    expect(parsePostcode('S1 2HE', { isKnownOutcode })).toMatchObject({ ok: true, postcode: 'S1 2HE' });
  });
});

describe('parsePostcode: input that is not a postcode', () => {
  it('asks for a postcode when nothing was typed', () => {
    expect(parsePostcode('   ')).toMatchObject({ ok: false, kind: 'empty', message: 'Type a postcode, like S1 2HE.' });
  });

  it.each(['hello', '12345', 'S1 2H3', 'a very long sentence that is not a postcode at all'])(
    'says %j does not look like a postcode',
    (typed) => {
      expect(parsePostcode(typed, { isKnownOutcode })).toEqual({
        ok: false,
        kind: 'not-a-postcode',
        message: "That doesn't look like a postcode. A postcode looks like S1 2HE.",
        showRemoteHelp: false,
      });
    },
  );
});

describe('parsePostcode: likely typos are suggested, never changed silently', () => {
  it.each([
    ['S1 ZHE', 'S1 2HE', 'Z typed for 2'],
    ['5K14 9DJ', 'SK14 9DJ', '5 typed for S'],
    ['SW1A OAA', 'SW1A 0AA', 'letter O typed for zero'],
    ['SK14 9DJ0', 'SK14 9DJ', 'an extra character'],
    ['S1-2HE', 'S1 2HE', 'a stray dash'],
    ['S12 HE', 'S1 2HE', 'a misplaced space'],
    ['SK1 49DJ', 'SK14 9DJ', 'a misplaced space'],
    ['88 1AA', 'B8 1AA', '8 typed for B'],
  ])('suggests %s for %s (%s)', (typed, suggestion) => {
    expect(parsePostcode(typed, { isKnownOutcode })).toEqual({
      ok: false,
      kind: 'typo',
      message: `Did you mean ${suggestion}?`,
      suggestions: [suggestion],
      showRemoteHelp: false,
    });
  });

  it('suggests only real places when the table is given', () => {
    const withoutTable = parsePostcode('5K14 9DJ');
    expect(withoutTable).toMatchObject({ kind: 'typo', suggestions: ['SK14 9DJ', 'K14 9DJ'] });
    expect(parsePostcode('5K14 9DJ', { isKnownOutcode })).toMatchObject({ suggestions: ['SK14 9DJ'] });
  });

  it('offers up to three suggestions, keeping the outcode as typed first', () => {
    expect(parsePostcode('S1 2HEE')).toMatchObject({
      kind: 'typo',
      message: 'Did you mean S1 2EE, S1 2HE or S1H 2EE?',
      suggestions: ['S1 2EE', 'S1 2HE', 'S1H 2EE'],
    });
  });

  it("prefers fixing one character to fixing two (S10 2HE, not Slough's SL0 2HE)", () => {
    expect(parsePostcode('SI0 2HE', { isKnownOutcode })).toMatchObject({ suggestions: ['S10 2HE'] });
  });

  it('fixes two look-alikes when one is not enough', () => {
    expect(parsePostcode('SWIA OAA', { isKnownOutcode })).toMatchObject({
      kind: 'typo',
      message: 'Did you mean SW1A 0AA?',
    });
  });

  it('says it is not a postcode when no correction is a real place', () => {
    expect(parsePostcode('5K14 9DJ', { isKnownOutcode: () => false })).toMatchObject({ kind: 'not-a-postcode' });
  });
});

describe('parsePostcode: outcodes we have no location for', () => {
  it('says plainly that it does not know where WD1 (closed in the 2000s) is, and that remote help still works', () => {
    expect(parsePostcode('WD1 1AA', { isKnownOutcode })).toEqual({
      ok: false,
      kind: 'unknown-outcode',
      message: "We don't know where WD1 is, so we can't find places near it. Phone and online help still work.",
      outcode: 'WD1',
      suggestions: [],
      showRemoteHelp: true,
    });
  });

  it('suggests the real outcode for a transposed pair (SK41 → SK14)', () => {
    const problem = parsePostcode('SK41 9DJ', { isKnownOutcode });
    expect(problem).toMatchObject({
      kind: 'unknown-outcode',
      outcode: 'SK41',
      suggestions: ['SK14 9DJ', 'SK1 9DJ', 'SK4 9DJ'],
    });
    expect(problem.ok || problem.message).toContain('Did you mean SK14 9DJ, SK1 9DJ or SK4 9DJ?');
  });

  it('suggests S10 for S1O (letter O for zero)', () => {
    expect(parsePostcode('S1O', { isKnownOutcode })).toMatchObject({
      kind: 'unknown-outcode',
      suggestions: ['S10', 'S1'],
    });
  });

  it('accepts any postcode-shaped outcode when no table is given', () => {
    expect(parsePostcode('SO1 2HE')).toMatchObject({ ok: true, outcode: 'SO1' });
  });
});

describe('parsePostcode: places we cannot cover yet', () => {
  it.each([
    ['BT1 1AA', 'northern-ireland', "We can't find places near Northern Ireland postcodes yet."],
    ['bt48', 'northern-ireland', "We can't find places near Northern Ireland postcodes yet."],
    ['GY1 1AA', 'channel-islands', "We can't find places near Channel Islands postcodes yet."],
    ['JE2 3AB', 'channel-islands', "We can't find places near Channel Islands postcodes yet."],
    ['IM1 1AA', 'isle-of-man', "We can't find places near Isle of Man postcodes yet."],
    ['BFPO 123', 'bfpo', "We can't find places near BFPO (forces post) addresses."],
    ['bfpo123', 'bfpo', "We can't find places near BFPO (forces post) addresses."],
    ['BF1 3AA', 'bfpo', "We can't find places near BFPO (forces post) addresses."],
    ['GIR 0AA', 'girobank', "GIR 0AA is a postcode for a bank, not a place, so we can't find places near it."],
  ])(
    'tells someone typing %s that we cannot search there, and to show phone and online help',
    (typed, region, sentence) => {
      expect(parsePostcode(typed, { isKnownOutcode })).toEqual({
        ok: false,
        kind: 'unsupported-region',
        region,
        message: `${sentence} Phone and online help still work.`,
        showRemoteHelp: true,
      });
    },
  );
});

describe('suggestionAreas', () => {
  it('lists the areas a slip might have meant, so their outcodes can be checked (5K14 → SK)', () => {
    expect(suggestionAreas('5K14 9DJ')).toEqual(expect.arrayContaining(['SK', 'K']));
  });

  it('lists the areas of corrections to an unknown outcode (SI0 → S)', () => {
    expect(suggestionAreas('SI0 2HE')).toContain('S');
  });

  it('lists nothing for empty input', () => {
    expect(suggestionAreas(' ')).toEqual([]);
  });
});
