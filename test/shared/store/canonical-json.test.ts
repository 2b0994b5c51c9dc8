import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/store/canonical-json.ts';

describe('canonicalJson', () => {
  it('writes the same text for the same data whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 'x' } })).toBe(
      canonicalJson({ a: { c: 'x', d: [2, { y: 2, z: 1 }] }, b: 1 }),
    );
  });

  it('keeps the order of lists, which means something', () => {
    expect(canonicalJson(['step-1', 'step-2'])).not.toBe(canonicalJson(['step-2', 'step-1']));
  });
});
