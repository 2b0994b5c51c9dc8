import { describe, expect, it } from 'vitest';
import { plainDecimal } from '../../../shared/util/plain-decimal.ts';

describe('reading a number written as people write one', () => {
  it.each([
    ['53.38', 53.38],
    ['-1.46', -1.46],
    [' 5 ', 5],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['10.', 10],
    [7, 7],
    [-2.5, -2.5],
  ])('reads %j as %d', (value, number) => {
    expect(plainDecimal(value)).toBe(number);
  });

  it.each([
    ['0x10'],
    ['-1e0'],
    ['1e3'],
    ['Infinity'],
    [''],
    ['  '],
    ['5 miles'],
    ['+5'],
    ['1,5'],
    ['--1'],
    [Number.NaN],
    [Infinity],
    [null],
    [true],
    [{}],
  ])('refuses %j', (value) => {
    expect(plainDecimal(value)).toBeUndefined();
  });

  it('refuses a number outside the bounds it was given, ends included', () => {
    expect(plainDecimal('50', { min: 0.5, max: 50 })).toBe(50);
    expect(plainDecimal('50.1', { min: 0.5, max: 50 })).toBeUndefined();
    expect(plainDecimal(0.4, { min: 0.5, max: 50 })).toBeUndefined();
  });
});
