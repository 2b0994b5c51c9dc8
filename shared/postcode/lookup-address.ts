/**
 * Whether a postcode may be sent to `base`: only over https, or plain http to this same machine (a
 * developer's own lookup server), which browsers also treat as secure. A postcode is personal.
 */
export function isSecureLookupAddress(base: string): boolean {
  try {
    const { protocol, hostname } = new URL(base);
    return protocol === 'https:' || (protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname));
  } catch {
    return false;
  }
}
