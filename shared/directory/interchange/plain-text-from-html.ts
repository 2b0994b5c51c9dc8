/*
 * Some Open Referral UK publishers put HTML in descriptions ("<p>Drop in on <b>Tuesdays</b></p>"). Signpost
 * shows text, never markup, so tags are removed and a few common entities turned back into characters.
 * Only descriptions go through this: names and other fields keep "<" and "&" exactly as written.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The readable text of an HTML fragment. Other tags than inline ones become spaces; script and style contents are dropped. */
export function plainTextFromHtml(html: string): string {
  return (
    html
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      // Inline tags sit inside words and sentences ("<b>Tue</b>sdays."); any other tag ends a block of text.
      .replace(/<\/?(a|abbr|b|em|i|mark|small|span|strong|u)\b[^>]*>/gi, '')
      .replace(/<\/?[a-z!][^>]*>/gi, ' ')
      .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_match, name: string) => ENTITIES[name] ?? '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
