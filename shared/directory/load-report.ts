/*
 * What happened to each record when a directory was loaded or imported. Every record that was left out, and
 * everything that was changed on the way in, is one problem here: nothing is dropped without a line in the
 * report (practice managers fix their spreadsheet from it).
 */

export interface RecordProblem {
  /** 1-based position of the record in its input: a pack's `resources`, an ORUK page's `contents`, or a CSV row. */
  record: number;
  /** The record's id, when it had a readable one. */
  id?: string;
  /** Where in the record, e.g. `contact.website` or `hours.0.opens`; absent when it is about the whole record. */
  field?: string;
  /** Plain English: what is wrong and what to do. */
  message: string;
  /** `error`: the record was left out. `warning`: it loaded, but something in it was changed or not kept. */
  severity: 'error' | 'warning';
  /**
   * The file or web address the record came from. importCsv and importOpenReferral always fill it in, so a
   * report merged from several files names each one; loadPack, which reads one file, leaves it out.
   */
  source?: string;
}

export interface LoadCounts {
  /** Records found in the input. */
  total: number;
  loaded: number;
  leftOut: number;
}

/** A whole input Signpost could not read at all (not JSON, not Open Referral UK, an empty CSV). */
export interface InputProblem {
  source: string;
  message: string;
}

export interface LoadReport {
  counts: LoadCounts;
  problems: RecordProblem[];
  unreadable?: InputProblem[];
}

/** Counts for `total` records of which `loaded` made it in. */
export function countLoaded(total: number, loaded: number): LoadCounts {
  return { total, loaded, leftOut: total - loaded };
}

/**
 * The report as lines for the command line, e.g.
 * `Record 3 (id "x"), contact.website: The website "javascript:..." must be a full address ...`.
 * `noun` names a record the way the reader counts them: "Row" for a spreadsheet.
 */
export function formatLoadReport(report: LoadReport, noun = 'Record'): string {
  const { total, loaded, leftOut } = report.counts;
  const summary = `${total} ${noun.toLowerCase()}${total === 1 ? '' : 's'}: ${loaded} loaded, ${leftOut} left out.`;
  const unreadable = (report.unreadable ?? []).map((input) => `${input.source} [not read]: ${input.message}`);
  const lines = report.problems.map((problem) => formatProblem(problem, noun));
  return [summary, ...unreadable, ...lines].join('\n');
}

function formatProblem(problem: RecordProblem, noun: string): string {
  const where = [
    problem.source === undefined ? '' : `${problem.source}: `,
    `${noun} ${problem.record}`,
    problem.id === undefined ? '' : ` (id ${JSON.stringify(problem.id)})`,
    problem.field === undefined ? '' : `, ${problem.field}`,
  ].join('');
  const label = problem.severity === 'error' ? 'left out' : 'note';
  return `${where} [${label}]: ${problem.message}`;
}
