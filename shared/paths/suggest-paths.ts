import type { LearningPath, PathTopic } from './learning-path.ts';

/**
 * One answer to "What matters to you?", in the resident's words. It names no paths: it is matched to the
 * paths' own topic, title and goal, so a path a curator adds shows up under the answers it fits.
 */
export interface WhatMatters {
  id: string;
  label: string;
  /** Paths with this topic fit a little. */
  topic: PathTopic;
  /** Word beginnings ("prescription" also finds "prescriptions"); a path whose title or goal has one fits more. */
  words: readonly string[];
}

export const WHAT_MATTERS: readonly WhatMatters[] = [
  { id: 'seeing-my-gp', label: 'Seeing my GP', topic: 'nhs-online', words: ['gp', 'appointment', 'doctor', 'record'] },
  { id: 'my-medicines', label: 'My medicines', topic: 'nhs-online', words: ['prescription', 'pharmacy', 'medicine'] },
  {
    id: 'keeping-in-touch',
    label: 'Keeping in touch with family',
    topic: 'keeping-in-touch',
    words: ['family', 'video', 'email', 'call'],
  },
  { id: 'staying-safe', label: 'Staying safe online', topic: 'staying-safe', words: ['safe', 'scam', 'tricked'] },
  {
    id: 'getting-started',
    label: 'Getting started',
    topic: 'getting-started',
    words: ['computer', 'tablet', 'mouse', 'keyboard', 'touch'],
  },
  { id: 'local-help', label: 'Local help', topic: 'local-help', words: ['local', 'free'] },
];

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
  return wordsFound * WORD_WEIGHT + (path.topic === matters.topic ? TOPIC_WEIGHT : 0);
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
