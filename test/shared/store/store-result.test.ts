import { describe, expect, it } from 'vitest';
import { attempt, failureFrom } from '../../../shared/store/store-result.ts';

describe('failureFrom', () => {
  it('says the device is full for a QuotaExceededError', () => {
    expect(failureFrom(new DOMException('Quota exceeded', 'QuotaExceededError'))).toEqual({
      ok: false,
      kind: 'full',
      message: 'Your device is full, so this was not saved. Free some space and try again.',
    });
  });

  it('gives a plain message, never the browser’s own, for anything else', () => {
    const failure = failureFrom(new TypeError('Cannot read properties of undefined'));
    expect(failure).toMatchObject({
      kind: 'failed',
      message: 'Something went wrong, so this was not saved. Please try again.',
    });
  });
});

describe('attempt', () => {
  it('turns a throw into a failure value', async () => {
    expect(await attempt(() => Promise.reject(new DOMException('closed', 'InvalidStateError')))).toMatchObject({
      ok: false,
      kind: 'closed',
    });
  });

  it('passes a value through', async () => {
    expect(await attempt(() => Promise.resolve(3))).toEqual({ ok: true, value: 3 });
  });
});
