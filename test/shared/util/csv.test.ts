import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/util/csv.ts';

/** The cells a spreadsheet would read back from `csv`. */
function cellsOf(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

describe('writing a CSV file a spreadsheet can open safely', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")'],
    ['+1+2'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['=cmd|"/c calc"!A1\nsecond line'],
    ['  =1+1'],
    ['＝1+1'],
  ])('puts an apostrophe before a cell that starts like a formula: %j', (text) => {
    const [, row] = cellsOf(writeCsv(['Name'], [[text]]));
    expect(row![0]).toBe(`'${text}`);
  });

  it('keeps ordinary text, numbers (negative ones too) and empty cells as they are', () => {
    const rows = cellsOf(writeCsv(['Name', 'Count', 'Note'], [['Central Library, Sheffield', -1, undefined]]));
    expect(rows).toEqual([
      ['Name', 'Count', 'Note'],
      ['Central Library, Sheffield', '-1', ''],
    ]);
  });

  it('keeps a line break inside a cell, quoted, so the row stays one row', () => {
    const rows = cellsOf(writeCsv(['Note'], [['first line\nsecond line']]));
    expect(rows).toEqual([['Note'], ['first line\nsecond line']]);
  });
});
