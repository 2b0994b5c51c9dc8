import { decodeHTML } from 'entities';

/*
 * Publishers put HTML in descriptions ("<h1>About Us</h1><p>Drop in on <b>Tuesdays</b></p>"). Signpost shows
 * text, never markup, so tags are removed, and every HTML character reference (&ndash;, &rsquo;, &#163;…)
 * is turned back into its character with the `entities` package (the decoder htmlparser2 and cheerio use).
 * Paragraphs stay paragraphs: a block (p, h1-h6, li, div, tr, blockquote…) ends one, and the text comes
 * back with a blank line between them, as plain text does. Names and other fields do not go through this:
 * they keep "<" and "&" exactly as written.
 */

const INLINE = /<\/?(a|abbr|b|bdi|bdo|cite|code|em|font|i|kbd|mark|q|s|small|span|strong|sub|sup|time|u)\b[^>]*>/gi;
const LINE_BREAK = /<br\s*\/?>/gi;
const ANY_TAG = /<\/?[a-z!][^>]*>/gi;

/**
 * The readable text of an HTML fragment or of plain text, paragraphs separated by a blank line and lines
 * within one by a line break. Script and style contents are dropped; entities become characters.
 */
export function plainTextFromHtml(html: string): string {
  const isMarkup = /<\/?[a-z!][^>]*>/i.test(html);
  const marked = isMarkup
    ? html
        .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/\s+/g, ' ')
        // Inline tags sit inside words and sentences ("<b>Tue</b>sdays."); a <br> ends a line; any other tag a block.
        .replace(INLINE, '')
        .replace(LINE_BREAK, '\n')
        .replace(ANY_TAG, '\n\n')
    : html.replace(/\r\n?/g, '\n');
  return decodeHTML(marked)
    .split(/\n[ \t\u00a0]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}
