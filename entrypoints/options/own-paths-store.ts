import { signal } from '@preact/signals';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import type { PathProblem } from '../../shared/paths/path-problem.ts';
import type { StepFix } from '../../shared/paths/step-fix.ts';
import type { OrganisationStore, SavedPath } from '../../shared/store/organisation-store.ts';
import {
  copyOfBuiltIn,
  draftFromJson,
  emptyPath,
  freeId,
  idFrom,
  jsonFromDraft,
  type PathDraft,
} from './path-draft.ts';

/** Bigger than any real file of paths (each path is a few KB): refuse before reading a huge file into memory. */
const MOST_FILE_BYTES = 5 * 1024 * 1024;

export interface OwnPathsServices {
  store: OrganisationStore;
  builtIn: readonly LearningPath[];
  /** The organisation's name, as saved on this page: marks its paths, and names the file. */
  organisationName: () => Promise<string>;
  /** Tells an open side panel the paths or fixes changed; false when it could not be told. */
  announce: () => Promise<boolean>;
  saveFile: (fileName: string, text: string) => void;
  now: () => Date;
}

export interface Editing {
  draft: PathDraft;
  /** True until first saved: its id is made from its title then. */
  isNew: boolean;
}

/** Something in a file that is already on this computer, and which the curator chose to keep. */
export interface Clash {
  kind: 'path' | 'fix';
  /** The path's id, or "pathId/stepId" for a fix. */
  key: string;
  /** In plain words: "Our library app" or "Ordering a repeat prescription, step 2". */
  words: string;
  keep: 'mine' | 'file';
}

export interface ImportPlan {
  fileName: string;
  organisation: string;
  paths: LearningPath[];
  fixes: StepFix[];
  problems: PathProblem[];
  clashes: Clash[];
}

const REOPEN_PANEL = ' If the side panel is open, close it and open it again to see the change.';

/** A day like 2026-12-06, in UK time. */
const dayOf = (date: Date) => date.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/** The editor's name for each field a check may name. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  id: 'Id',
  title: 'Title',
  goal: 'Goal',
  minutes: 'Minutes',
  say: 'What to say',
  helperTip: 'Tip for the helper',
  ifStuck: 'If they are stuck',
  ifMissing: "If they don't have it",
  whyHandsOff: 'Why the helper steps back',
  onPage: 'Web address',
  next: 'Paths to learn next',
};

/** "steps[2] (type-email).ifStuck.say" → "Step 3, If they are stuck": where a problem is, in the editor's words. */
export function plainWhere(where: string): string {
  const parts = where.split('.').map((part) => {
    const numbered = /^(steps|needs)\[(\d+)\]/.exec(part);
    if (numbered) return `${numbered[1] === 'steps' ? 'Step' : 'Need'} ${Number(numbered[2]) + 1}`;
    return FIELD_WORDS[part] ?? part;
  });
  // "If they are stuck, What to say": the box is called "If they are stuck".
  return parts
    .filter((part, index) => !(part === 'What to say' && index > 0 && /^If /.test(parts[index - 1]!)))
    .join(', ');
}

/**
 * The organisation's own paths and fixes on the options page: listed from the device, made or copied,
 * edited and checked with the rules of `signpost check-path`, shared as one file and opened from one.
 * A path is saved even with problems (so nothing typed is lost) and offered to learners only when ready.
 */
export function createOwnPathsStore(services: OwnPathsServices) {
  const { store, builtIn, now } = services;
  const saved = signal<readonly SavedPath[]>([]);
  const fixes = signal<readonly StepFix[]>([]);
  const editing = signal<Editing | undefined>(undefined);
  /** What the check found at the last save of the path being edited. */
  const problems = signal<readonly PathProblem[]>([]);
  /** What the last action did, in plain words; and why one failed. */
  const said = signal<string | undefined>(undefined);
  const problem = signal<string | undefined>(undefined);
  const importing = signal<ImportPlan | undefined>(undefined);

  const ownIds = () => new Set(saved.value.map((path) => path.id));
  const takenIds = () => new Set([...builtIn.map((path) => path.id), ...ownIds()]);

  function forgetMessages(): void {
    said.value = undefined;
    problem.value = undefined;
  }

  async function load(): Promise<void> {
    const [paths, taught] = await Promise.all([store.listPaths(), store.listFixes()]);
    if (paths.ok) saved.value = paths.value;
    if (taught.ok) fixes.value = taught.value;
    const failed = [paths, taught].find((result) => !result.ok);
    if (failed && !failed.ok) problem.value = failed.message;
  }

  async function told(what: string): Promise<string> {
    return (await services.announce()) ? what : `${what}${REOPEN_PANEL}`;
  }

  function startNew(): void {
    forgetMessages();
    problems.value = [];
    editing.value = { draft: emptyPath(), isNew: true };
  }

  function startCopy(pathId: string): void {
    const path = builtIn.find((candidate) => candidate.id === pathId);
    if (path === undefined) return;
    forgetMessages();
    problems.value = [];
    editing.value = {
      draft: copyOfBuiltIn(path, fixes.value, freeId(`${path.id}-our-copy`, takenIds())),
      isNew: false,
    };
  }

  function edit(pathId: string): void {
    const path = saved.value.find((candidate) => candidate.id === pathId);
    if (path === undefined) return;
    forgetMessages();
    problems.value = [];
    editing.value = { draft: draftFromJson(path.json), isNew: false };
  }

  function stopEditing(): void {
    editing.value = undefined;
    problems.value = [];
  }

  /** Changes the draft being edited: `change` edits a copy, which then replaces it. */
  function change(update: (draft: PathDraft) => void): void {
    const current = editing.value;
    if (current === undefined) return;
    const draft = structuredClone(current.draft);
    update(draft);
    editing.value = { ...current, draft };
  }

  /** Checks the draft with the rules of `signpost check-path` (loaded now: the readability libraries load only here) and saves it. */
  async function saveDraft(): Promise<void> {
    const current = editing.value;
    if (current === undefined) return;
    forgetMessages();
    const draft = current.isNew
      ? { ...current.draft, id: freeId(idFrom(current.draft.title, 'our-path'), takenIds()) }
      : current.draft;
    const json = jsonFromDraft(draft, dayOf(now()), (await services.organisationName()).trim());
    const { checkPath } = await import('../../shared/paths/check-path.ts');
    const knownPathIds = [...takenIds(), draft.id];
    const check = checkPath(json, { knownPathIds, metAlone: false });
    const clash = builtIn.some((path) => path.id === draft.id);
    const found = [
      ...(check.ok ? [] : check.problems),
      ...(clash ? [{ where: 'id', message: 'A path that comes with Signpost has this id.' }] : []),
    ];
    const record: SavedPath = { id: draft.id, json, savedAt: now().toISOString(), ready: found.length === 0 };
    const result = await store.savePath(record);
    if (!result.ok) {
      problem.value = result.message;
      return;
    }
    saved.value = [...saved.value.filter((path) => path.id !== record.id), record].sort((a, b) =>
      a.id < b.id ? -1 : 1,
    );
    editing.value = { draft, isNew: false };
    problems.value = found;
    said.value = await told(
      found.length === 0
        ? `Saved. "${draft.title.trim()}" is ready: the side panel offers it now.`
        : `Saved, but not ready yet. Learners won't see it until you fix ${found.length === 1 ? 'the problem' : `the ${found.length} problems`} below and save again.`,
    );
  }

  async function removePath(pathId: string): Promise<void> {
    forgetMessages();
    const result = await store.removePath(pathId);
    if (!result.ok) {
      problem.value = result.message;
      return;
    }
    saved.value = saved.value.filter((path) => path.id !== pathId);
    said.value = await told('Removed.');
  }

  async function removeFix(pathId: string, stepId: string): Promise<void> {
    forgetMessages();
    const result = await store.removeFix(pathId, stepId);
    if (!result.ok) {
      problem.value = result.message;
      return;
    }
    fixes.value = fixes.value.filter((fix) => fix.pathId !== pathId || fix.stepId !== stepId);
    said.value = await told('Removed. Show me uses the built-in step again.');
  }

  /** Saves the ready paths and every fix as one file; paths not ready yet are left out, and named. */
  async function saveToFile(): Promise<void> {
    forgetMessages();
    const { buildOrganisationFile } = await import('../../shared/paths/organisation-file.ts');
    const organisation = (await services.organisationName()).trim();
    const ready = saved.value.filter((path) => path.ready);
    const file = buildOrganisationFile(
      organisation,
      ready.map((path) => path.json as LearningPath),
      fixes.value,
      now(),
    );
    const fileName = `signpost-paths-${file.exported}.json`;
    services.saveFile(fileName, JSON.stringify(file, null, 2));
    const left = saved.value
      .filter((path) => !path.ready)
      .map((path) => `"${draftFromJson(path.json).title || path.id}"`);
    said.value = `Signpost saved ${ready.length} ${ready.length === 1 ? 'path' : 'paths'} and ${fixes.value.length} ${fixes.value.length === 1 ? 'fix' : 'fixes'} in the file ${fileName}.${left.length > 0 ? ` Not ready yet, so left out: ${left.join(', ')}.` : ''}`;
  }

  /** Reads a file of paths and fixes into a report (importing), saving nothing until "Save". */
  async function chooseFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<void> {
    forgetMessages();
    importing.value = undefined;
    if (file.size > MOST_FILE_BYTES) {
      problem.value = `${file.name} is too big to be a file of paths (over 5 MB). Choose the file Signpost saved.`;
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      problem.value = `${file.name} is not a file of Signpost paths: Signpost can't read it. Choose the file Signpost saved.`;
      return;
    }
    const [{ checkOrganisationFile }, { checkPath }] = await Promise.all([
      import('../../shared/paths/organisation-file.ts'),
      import('../../shared/paths/check-path.ts'),
    ]);
    const checked = checkOrganisationFile(json, builtIn, checkPath);
    const titleOf = (pathId: string) =>
      [...builtIn, ...checked.paths].find((path) => path.id === pathId)?.title ?? pathId;
    const clashes: Clash[] = [
      ...checked.paths
        .filter((path) => ownIds().has(path.id))
        .map((path): Clash => ({ kind: 'path', key: path.id, words: path.title, keep: 'mine' })),
      ...checked.fixes
        .filter((fix) => fixes.value.some((mine) => mine.pathId === fix.pathId && mine.stepId === fix.stepId))
        .map((fix): Clash => {
          const path = [...builtIn, ...checked.paths].find((each) => each.id === fix.pathId);
          const number = (path?.steps.findIndex((step) => step.id === fix.stepId) ?? -1) + 1;
          return {
            kind: 'fix',
            key: `${fix.pathId}/${fix.stepId}`,
            words: `${titleOf(fix.pathId)}, step ${number}`,
            keep: 'mine',
          };
        }),
    ];
    importing.value = { fileName: file.name, ...checked, clashes };
  }

  function keepInClash(key: string, keep: Clash['keep']): void {
    const plan = importing.value;
    if (plan === undefined) return;
    importing.value = {
      ...plan,
      clashes: plan.clashes.map((clash) => (clash.key === key ? { ...clash, keep } : clash)),
    };
  }

  async function saveImport(): Promise<void> {
    const plan = importing.value;
    if (plan === undefined) return;
    forgetMessages();
    const keepMine = new Set(plan.clashes.filter((clash) => clash.keep === 'mine').map((clash) => clash.key));
    const paths = plan.paths
      .filter((path) => !keepMine.has(path.id))
      .map((path): SavedPath => ({ id: path.id, json: path, savedAt: now().toISOString(), ready: true }));
    const taught = plan.fixes.filter((fix) => !keepMine.has(`${fix.pathId}/${fix.stepId}`));
    const result = await store.saveTogether(paths, taught);
    if (!result.ok) {
      problem.value = result.message;
      return;
    }
    importing.value = undefined;
    await load();
    said.value = await told(
      `Saved ${paths.length} ${paths.length === 1 ? 'path' : 'paths'} and ${taught.length} ${taught.length === 1 ? 'fix' : 'fixes'} from ${plan.fileName}.`,
    );
  }

  function cancelImport(): void {
    forgetMessages();
    importing.value = undefined;
  }

  return {
    saved,
    fixes,
    editing,
    problems,
    said,
    problem,
    importing,
    builtIn,
    load,
    startNew,
    startCopy,
    edit,
    stopEditing,
    change,
    saveDraft,
    removePath,
    removeFix,
    saveToFile,
    chooseFile,
    keepInClash,
    saveImport,
    cancelImport,
  };
}

export type OwnPathsStore = ReturnType<typeof createOwnPathsStore>;
