import { inflateSync } from 'node:zlib';

/*
 * What a PDF printed by Chromium holds, read without a PDF library: its pages, and the size of every piece
 * of text on them in points. Chromium (Skia) writes each page's drawing as a Flate-compressed content
 * stream; text is set with "size Tf" inside BT ... ET, under "a b c d e f cm" transforms saved and restored
 * with q and Q (ISO 32000-1, 8.4.4 and 9.3.1). A size in points is the Tf size times the scale in force.
 */

export interface PdfSummary {
  pages: number;
  /** Every text size used, in points, rounded to 0.01. */
  textSizes: number[];
}

/** Text sizes in one content stream, following q, Q and cm (uniform scales, as Chromium writes). */
function textSizesIn(stream: string): number[] {
  const sizes: number[] = [];
  const saved: number[] = [];
  let scale = 1;
  const tokens = stream.split(/\s+/);
  tokens.forEach((token, index) => {
    if (token === 'q') saved.push(scale);
    else if (token === 'Q') scale = saved.pop() ?? 1;
    else if (token === 'cm') scale *= Math.abs(Number(tokens[index - 6]));
    else if (token === 'Tf') sizes.push(Math.round(Number(tokens[index - 1]) * scale * 100) / 100);
  });
  return sizes;
}

export function readPdf(pdf: Buffer): PdfSummary {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  const textSizes = [...text.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].flatMap((match) => {
    try {
      return textSizesIn(inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1'));
    } catch {
      // Not a Flate content stream (a font, an image): no text sizes in it.
      return [];
    }
  });
  return { pages, textSizes };
}
