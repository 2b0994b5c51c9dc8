/** https, or plain http to this same machine (a developer's own lookup server), which browsers also treat as secure. */
const SECURE = /^(https:|http:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/])/;

/** Whether a postcode may be sent to `base`: a postcode is personal. */
export function isSecureLookupAddress(base: string): boolean {
  try {
    return SECURE.test(new URL(base).href);
  } catch {
    return false;
  }
}
