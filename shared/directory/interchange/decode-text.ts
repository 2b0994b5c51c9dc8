/*
 * A spreadsheet's bytes as text. Excel on Windows saves "CSV" as Windows-1252 unless told otherwise, so "£"
 * and "é" are single bytes that are not valid UTF-8; others save UTF-8, with or without a byte-order mark.
 * Valid UTF-8 is read as UTF-8 (Windows-1252 text with any of those characters is almost never valid
 * UTF-8); anything else is read as Windows-1252, and the report says so, so a keeper can check.
 */

export interface DecodedText {
  text: string;
  /** How it was read, when that is worth saying: "UTF-8 with a byte-order mark" or "Windows-1252 (…)". */
  encoding?: string;
}

export const WINDOWS_1252 = 'Windows-1252 (as Excel on Windows saves CSV): check that £, é and quotes look right';

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return bom ? { text, encoding: 'UTF-8 with a byte-order mark' } : { text };
  } catch {
    return { text: windows1252(bytes), encoding: WINDOWS_1252 };
  }
}

/**
 * Bytes 0x80-0x9F of Windows-1252 (the WHATWG Encoding Standard's index-windows-1252): curly quotes,
 * dashes, the euro sign. Node 20's TextDecoder('windows-1252') reads these as Latin-1 control characters
 * (its fast path treats the two as one), so the table is here; every other byte is its own code point.
 */
const HIGH_CONTROL = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes)
    text += String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL[byte - 0x80]! : byte);
  return text;
}
