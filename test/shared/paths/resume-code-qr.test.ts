import { describe, expect, it } from 'vitest';
import { resumeCodeQr } from '../../../shared/paths/resume-code-qr.ts';

describe('resumeCodeQr', () => {
  it('draws an SVG image with no script or links in it', () => {
    const svg = resumeCodeQr('05AY-00B');
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.documentElement.nodeName).toBe('svg');
    expect(document.querySelectorAll('script, a, foreignObject')).toHaveLength(0);
    expect(svg).not.toMatch(/on\w+=/i);
  });

  it('draws the same picture however the code was typed', () => {
    expect(resumeCodeQr(' 05ay 00b ')).toBe(resumeCodeQr('05AY-00B'));
  });

  it('draws different pictures for different codes', () => {
    expect(resumeCodeQr('05AY-00B')).not.toBe(resumeCodeQr('05AY-00C'));
  });
});
