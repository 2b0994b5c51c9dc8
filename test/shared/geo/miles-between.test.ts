import { describe, expect, it } from 'vitest';
import { milesBetween } from '../../../shared/geo/miles-between.ts';
import { townHall } from '../find/resource-at.ts';

describe('milesBetween', () => {
  it('puts Sheffield about 143 miles from London as the crow flies', () => {
    expect(milesBetween(townHall, { latitude: 51.5073, longitude: -0.1276 })).toBeCloseTo(143, -1);
  });

  it('measures a degree of latitude as about 69 miles', () => {
    expect(milesBetween({ latitude: 53, longitude: -1.5 }, { latitude: 54, longitude: -1.5 })).toBeCloseTo(69.09, 2);
  });

  it('gives 0 for the same point and the same answer either way round', () => {
    const other = { latitude: 53.4, longitude: -1.5 };
    expect(milesBetween(townHall, townHall)).toBe(0);
    expect(milesBetween(townHall, other)).toBe(milesBetween(other, townHall));
  });
});
