import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { drawPopup } from '../../../entrypoints/popup/popup-app.ts';
import { lastSession, resumeRequested } from '../../../extension/settings.ts';
import { openLearnerStore } from '../../../shared/store/open-learner-store.ts';
import { examplePath } from '../../shared/paths/example-path.ts';
import { freshDatabaseName, TEST_NOW, valueOf } from '../../shared/store/test-store.ts';
import { buttonCalled, press } from '../../shared/ui/render-for-test.tsx';

type Open = () => Promise<void>;
/** The fake browser has Firefox's sidebarAction (without open) and no sidePanel: each test says which this browser has. */
const browserApis = fakeBrowser as unknown as { sidePanel?: { open?: Open }; sidebarAction: { open?: Open } };
const originalSidebarOpen = browserApis.sidebarAction.open;

/** This browser's panel APIs: Chrome's side panel, Firefox's sidebar, or neither. */
function givenBrowser({ sidePanelOpen, sidebarOpen }: { sidePanelOpen?: Open; sidebarOpen?: Open }) {
  const sidePanel = sidePanelOpen && vi.fn(sidePanelOpen);
  const sidebar = sidebarOpen && vi.fn(sidebarOpen);
  if (sidePanel) browserApis.sidePanel = { open: sidePanel };
  browserApis.sidebarAction.open = sidebar;
  return { sidePanel, sidebar };
}

const opens = () => Promise.resolve();

async function showPopup(databaseName = freshDatabaseName()) {
  const close = vi.fn();
  const root = document.body.appendChild(document.createElement('div'));
  drawPopup(root, {
    paths: async () => [examplePath()],
    openLearners: () => openLearnerStore({ databaseName, now: () => TEST_NOW }),
    close,
  });
  return { root, close };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({
    id: 7,
    focused: true,
    incognito: false,
    alwaysOnTop: false,
  } as Awaited<ReturnType<typeof fakeBrowser.windows.getCurrent>>);
});

afterEach(() => {
  document.body.replaceChildren();
  delete browserApis.sidePanel;
  browserApis.sidebarAction.open = originalSidebarOpen;
  vi.restoreAllMocks();
});

describe('the popup', () => {
  it("opens Chrome's side panel in this window, then closes", async () => {
    const browser = givenBrowser({ sidePanelOpen: opens });
    const { root, close } = await showPopup();
    await press(root, 'Open Signpost');
    expect(browser.sidePanel).toHaveBeenCalledWith({ windowId: 7 });
    expect(close).toHaveBeenCalledOnce();
  });

  it("opens Firefox's sidebar where there is no side panel", async () => {
    const browser = givenBrowser({ sidebarOpen: opens });
    const { root, close } = await showPopup();
    await press(root, 'Open Signpost');
    expect(browser.sidebar).toHaveBeenCalledOnce();
    expect(close).toHaveBeenCalledOnce();
  });

  it('says what to do, and stays open, when this browser can open neither', async () => {
    givenBrowser({});
    const { root, close } = await showPopup();
    await press(root, 'Open Signpost');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      "Open it from your browser's side panel or sidebar menu.",
    );
    expect(close).not.toHaveBeenCalled();
  });

  it('offers no carry on when there is no last session', async () => {
    givenBrowser({ sidePanelOpen: opens });
    const { root } = await showPopup();
    expect(buttonCalled(root, 'Open Signpost')).toBeDefined();
    expect(root.textContent).not.toContain('Carry on');
  });

  it("carries on with the last learner's session: asks the panel to resume and opens it", async () => {
    const browser = givenBrowser({ sidePanelOpen: opens });
    const databaseName = freshDatabaseName();
    const store = valueOf(await openLearnerStore({ databaseName, now: () => TEST_NOW }));
    const sam = valueOf(await store.addLearner('Sam'));
    await lastSession.set({ learnerId: sam.id, pathId: 'example-path' });
    const { root, close } = await showPopup(databaseName);
    await vi.waitFor(() => expect(buttonCalled(root, "Carry on with Sam's last session")).toBeDefined());
    expect(root.textContent).toContain('They were learning: Say hello.');
    await press(root, "Carry on with Sam's last session");
    expect(browser.sidePanel).toHaveBeenCalledWith({ windowId: 7 });
    expect(await resumeRequested.get()).toBe(true);
    expect(close).toHaveBeenCalledOnce();
  });

  it('takes back the request to resume when the panel does not open', async () => {
    givenBrowser({
      sidePanelOpen: () =>
        Promise.reject(new Error('sidePanel.open() may only be called in response to a user gesture.')),
    });
    const databaseName = freshDatabaseName();
    const store = valueOf(await openLearnerStore({ databaseName, now: () => TEST_NOW }));
    const sam = valueOf(await store.addLearner('Sam'));
    await lastSession.set({ learnerId: sam.id });
    const { root, close } = await showPopup(databaseName);
    await vi.waitFor(() => expect(buttonCalled(root, "Carry on with Sam's last session")).toBeDefined());
    await press(root, "Carry on with Sam's last session");
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('did not open'));
    expect(await resumeRequested.get()).toBe(false);
    expect(close).not.toHaveBeenCalled();
  });

  it('offers no carry on when the last learner has been erased', async () => {
    givenBrowser({ sidePanelOpen: opens });
    await lastSession.set({ learnerId: 'someone-erased' });
    const { root } = await showPopup();
    await new Promise((done) => setTimeout(done, 50));
    expect(root.textContent).not.toContain('Carry on');
  });
});
