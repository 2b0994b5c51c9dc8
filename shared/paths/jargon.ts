import type { GlossaryEntry, LearningPath } from './learning-path.ts';
import type { PathProblem } from './path-problem.ts';
import { splitSentences } from './readability.ts';
import { describePlace, residentTexts, type ResidentText } from './resident-texts.ts';

/*
 * Words that stop people who are new to computers or to NHS services. The words to explain include
 * those the NHS App volunteers' guide itself has to define in its glossary (digital.nhs.uk, "Help someone
 * set up their NHS App": linkage key, ODS code, proxy access, security code). The words to avoid follow the
 * approach of the NHS service manual's "A to Z of NHS health writing" (service-manual.nhs.uk/content):
 * swap an official word for the everyday one. Patterns are case-blind and match whole words and endings.
 */

export interface WordToAvoid {
  readonly word: string;
  readonly pattern: RegExp;
  readonly sayInstead: string;
}

/** Words with a plain swap: never use them in text a resident reads. */
export const WORDS_TO_AVOID: readonly WordToAvoid[] = [
  { word: 'authenticate', pattern: /\bauthenticat(e|es|ed|ing|ion)\b/i, sayInstead: 'prove it is you' },
  { word: 'credentials', pattern: /\bcredentials?\b/i, sayInstead: 'your email address and password' },
  // "2-step verification" is the name people see on the screen (and must explain): WORDS_TO_EXPLAIN.
  {
    word: 'verify',
    pattern: /(?<!\b2-step )\bverif(y|ies|ied|ying|ication)\b/i,
    sayInstead: 'check, or prove who you are',
  },
  { word: 'navigate', pattern: /\bnavigat(e|es|ed|ing|ion)\b/i, sayInstead: 'go to' },
  { word: 'utilise', pattern: /\butili[sz](e|es|ed|ing)\b/i, sayInstead: 'use' },
  { word: 'functionality', pattern: /\bfunctionality\b/i, sayInstead: 'what it can do' },
  { word: 'in order to', pattern: /\bin order to\b/i, sayInstead: 'to' },
  { word: 'prior to', pattern: /\bprior to\b/i, sayInstead: 'before' },
  { word: 'commence', pattern: /\bcommenc(e|es|ed|ing)\b/i, sayInstead: 'start' },
  { word: 'URL', pattern: /\bURLs?\b/i, sayInstead: 'web address' },
  { word: 'two-factor', pattern: /\btwo[- ]factor\b/i, sayInstead: 'security code' },
];

export interface WordToExplain {
  readonly word: string;
  readonly pattern: RegExp;
}

/** Words a path may use, but only once explained in a glossary (see `jargonProblems` for the rule). */
export const WORDS_TO_EXPLAIN: readonly WordToExplain[] = [
  { word: 'browser', pattern: /\bbrowsers?\b/i },
  { word: 'cursor', pattern: /\bcursors?\b/i },
  { word: 'scroll', pattern: /\bscroll(s|ed|ing)?\b/i },
  { word: 'icon', pattern: /\bicons?\b/i },
  { word: 'pop-up', pattern: /\bpop[- ]?ups?\b/i },
  { word: 'inbox', pattern: /\binbox(es)?\b/i },
  { word: 'spam', pattern: /\bspam\b/i },
  { word: 'phishing', pattern: /\bphishing\b/i },
  { word: 'password manager', pattern: /\bpassword managers?\b/i },
  { word: 'security code', pattern: /\bsecurity codes?\b/i },
  { word: 'linkage', pattern: /\blinkage\b/i },
  { word: 'account ID', pattern: /\baccount ID\b/i },
  { word: 'practice code', pattern: /\b(practice code|ODS code|ODS)\b/i },
  { word: 'proxy', pattern: /\bprox(y|ies)\b/i },
  { word: 'nominated', pattern: /\bnominat(e|es|ed|ing|ion)\b/i },
  { word: 'linked profile', pattern: /\blinked profiles?\b/i },
  { word: 'triage', pattern: /\btriage\b/i },
  { word: '2-step verification', pattern: /\b2-step verification\b/i },
  { word: 'social tariff', pattern: /\bsocial tariffs?\b/i },
  { word: 'power of attorney', pattern: /\bpower of attorney\b/i },
  { word: 'username', pattern: /\busernames?\b/i },
  { word: 'moderator', pattern: /\bmoderators?\b/i },
];

function sentenceWith(pattern: RegExp, text: string): string {
  return splitSentences(text).find((sentence) => pattern.test(sentence)) ?? text;
}

function avoidedWordProblems(path: LearningPath, texts: readonly ResidentText[]): PathProblem[] {
  return texts.flatMap((place) =>
    WORDS_TO_AVOID.filter(({ pattern }) => pattern.test(place.text)).map(({ word, pattern, sayInstead }) => ({
      where: describePlace(path, place),
      message: `Avoid "${word}": say "${sayInstead}" instead. Sentence: "${sentenceWith(pattern, place.text)}"`,
    })),
  );
}

function explains(glossary: readonly GlossaryEntry[] | undefined, pattern: RegExp): boolean {
  return (glossary ?? []).some((entry) => pattern.test(entry.term));
}

/** The path's glossary (shown on the start screen) or any step's glossary up to and including `stepIndex`. */
function explainedBy(path: LearningPath, pattern: RegExp, stepIndex: number | undefined): boolean {
  if (explains(path.glossary, pattern)) return true;
  if (stepIndex === undefined) return false;
  return path.steps.slice(0, stepIndex + 1).some((step) => explains(step.glossary, pattern));
}

function unexplainedWordProblems(path: LearningPath, texts: readonly ResidentText[]): PathProblem[] {
  return WORDS_TO_EXPLAIN.flatMap(({ word, pattern }): PathProblem[] => {
    const firstUse = texts.find((place) => pattern.test(place.text));
    if (firstUse === undefined || explainedBy(path, pattern, firstUse.stepIndex)) return [];
    const whichGlossary =
      firstUse.stepIndex === undefined ? "the path's glossary" : "this step's glossary (or the path's)";
    return [
      {
        where: describePlace(path, firstUse),
        message:
          `"${word}" is used here for the first time but not explained. ` +
          `Add { "term": "${word}", "meaning": "..." } to ${whichGlossary}. Sentence: "${sentenceWith(pattern, firstUse.text)}"`,
      },
    ];
  });
}

/**
 * Hard words in the text a resident reads. The rule: never use a word to avoid; explain each word to
 * explain where the resident first meets it, in the path's glossary (shown on the start screen) or in the
 * glossary of that step or an earlier one. Glossary meanings are checked for words to avoid as well.
 */
export function jargonProblems(path: LearningPath): PathProblem[] {
  const texts = residentTexts(path);
  const meanings = [path.glossary ?? [], ...path.steps.map((step) => step.glossary ?? [])].flatMap((glossary, index) =>
    glossary.map((entry): ResidentText => ({
      ...(index === 0 ? {} : { stepIndex: index - 1 }),
      field: `glossary "${entry.term}"`,
      text: entry.meaning,
    })),
  );
  return [...avoidedWordProblems(path, [...texts, ...meanings]), ...unexplainedWordProblems(path, texts)];
}
