import { describe, expect, it } from 'vitest';
import { OUTCODE_TABLE_UNAVAILABLE, readAreaCentroids } from '../../../shared/postcode/outcode-table.ts';

describe('reading an area of the outcode table', () => {
  it('reads a compiled area file', () => {
    expect(readAreaCentroids({ S1: [53.3806, -1.4695], S10: [53.38, -1.51] })).toEqual({
      ok: true,
      centroids: { S1: [53.3806, -1.4695], S10: [53.38, -1.51] },
    });
    expect(readAreaCentroids({})).toEqual({ ok: true, centroids: {} });
  });

  it('refuses a file with any hostile or wrong shape, whole', () => {
    const hostile: unknown[] = [
      null,
      [],
      'S1',
      { S1: ['53.38', -1.47] },
      { S1: [53.38] },
      { S1: [53.38, -1.47, 0] },
      { S1: [Number.NaN, -1.47] },
      { S1: [40.4, -3.7] },
      { 's1; drop': [53.38, -1.47] },
      JSON.parse('{"__proto__": [53.38, -1.47]}'),
      { S1: { 0: 53.38, 1: -1.47, length: 2 } },
    ];
    for (const data of hostile) expect(readAreaCentroids(data)).toEqual(OUTCODE_TABLE_UNAVAILABLE);
  });
});
