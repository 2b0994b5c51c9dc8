/*
 * Language codes (BCP 47) from what people write: a code ("cy", "ur") or the English name of a language
 * commonly needed in UK services. Names outside this short list must be given as codes.
 */

const NAMES: Record<string, string> = {
  english: 'en',
  welsh: 'cy',
  'scottish gaelic': 'gd',
  gaelic: 'gd',
  irish: 'ga',
  'british sign language': 'bfi',
  bsl: 'bfi',
  urdu: 'ur',
  punjabi: 'pa',
  bengali: 'bn',
  gujarati: 'gu',
  arabic: 'ar',
  polish: 'pl',
  romanian: 'ro',
  somali: 'so',
  french: 'fr',
  spanish: 'es',
  portuguese: 'pt',
  lithuanian: 'lt',
  ukrainian: 'uk',
  russian: 'ru',
  turkish: 'tr',
  farsi: 'fa',
  persian: 'fa',
  pashto: 'ps',
  kurdish: 'ku',
  tigrinya: 'ti',
  mandarin: 'zh',
  chinese: 'zh',
  cantonese: 'yue',
  tamil: 'ta',
  hindi: 'hi',
};

/** The code for a language name or code, lower-cased, or undefined when it is neither. */
export function languageCode(nameOrCode: string): string | undefined {
  const cleaned = nameOrCode.trim().toLowerCase();
  const named = NAMES[cleaned];
  if (named !== undefined) return named;
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(cleaned) ? cleaned : undefined;
}
