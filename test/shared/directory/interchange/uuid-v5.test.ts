import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SIGNPOST_NAMESPACE, isUuid, uuidV5 } from '../../../../shared/directory/interchange/uuid-v5.ts';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** Node's own SHA-1, to check the hand-written one the browser uses. */
function nodeUuidV5(name: string, namespace: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe('uuidV5', () => {
  it('gives the RFC example answer for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it.each(['', 'library-get-online', 'Café & Co', 'x'.repeat(200)])('agrees with node:crypto for %j', (name) => {
    expect(uuidV5(name, SIGNPOST_NAMESPACE)).toBe(nodeUuidV5(name, SIGNPOST_NAMESPACE));
  });

  it('uses as its namespace the uuid of "signpost" in the URL namespace', () => {
    expect(uuidV5('signpost', URL_NAMESPACE)).toBe(SIGNPOST_NAMESPACE);
  });

  it('makes ids that are uuids', () => {
    expect(isUuid(uuidV5('anything'))).toBe(true);
    expect(isUuid('library-get-online')).toBe(false);
  });
});
