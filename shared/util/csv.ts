import Papa from 'papaparse';

/*
 * Every CSV file Signpost writes goes through here, so none can carry a spreadsheet formula. A cell that
 * starts like one (= + - @, a tab or a carriage return, their full-width forms, or any of those after
 * spaces) gets a leading apostrophe, whatever else it holds. Papa Parse's own `escapeFormulae: true`
 * misses a cell with a line break in it (its pattern is /^[=+\-@\t\r].*$/, and "." stops at the break),
 * so we give it a pattern of our own. Numbers are written as numbers: -1 stays -1.
 */
const FORMULA_START = /^\s*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvCell = string | number | boolean | null | undefined;

/** A CSV file: a header row, then one row per entry; commas and line breaks inside cells are quoted. */
export function writeCsv(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse(
    { fields: [...fields], data: rows.map((row) => row.map((cell) => cell ?? '')) },
    { escapeFormulae: FORMULA_START },
  );
}
