/*
 * Name-based UUIDs (version 5, RFC 9562 section 5.5): the same name always gives the same UUID, so an export
 * made twice gives the same ids and other systems can update records rather than duplicate them. SHA-1 is
 * written out here because shared/ runs in the browser too, where node:crypto is missing and Web Crypto is
 * asynchronous. SHA-1 is only a fingerprint here, not a security measure.
 */

/** Signpost's namespace for ids it makes up on export: uuidV5 of "signpost" in the RFC's URL namespace. */
export const SIGNPOST_NAMESPACE = '7e0555ec-0027-57fc-80c8-0621f0ad98b1';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The version 5 UUID of `name` in `namespace` (itself a UUID), lower-case. */
export function uuidV5(name: string, namespace: string = SIGNPOST_NAMESPACE): string {
  const namespaceBytes = (namespace.replace(/-/g, '').match(/../g) ?? []).map((pair) => parseInt(pair, 16));
  const hash = sha1([...namespaceBytes, ...new TextEncoder().encode(name)]);
  const bytes = hash.slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** SHA-1 (FIPS 180-4) of a byte list, as 20 bytes. */
function sha1(message: readonly number[]): number[] {
  const bitLength = message.length * 8;
  const padded = [...message, 0x80];
  while (padded.length % 64 !== 56) padded.push(0);
  for (let shift = 56; shift >= 0; shift -= 8)
    padded.push(shift >= 32 ? Math.floor(bitLength / 2 ** shift) & 0xff : (bitLength >>> shift) & 0xff);
  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const words = new Array<number>(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) {
      const at = block + i * 4;
      words[i] =
        (((padded[at] ?? 0) << 24) |
          ((padded[at + 1] ?? 0) << 16) |
          ((padded[at + 2] ?? 0) << 8) |
          (padded[at + 3] ?? 0)) >>>
        0;
    }
    for (let i = 16; i < 80; i++)
      words[i] = rotate((words[i - 3] ?? 0) ^ (words[i - 8] ?? 0) ^ (words[i - 14] ?? 0) ^ (words[i - 16] ?? 0), 1);
    let [a, b, c, d, e] = state as [number, number, number, number, number];
    for (let i = 0; i < 80; i++) {
      const [f, k] =
        i < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : i < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : i < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const next = (rotate(a, 5) + f + e + k + (words[i] ?? 0)) >>> 0;
      [e, d, c, b, a] = [d, c, rotate(b, 30), a, next];
    }
    [a, b, c, d, e].forEach((value, i) => (state[i] = ((state[i] ?? 0) + value) >>> 0));
  }
  return state.flatMap((word) => [word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff]);
}

function rotate(word: number, bits: number): number {
  return ((word << bits) | (word >>> (32 - bits))) >>> 0;
}
