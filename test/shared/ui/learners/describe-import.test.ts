import { describe, expect, it } from 'vitest';
import { describeConflict, describeImport } from '../../../../shared/ui/learners/describe-import.ts';

const nothing = {
  learnersAdded: 0,
  sessionsAdded: 0,
  progressUpdated: 0,
  plansUpdated: 0,
  unchanged: 0,
  conflicts: [],
};

describe('describeImport', () => {
  it('says how many learners and sessions were added, and on how many paths progress was added', () => {
    expect(describeImport({ ...nothing, learnersAdded: 2, sessionsAdded: 1, progressUpdated: 3 })).toEqual([
      'Added 2 learners and 1 session.',
      'Added new progress on 3 paths.',
    ]);
  });

  it('says plainly when the file held nothing new', () => {
    expect(describeImport({ ...nothing, unchanged: 4 })).toEqual([
      'Everything in this file was already on this computer. Nothing was changed.',
    ]);
  });

  it('leaves clashes to their own messages', () => {
    const clash = { kind: 'learner' as const, learnerId: 'l-1', storedName: 'Ade', importedName: 'Maureen' };
    expect(describeImport({ ...nothing, conflicts: [clash] })).toEqual([]);
  });
});

describe('describeConflict', () => {
  it('says which two learners clash, on this computer, and how to keep both', () => {
    expect(describeConflict({ kind: 'learner', learnerId: 'l-1', storedName: 'Ade', importedName: 'Maureen' })).toBe(
      'Maureen in the file and Ade on this computer are saved as the same person, but their details are different. Press Keep both to keep both.',
    );
  });

  it('names the day of a session that clashes as people say it', () => {
    expect(describeConflict({ kind: 'session', sessionId: 's-1', learnerName: 'Maureen', date: '2025-05-03' })).toBe(
      'The session with Maureen on 3 May 2025 is different on this computer. Press Keep both to keep both.',
    );
  });
});
