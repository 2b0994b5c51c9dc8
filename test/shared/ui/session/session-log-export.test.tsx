import { describe, expect, it, vi } from 'vitest';
import { storeFailure } from '../../../../shared/store/store-result.ts';
import { SessionLogExport } from '../../../../shared/ui/session/session-log-export.tsx';
import { RunTimeProvider } from '../../../../shared/ui/run-time.tsx';
import { examplePath } from '../../paths/example-path.ts';
import { openTestStore, TEST_NOW, valueOf } from '../../store/test-store.ts';
import { nameOf, press, show } from '../render-for-test.tsx';

async function storeWithSessions() {
  const store = await openTestStore();
  const sam = valueOf(await store.addLearner('Sam'));
  valueOf(
    await store.saveSession({
      learnerId: sam.id,
      date: '2025-06-30',
      pathIds: ['example-path'],
      outcomes: [{ pathId: 'example-path', stepId: 'first', outcome: 'done' }],
    }),
  );
  valueOf(await store.saveSession({ learnerId: sam.id, date: '2025-07-01', pathIds: [], outcomes: [] }));
  return store;
}

describe('downloading the session log for funders', () => {
  it('says what is in it, with no names, before anything is downloaded', async () => {
    const root = await show(
      <RunTimeProvider value={{ now: () => TEST_NOW }}>
        <SessionLogExport store={await storeWithSessions()} paths={[examplePath()]} saveFile={() => undefined} />
      </RunTimeProvider>,
    );
    expect(nameOf(root.querySelector('summary')!)).toBe('Session log for funders');
    expect(root.textContent).toContain('It has no names, notes or postcodes, so you can share it with funders.');
  });

  it('downloads a spreadsheet of counts by month, naming paths by title and never the learner', async () => {
    const files: { fileName: string; text: string; type: string }[] = [];
    const root = await show(
      <RunTimeProvider value={{ now: () => TEST_NOW }}>
        <SessionLogExport
          store={await storeWithSessions()}
          paths={[examplePath()]}
          saveFile={(fileName, text, type) => files.push({ fileName, text, type })}
        />
      </RunTimeProvider>,
    );
    await press(root, 'Download for a spreadsheet (CSV)');
    await vi.waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]?.fileName).toBe('signpost-session-log-2025-06-30.csv');
    expect(files[0]?.type).toBe('text/csv');
    expect(files[0]?.text).toContain('2025-06,Say hello,1,,1,0,0');
    expect(files[0]?.text).toContain('2025-07,All paths,1,1,0,0,0');
    expect(files[0]?.text).not.toContain('Sam');
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe(
        'Signpost saved the session log (2 sessions) in the file signpost-session-log-2025-06-30.csv.',
      ),
    );
  });

  it('downloads the same counts as JSON', async () => {
    const files: string[] = [];
    const root = await show(
      <RunTimeProvider value={{ now: () => TEST_NOW }}>
        <SessionLogExport
          store={await storeWithSessions()}
          paths={[examplePath()]}
          saveFile={(_name, text) => files.push(text)}
        />
      </RunTimeProvider>,
    );
    await press(root, 'Download as JSON');
    await vi.waitFor(() => expect(files).toHaveLength(1));
    expect(
      JSON.parse(files[0]!).months.map((month: { month: string; sessions: number }) => [month.month, month.sessions]),
    ).toEqual([
      ['2025-06', 1],
      ['2025-07', 1],
    ]);
  });

  it('downloads skills gained and "Was this clear?" counts, and nothing personal from the learner, their plan or notes', async () => {
    const store = await openTestStore();
    const sam = valueOf(await store.addLearner('Samira'));
    valueOf(
      await store.saveSession({
        learnerId: sam.id,
        date: '2025-06-30',
        pathIds: ['example-path'],
        outcomes: [{ pathId: 'example-path', stepId: 'first', outcome: 'done' }],
        skillsGained: [{ pathId: 'example-path', area: 'communicating', for: 'life' }],
        notes: 'Worried about her grandson',
        outcode: 'S11 8YA',
        helperOrganisation: 'Riverside Surgery',
      }),
    );
    valueOf(
      await store.saveCarePlan({
        learnerId: sam.id,
        whatMatters: { choices: ['keeping-in-touch'], inTheirWords: 'Photos of Leo in Leeds' },
        places: [{ id: 'library', name: 'Firth Park Library' }],
      }),
    );
    valueOf(await store.countStepFeedback('example-path', 'second', false));
    const files: string[] = [];
    const root = await show(
      <RunTimeProvider value={{ now: () => TEST_NOW }}>
        <SessionLogExport store={store} paths={[examplePath()]} saveFile={(_name, text) => files.push(text)} />
      </RunTimeProvider>,
    );
    await press(root, 'Download for a spreadsheet (CSV)');
    await press(root, 'Download as JSON');
    await vi.waitFor(() => expect(files).toHaveLength(2));
    expect(files[0]).toContain('Skills gained: Communicating');
    expect(files[0]).toContain('2025-06,Say hello,1,,1,0,0,1,,1,');
    expect(JSON.parse(files[1]!).allMonths.skills.byArea.communicating).toBe(1);
    expect(JSON.parse(files[1]!).months[0].paths[0].steps).toEqual([{ step: 'Wave', clear: { yes: 0, notReally: 1 } }]);
    for (const file of files) {
      for (const personal of ['Samira', sam.id, 'grandson', 'S11', 'Riverside', 'Leo', 'Leeds', 'Firth Park'])
        expect(file).not.toContain(personal);
    }
  });

  it('says plainly when the sessions cannot be read, and downloads nothing', async () => {
    const store = await storeWithSessions();
    vi.spyOn(store, 'listSessions').mockResolvedValue(storeFailure('failed'));
    const files: string[] = [];
    const root = await show(
      <RunTimeProvider value={{ now: () => TEST_NOW }}>
        <SessionLogExport store={store} paths={[examplePath()]} saveFile={(name) => files.push(name)} />
      </RunTimeProvider>,
    );
    await press(root, 'Download as JSON');
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe(
        'Something went wrong, so this was not saved. Please try again.',
      ),
    );
    expect(files).toEqual([]);
  });
});
