import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import type { StepOutcomes } from '../../../shared/store/progress.ts';
import type { LearningServices, ProgressSaved } from '../../../shared/ui/services.ts';

const roots: HTMLElement[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) {
    render(null, root);
    root.remove();
  }
});

/** Renders into a div on the page and waits for effects, as a browser would show it. */
export async function show(ui: VNode): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(() => render(ui, root));
  return root;
}

/** Text as a screen reader names it: whitespace tidied, aria-hidden parts (like a tick) left out. */
export function nameOf(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The button called `name`, or undefined when there is none. */
export function buttonCalled(root: HTMLElement, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((button) => nameOf(button) === name);
}

/** Clicks the button called `name` (failing the test if there is none) and waits for the page to update. */
export async function press(root: HTMLElement, name: string): Promise<void> {
  const button = buttonCalled(root, name);
  if (button === undefined)
    throw new Error(
      `No button called "${name}". Buttons: ${[...root.querySelectorAll('button')].map(nameOf).join(' | ')}`,
    );
  await act(async () => {
    button.click();
    // Let saves and loads started by the click settle.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Progress kept in memory, with every save written down, and saves that fail when asked to. */
export function recordingServices(saved: Record<string, StepOutcomes> = {}, failSaves = false) {
  const saves: { pathId: string; outcomes: StepOutcomes }[] = [];
  const services: LearningServices = {
    loadProgress: async (pathId) => ({ ok: true, outcomes: saved[pathId] ?? {} }),
    saveProgress: async (pathId, outcomes): Promise<ProgressSaved> => {
      if (failSaves)
        return { ok: false, message: 'Your device is full, so this was not saved. Free some space and try again.' };
      saves.push({ pathId, outcomes });
      saved[pathId] = outcomes;
      return { ok: true };
    },
  };
  return { services, saves };
}
