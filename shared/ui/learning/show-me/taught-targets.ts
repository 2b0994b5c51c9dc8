import { signal } from '@preact/signals';
import type { StepFix } from '../../../paths/step-fix.ts';
import type { OrganisationStore } from '../../../store/organisation-store.ts';
import type { FixSaved, TaughtTargets } from '../../services.ts';

type FixStore = Pick<OrganisationStore, 'listFixes' | 'saveFix' | 'removeFix' | 'seenWorking'>;

/** A day as fixes keep it, like 2026-12-06, in UK time. */
export function dayOf(date: Date): string {
  return date.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

/**
 * The organisation's fixes for the side panel: read from `store` by `load` (and again whenever another
 * page changed them), held as a signal so Show me follows a fix kept or forgotten at once. "Last seen
 * working" is written at most once a day per fix, so Show me never waits on the disk.
 */
export function createTaughtTargets(store: FixStore, now: () => Date = () => new Date()) {
  const fixes = signal<readonly StepFix[]>([]);

  async function load(): Promise<void> {
    const listed = await store.listFixes();
    if (listed.ok) fixes.value = listed.value;
  }

  const sameStep = (pathId: string, stepId: string) => (fix: StepFix) => fix.pathId === pathId && fix.stepId === stepId;

  const taught: TaughtTargets = {
    fixFor: (pathId, stepId) => fixes.value.find(sameStep(pathId, stepId)),
    async keep(fix): Promise<FixSaved> {
      const saved = await store.saveFix(fix);
      if (!saved.ok) return saved;
      fixes.value = [...fixes.value.filter((other) => !sameStep(fix.pathId, fix.stepId)(other)), fix];
      return { ok: true };
    },
    async forget(pathId, stepId): Promise<FixSaved> {
      const removed = await store.removeFix(pathId, stepId);
      if (!removed.ok) return removed;
      fixes.value = fixes.value.filter((fix) => !sameStep(pathId, stepId)(fix));
      return { ok: true };
    },
    seenWorking(pathId, stepId) {
      const day = dayOf(now());
      const fix = fixes.peek().find(sameStep(pathId, stepId));
      if (fix === undefined || fix.lastSeenWorking === day) return;
      fixes.value = fixes.peek().map((other) => (other === fix ? { ...fix, lastSeenWorking: day } : other));
      void store.seenWorking(pathId, stepId, day);
    },
  };
  return { ...taught, fixes, load };
}
