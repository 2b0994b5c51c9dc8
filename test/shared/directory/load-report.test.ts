import { describe, expect, it } from 'vitest';
import { countLoaded, formatLoadReport } from '../../../shared/directory/load-report.ts';

describe('formatLoadReport', () => {
  it('starts with the counts, then one line per problem naming the record, id and field', () => {
    const text = formatLoadReport({
      counts: countLoaded(4, 3),
      problems: [
        {
          record: 3,
          id: 'x',
          field: 'contact.website',
          severity: 'error',
          message: 'The website must start with https://.',
        },
        { record: 4, severity: 'warning', message: 'It had no id.' },
      ],
    });
    expect(text.split('\n')).toEqual([
      '4 records: 3 loaded, 1 left out.',
      'Record 3 (id "x"), contact.website [left out]: The website must start with https://.',
      'Record 4 [note]: It had no id.',
    ]);
  });

  it('counts spreadsheet rows as rows and names the file when there are several', () => {
    const text = formatLoadReport(
      {
        counts: countLoaded(1, 1),
        problems: [{ record: 2, source: 'sheet.csv', severity: 'warning', message: 'Check it.' }],
      },
      'Row',
    );
    expect(text).toBe('1 row: 1 loaded, 0 left out.\nsheet.csv: Row 2 [note]: Check it.');
  });

  it('lists files it could not read at all before the record problems', () => {
    const text = formatLoadReport({
      counts: countLoaded(0, 0),
      problems: [],
      unreadable: [{ source: 'notes.txt', message: 'The file is not JSON.' }],
    });
    expect(text).toBe('0 records: 0 loaded, 0 left out.\nnotes.txt [not read]: The file is not JSON.');
  });
});
