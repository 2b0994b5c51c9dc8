import { describe, expect, it } from 'vitest';
import { createTextIndex } from '../../../shared/find/create-text-index.ts';
import { textIndexByArea } from '../../../shared/find/text-index-by-area.ts';
import { resourceAt } from './resource-at.ts';

describe('textIndexByArea', () => {
  const sheffield = { latitude: 53.38, longitude: -1.47 };
  const resources = [
    resourceAt('near', 1, { name: 'Library computer club' }),
    resourceAt('far', null, { name: 'Library computer club, far away', place: { latitude: 51.5, longitude: -0.12 } }),
    resourceAt('helpline', null, { name: 'Computer helpline' }),
  ];

  it('finds the words among the places near the search and the help by phone or online, small typos allowed', () => {
    const index = textIndexByArea(resources, createTextIndex);
    expect([...index.matching('libary computer', sheffield, 10)]).toEqual(['near']);
    expect([...index.matching('computer', sheffield, 10)].sort()).toEqual(['helpline', 'near']);
  });

  it('reaches places across a cell border within the radius, and only phone and online help with no place to search from', () => {
    const index = textIndexByArea(resources, createTextIndex);
    expect([...index.matching('computer', { latitude: 51.45, longitude: -0.1 }, 10)].sort()).toEqual([
      'far',
      'helpline',
    ]);
    expect([...index.matching('computer', undefined, 10)]).toEqual(['helpline']);
  });
});
