import { browser } from 'wxt/browser';
import { lastSession, resumeRequested } from '../../extension/settings.ts';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import type { LearnerStore } from '../../shared/store/open-learner-store.ts';
import type { StoreResult } from '../../shared/store/store-result.ts';
import { openSidePanel } from './open-side-panel.ts';

export interface PopupServices {
  /** The paths, to name the last one; read after the button is drawn (they are most of the extension's bytes). */
  paths: () => Promise<readonly LearningPath[]>;
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
async function lastLearner({ paths, openLearners }: PopupServices): Promise<LastLearner | undefined> {
  const session = await lastSession.get();
  if (session === null) return undefined;
  const store = await openLearners();
  if (!store.ok) return undefined;
  const learners = await store.value.listLearners();
  store.value.close();
  const learner = learners.ok ? learners.value.find((candidate) => candidate.id === session.learnerId) : undefined;
  if (learner === undefined) return undefined;
  const path = (await paths()).find((candidate) => candidate.id === session.pathId);
  return { name: learner.name, pathTitle: path?.title };
}

/** An element with its class and words; words go in as text, never markup. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), { className, textContent: text });
}

function button(className: string, text: string, onPress: () => void): HTMLButtonElement {
  const made = Object.assign(element('button', className, text), { type: 'button' });
  made.addEventListener('click', onPress);
  return made;
}

/**
 * The toolbar button's popup, drawn into `root`: open Signpost, or carry on with the last person's session.
 * Plain DOM rather than Preact: it is two buttons, and the popup's first screen has a 10 KB budget
 * (scripts/check-extension-size.ts), of which Preact alone would take more than half.
 */
export function drawPopup(root: HTMLElement, services: PopupServices): void {
  const { close = () => window.close() } = services;
  const alert = element('div', '');
  alert.setAttribute('role', 'alert');
  // Found before any click: opening the panel must not wait for anything once clicked.
  let windowId: number = browser.windows.WINDOW_ID_CURRENT;
  browser.windows
    .getCurrent()
    .then((current) => {
      if (current.id !== undefined) windowId = current.id;
    })
    .catch(() => undefined);

  async function open(resume: boolean) {
    alert.replaceChildren();
    const opening = openSidePanel(windowId);
    if (resume) await resumeRequested.set(true).catch(() => undefined);
    if (await opening) {
      close();
      return;
    }
    if (resume) await resumeRequested.set(false).catch(() => undefined);
    alert.append(element('p', 'sp-error-message', CANNOT_OPEN));
  }

  const openButton = button('sp-button', 'Open Signpost', () => void open(false));
  const main = element('main', 'sp-root sp-popup');
  main.append(element('h1', 'sp-title', 'Signpost'), openButton, alert);
  root.replaceChildren(main);

  void lastLearner(services).then((last) => {
    if (last === undefined) return;
    const carryOn = button('sp-secondary-button', `Carry on with ${last.name}'s last session`, () => void open(true));
    const hint =
      last.pathTitle === undefined ? [] : [element('p', 'sp-hint', `They were learning: ${last.pathTitle}.`)];
    openButton.after(carryOn, ...hint);
  });
}
