import { describe, expect, it } from 'vitest';
import { rememberSuccess } from '../../../shared/util/remember-success.ts';

describe('remembering what loaded', () => {
  it('loads once and gives the same answer to every later call, even calls made while it loads', async () => {
    let loads = 0;
    const load = rememberSuccess(async () => ++loads);
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
    expect(await load()).toBe(1);
  });

  it('forgets a failure, so the next call tries again', async () => {
    let loads = 0;
    const load = rememberSuccess(async () => {
      loads++;
      if (loads === 1) throw new Error('offline');
      return 'loaded';
    });
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe('loaded');
    expect(await load()).toBe('loaded');
    expect(loads).toBe(2);
  });
});
