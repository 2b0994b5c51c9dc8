import type { GlossaryEntry } from '../../../paths/learning-path.ts';

/** Words a resident may not know, explained where they first meet them. */
export function WordsToKnow({ entries }: { entries?: readonly GlossaryEntry[] }) {
  if (!entries?.length) return null;
  return (
    <div class="sp-words">
      <h3 class="sp-subheading">Words to know</h3>
      <dl>
        {entries.map((entry) => (
          <div key={entry.term}>
            <dt>{entry.term}</dt>
            <dd>{entry.meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
