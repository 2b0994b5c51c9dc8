import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../shared/ui/describe-import.ts';

const nothing = { learnersAdded: 0, sessionsAdded: 0, progressUpdated: 0, unchanged: 0, conflicts: [] };

describe('describeImport', () => {
  it('says how many learners and sessions were added, and on how many paths progress was added', () => {
    expect(describeImport({ ...nothing, learnersAdded: 2, sessionsAdded: 1, progressUpdated: 3 })).toEqual([
      'Added 2 learners and 1 session.',
      'Added new progress on 3 paths.',
    ]);
  });

  it('says plainly when the file held nothing new', () => {
    expect(describeImport({ ...nothing, unchanged: 4 })).toEqual(['Everything in this file was already on this computer. Nothing was changed.']);
  });

  it('leaves clashes to their own messages', () => {
    const clash = { kind: 'learner' as const, learnerId: 'l-1', storedName: 'Ade', importedName: 'Maureen', message: 'They clash.' };
    expect(describeImport({ ...nothing, conflicts: [clash] })).toEqual([]);
  });
});
