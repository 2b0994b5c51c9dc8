import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { lastSession, resumeRequested } from '../../extension/settings.ts';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import type { LearnerStore } from '../../shared/store/open-learner-store.ts';
import type { StoreResult } from '../../shared/store/store-result.ts';
import { openSidePanel } from './open-side-panel.ts';

interface PopupAppProps {
  paths: readonly LearningPath[];
  openLearners: () => Promise<StoreResult<LearnerStore>>;
  /** Closes the popup once the panel is open; tests pass their own. */
  close?: () => void;
}

interface LastLearner {
  name: string;
  pathTitle?: string;
}

const CANNOT_OPEN = "Signpost's side panel did not open. Open it from your browser's side panel or sidebar menu.";

/** Who was learning last time, when they are still saved on this computer. */
async function lastLearner(
  paths: readonly LearningPath[],
  openLearners: PopupAppProps['openLearners'],
): Promise<LastLearner | undefined> {
  const session = await lastSession.get();
  if (session === null) return undefined;
  const store = await openLearners();
  if (!store.ok) return undefined;
  const learners = await store.value.listLearners();
  store.value.close();
  const learner = learners.ok ? learners.value.find((candidate) => candidate.id === session.learnerId) : undefined;
  if (learner === undefined) return undefined;
  return { name: learner.name, pathTitle: paths.find((path) => path.id === session.pathId)?.title };
}

/** The toolbar button's popup: open Signpost, or carry on with the last person's session. */
export function PopupApp({ paths, openLearners, close = () => window.close() }: PopupAppProps) {
  const last = useSignal<LastLearner | undefined>(undefined);
  const problem = useSignal<string | undefined>(undefined);
  // Found before any click: opening the panel must not wait for anything once clicked.
  const windowId = useRef<number>(browser.windows.WINDOW_ID_CURRENT);
  useEffect(() => {
    browser.windows
      .getCurrent()
      .then((current) => {
        if (current.id !== undefined) windowId.current = current.id;
      })
      .catch(() => undefined);
    void lastLearner(paths, openLearners).then((found) => (last.value = found));
  }, []);

  async function open(resume: boolean) {
    problem.value = undefined;
    const opening = openSidePanel(windowId.current);
    if (resume) await resumeRequested.set(true).catch(() => undefined);
    if (await opening) {
      close();
      return;
    }
    if (resume) await resumeRequested.set(false).catch(() => undefined);
    problem.value = CANNOT_OPEN;
  }

  const learner = last.value;
  return (
    <main class="sp-root sp-popup">
      <h1 class="sp-title">Signpost</h1>
      <button type="button" class="sp-button" onClick={() => void open(false)}>
        Open Signpost
      </button>
      {learner !== undefined && (
        <>
          <button type="button" class="sp-secondary-button" onClick={() => void open(true)}>
            Carry on with {learner.name}'s last session
          </button>
          {learner.pathTitle !== undefined && <p class="sp-hint">They were learning: {learner.pathTitle}.</p>}
        </>
      )}
      <div role="alert">{problem.value && <p class="sp-error-message">{problem.value}</p>}</div>
    </main>
  );
}
