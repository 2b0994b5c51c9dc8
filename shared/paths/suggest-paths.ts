import type { CategoryId } from '../directory/categories.ts';
import type { LearningPath, PathTopic } from './learning-path.ts';

/**
 * One answer to "What matters to you?", in the resident's words. It names no paths: it is matched to the
 * paths' own topic, title and goal, so a path a curator adds shows up under the answers it fits.
 */
export interface WhatMatters {
  id: string;
  label: string;
  /** Paths with this topic fit a little; none for the resident's own words. */
  topic?: PathTopic;
  /** Word beginnings ("prescription" also finds "prescriptions"); a path whose title or goal has one fits more. */
  words: readonly string[];
  /** Kinds of local help that fit this answer; empty means any kind. */
  categories: readonly CategoryId[];
}

export const WHAT_MATTERS: readonly WhatMatters[] = [
  {
    id: 'seeing-my-gp',
    label: 'Seeing my GP',
    topic: 'nhs-online',
    words: ['gp', 'appointment', 'doctor', 'record'],
    categories: ['nhs-app', 'health-and-wellbeing'],
  },
  {
    id: 'my-medicines',
    label: 'My medicines',
    topic: 'nhs-online',
    words: ['prescription', 'pharmacy', 'medicine'],
    categories: ['nhs-app', 'health-and-wellbeing'],
  },
  {
    id: 'keeping-in-touch',
    label: 'Keeping in touch with family',
    topic: 'keeping-in-touch',
    words: ['family', 'video', 'email', 'call'],
    categories: ['digital-skills', 'social-and-community'],
  },
  {
    id: 'staying-safe',
    label: 'Staying safe online',
    topic: 'staying-safe',
    words: ['safe', 'scam', 'tricked'],
    categories: ['digital-skills'],
  },
  {
    id: 'getting-started',
    label: 'Getting started',
    topic: 'getting-started',
    words: ['computer', 'tablet', 'mouse', 'keyboard', 'touch'],
    categories: ['digital-skills', 'wifi-and-computers', 'devices-and-data'],
  },
  { id: 'local-help', label: 'Local help', topic: 'local-help', words: ['local', 'free'], categories: [] },
];

/** Everyday words that say nothing about what a person wants to learn. */
const SAYS_NOTHING = new Set(
  (
    'a about after all also am an and any are as at be been but by can could do does doing for from get getting go ' +
    'going had has have help how i if in into is it its just learn like me more my need no not now of on one or ' +
    'our out over please so some than that the them then there they this to too up us use using want was way we ' +
    'what when where which who will with would you your'
  ).split(' '),
);

/** A word's beginning, near enough: "photos" finds "photo", "banking" finds "bank", "prescriptions" "prescription". */
function stem(word: string): string {
  for (const ending of ['ing', 'es', 's', 'ed']) {
    if (word.length - ending.length >= 4 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * The resident's own words ("I want to see photos of my grandson") as an answer to match paths with: their
 * telling words, each cut to its beginning. It has no topic and no kinds of help of its own.
 */
export function answerInTheirWords(words: string): WhatMatters {
  const telling = wordsIn(words).filter((word) => word.length >= 3 && !SAYS_NOTHING.has(word));
  return { id: 'in-their-words', label: words.trim(), words: [...new Set(telling.map(stem))], categories: [] };
}

/** Each word matched in a path's title or goal counts for more than a matching topic, so the paths that name it come first. */
const WORD_WEIGHT = 2;
const TOPIC_WEIGHT = 1;

function wordsIn(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function howWellItFits(path: LearningPath, matters: WhatMatters): number {
  const pathWords = wordsIn(`${path.title} ${path.goal}`);
  const wordsFound = matters.words.filter((word) => pathWords.some((pathWord) => pathWord.startsWith(word))).length;
  return wordsFound * WORD_WEIGHT + (matters.topic !== undefined && path.topic === matters.topic ? TOPIC_WEIGHT : 0);
}

/**
 * The paths that fit an answer to "What matters to you?", best first: most of its words in the title and
 * goal, then its topic; on a tie, beginner paths before next steps, then in the order given. Paths that fit
 * not at all are left out, so the list may be empty. Pure.
 */
export function suggestPaths(matters: WhatMatters, paths: readonly LearningPath[]): LearningPath[] {
  return paths
    .map((path, order) => ({
      path,
      order,
      fit: howWellItFits(path, matters),
      beginner: path.level === 'beginner' ? 0 : 1,
    }))
    .filter(({ fit }) => fit > 0)
    .sort((a, b) => b.fit - a.fit || a.beginner - b.beginner || a.order - b.order)
    .map(({ path }) => path);
}
