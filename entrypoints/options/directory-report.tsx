import { useRef } from 'preact/hooks';
import type { DirectoryFromFile } from '../../extension/local-directory-from-file.ts';
import type { RecordProblem } from '../../shared/directory/load-report.ts';
import { useFocusOnChange } from '../../shared/ui/kit/use-focus-on-change.ts';

function count(number: number, one: string, many: string): string {
  return `${number} ${number === 1 ? one : many}`;
}

/** "Row 6 (id "knit-club"), categories: ...": rows for a spreadsheet, records for JSON, as the file's maker counts them. */
function problemLine(problem: RecordProblem, noun: string): string {
  const id = problem.id === undefined ? '' : ` (id "${problem.id}")`;
  const field = problem.field === undefined ? '' : `, ${problem.field}`;
  return `${noun} ${problem.record}${id}${field}: ${problem.message}`;
}

function ProblemList({ title, problems, noun }: { title: string; problems: RecordProblem[]; noun: string }) {
  if (problems.length === 0) return null;
  return (
    <>
      <h4 class="sp-subheading">{title}</h4>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{problemLine(problem, noun)}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * What a chosen file holds, before anything is saved: how many places can be used, which records were
 * left out and why, and what was changed on the way in. Its heading takes focus, so it is read first.
 */
export function DirectoryReport({ directory }: { directory: DirectoryFromFile }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, directory);
  const { counts, problems, fileName } = directory;
  const noun = directory.kind === 'csv' ? 'Row' : 'Record';
  const leftOut = problems.filter((problem) => problem.severity === 'error');
  const notes = problems.filter((problem) => problem.severity === 'warning');
  return (
    <div class="sp-notice sp-directory-report">
      <h3 class="sp-subheading" tabIndex={-1} ref={heading}>
        Check {fileName} before you save it
      </h3>
      <p>
        {count(counts.loaded, 'place is', 'places are')} ready to use.
        {counts.leftOut > 0 && ` ${count(counts.leftOut, 'was', 'were')} left out.`}
      </p>
      {counts.loaded === 0 && (
        <p>There is nothing in this file Signpost can use. Fix the file, then choose it again.</p>
      )}
      <ProblemList title="Left out, and why" problems={leftOut} noun={noun} />
      <ProblemList title="Changed or not kept" problems={notes} noun={noun} />
    </div>
  );
}
