import { describe, expect, it } from 'vitest';
import { decodeText, WINDOWS_1252 } from '../../../../shared/directory/interchange/decode-text.ts';

describe('decodeText', () => {
  it('reads UTF-8 as it is, and says when it has a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('Café £5'))).toEqual({ text: 'Café £5' });
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café')]);
    expect(decodeText(withMark)).toEqual({ text: 'Café', encoding: 'UTF-8 with a byte-order mark' });
  });

  it('reads what Excel on Windows saves (Windows-1252) with £, é and curly quotes right, and says so', () => {
    // "Café – £5 ‘ok’" in Windows-1252.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0xa3, 0x35, 0x20, 0x91, 0x6f, 0x6b, 0x92]);
    expect(decodeText(bytes)).toEqual({ text: 'Café – £5 ‘ok’', encoding: WINDOWS_1252 });
  });
});
