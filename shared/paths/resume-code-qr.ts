import { renderSVG } from 'uqr';
import { formatResumeCode } from './resume-code.ts';

/**
 * A QR code of a resume code, as an SVG document string, for a phone camera to read. Show it as an image
 * (`<img src="data:image/svg+xml,...">`), never as markup. The code is normalised first, so the QR holds
 * only Crockford characters and dashes: QR's compact alphanumeric mode, and nothing a page could run.
 * Medium error correction (15%) survives a smudged print-out.
 */
export function resumeCodeQr(code: string): string {
  return renderSVG(formatResumeCode(code), { ecc: 'M', border: 2 });
}
