import { describe, expect, it } from 'vitest';
import { bundledPlaceNames } from '../../../shared/find/bundled-place-names.ts';

describe("a town's postcode districts in the extension, from the place names bundled with it", () => {
  it("finds a town's districts, and none for a name that is not there or not a name", async () => {
    expect(await bundledPlaceNames('Hyde')).toEqual([{ outcode: 'SK14', town: 'Hyde' }]);
    expect(await bundledPlaceNames('sheffield')).toEqual(
      expect.arrayContaining([{ outcode: 'S1', town: 'Sheffield' }]),
    );
    for (const typed of ['Atlantis', 'S1 2HE', '<b>Hyde</b>']) expect(await bundledPlaceNames(typed)).toEqual([]);
  });
});
