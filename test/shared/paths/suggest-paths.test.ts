import { describe, expect, it } from 'vitest';
import { allPaths } from '../../../shared/paths/all-paths.ts';
import {
  answerInTheirWords,
  suggestPaths,
  WHAT_MATTERS,
  type WhatMatters,
} from '../../../shared/paths/suggest-paths.ts';
import { examplePath } from './example-path.ts';

function answer(label: string): WhatMatters {
  const found = WHAT_MATTERS.find((matters) => matters.label === label);
  if (found === undefined) throw new Error(`No answer "${label}"`);
  return found;
}

const ids = (label: string) => suggestPaths(answer(label), allPaths()).map((path) => path.id);

describe('suggesting paths for what matters to someone', () => {
  it('offers the GP paths first for "Seeing my GP"', () => {
    expect(ids('Seeing my GP').slice(0, 2).sort()).toEqual(['booking-a-gp-appointment', 'seeing-your-gp-record']);
  });

  it('offers prescriptions and the pharmacy first for "My medicines"', () => {
    expect(ids('My medicines').slice(0, 2).sort()).toEqual(['choosing-a-pharmacy', 'ordering-a-repeat-prescription']);
  });

  it('offers video calls for "Keeping in touch with family", and nothing about the NHS', () => {
    const suggested = ids('Keeping in touch with family');
    expect(suggested[0]).toBe('video-calling-family');
    expect(suggested.some((id) => id.includes('gp'))).toBe(false);
  });

  it('finds something built in for every answer', () => {
    for (const matters of WHAT_MATTERS)
      expect(suggestPaths(matters, allPaths()).length, matters.label).toBeGreaterThan(0);
  });

  it('finds a path a curator adds later by its words, with no list of ids to update', () => {
    const newPath = examplePath({
      id: 'reading-your-medicine-leaflet',
      title: 'Read your medicine leaflet online',
      topic: 'getting-started',
    });
    expect(suggestPaths(answer('My medicines'), [newPath]).map((path) => path.id)).toEqual([
      'reading-your-medicine-leaflet',
    ]);
  });

  it('puts beginner paths before next steps when they fit as well', () => {
    const harder = examplePath({ id: 'harder', title: 'Video call', level: 'next-steps' });
    const easier = examplePath({ id: 'easier', title: 'Video call', level: 'beginner' });
    expect(suggestPaths(answer('Keeping in touch with family'), [harder, easier]).map((path) => path.id)).toEqual([
      'easier',
      'harder',
    ]);
  });

  it('leaves out paths that do not fit at all', () => {
    const unrelated = examplePath({
      id: 'unrelated',
      title: 'Bake bread',
      goal: 'I want to bake.',
      topic: 'getting-started',
    });
    expect(suggestPaths(answer('Staying safe online'), [unrelated])).toEqual([]);
  });
});

describe("suggesting paths from the resident's own words", () => {
  it('finds paths from the telling words, whatever their endings', () => {
    const suggested = suggestPaths(answerInTheirWords('I want to see photos of my grandson'), allPaths());
    expect(suggested[0]?.id).toBe('messages-and-photos-with-family');
    expect(suggestPaths(answerInTheirWords('Banking online'), allPaths())[0]?.id).toBe('banking-online-safely');
    expect(suggestPaths(answerInTheirWords('ordering my prescriptions'), allPaths()).map((path) => path.id)).toContain(
      'ordering-a-repeat-prescription',
    );
  });

  it('suggests nothing for words that say nothing about what to learn', () => {
    expect(answerInTheirWords('I want to get help with it').words).toEqual([]);
    expect(suggestPaths(answerInTheirWords('I want to get help with it'), allPaths())).toEqual([]);
  });
});
