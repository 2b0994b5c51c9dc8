import { describe, expect, it } from 'vitest';
import { bundledOutcodes } from '../../../shared/postcode/bundled-outcodes.ts';
import areaIndex from '../../../shared/postcode/outcodes/index.json';

describe('bundledOutcodes', () => {
  it('has every Great Britain postcode area compiled (run `tsx scripts/compile-outcodes.ts` if not)', () => {
    // 2,868 outcodes in 120 areas (uk-outcodes.SOURCE.md says 121, but the CSV's rows span 120 areas).
    expect(areaIndex).toHaveLength(120);
    expect(areaIndex).toEqual(expect.arrayContaining(['S', 'SK', 'EC', 'ZE', 'TR']));
  });

  it('loads one area with its outcode centres', async () => {
    const sheffield = await bundledOutcodes('S');
    expect(sheffield.ok && sheffield.centroids.S1).toEqual([53.3806, -1.4695]);
    expect(sheffield.ok && Object.keys(sheffield.centroids).every((outcode) => /^S\d/.test(outcode))).toBe(true);
  });

  it.each(['BT', 'GY', 'JE', 'IM', 'QQ', 'index', '../x'])(
    'answers an area we have no data for (%s) with no outcodes',
    async (area) => {
      expect(await bundledOutcodes(area)).toEqual({ ok: true, centroids: {} });
    },
  );
});
