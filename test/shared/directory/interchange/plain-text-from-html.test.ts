import { describe, expect, it } from 'vitest';
import { plainTextFromHtml } from '../../../../shared/directory/interchange/plain-text-from-html.ts';

describe('plainTextFromHtml', () => {
  it('keeps the words of a description and its paragraphs, and drops the markup', () => {
    expect(plainTextFromHtml('<p>Help with <b>email</b> &amp; video calls.</p><p>Bring your phone.</p>')).toBe(
      'Help with email & video calls.\n\nBring your phone.',
    );
  });

  it('drops scripts and styles with their contents', () => {
    expect(plainTextFromHtml('Drop in<script>alert("x")</script><style>p{}</style> on Fridays')).toBe(
      'Drop in on Fridays',
    );
  });

  it('leaves a lone "<" in ordinary text alone', () => {
    expect(plainTextFromHtml('For ages < 18 & their carers')).toBe('For ages < 18 & their carers');
  });

  it('turns escaped markup into visible text, not markup', () => {
    expect(plainTextFromHtml('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>');
  });
});
