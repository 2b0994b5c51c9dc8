import { useLayoutEffect, useRef } from 'preact/hooks';
import type { LearningPath } from '../../paths/learning-path.ts';
import { useRunTime } from '../run-time.tsx';
import { CarePlanView } from './care-plan-view.tsx';
import { planContents } from './plan-contents.ts';
import type { CarePlanStore } from './care-plan-store.ts';

interface CarePlanSoFarProps {
  plan: CarePlanStore;
  paths: readonly LearningPath[];
  name: string;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * At the start of the next session, the plan made last time, open to read together: what matters, what they
 * now use, what to practise, when this session was planned and the help chosen. Today adds to it, and the
 * handover note prints it again. Nothing shows before a learner's first plan.
 */
export function CarePlanSoFar({ plan, paths, name }: CarePlanSoFarProps) {
  const { now } = useRunTime();
  const heading = useRef<HTMLHeadingElement>(null);
  const saved = plan.fromBefore.value;
  const shown = saved !== undefined;
  // Read out once, when it first opens in a session: coming back from a path goes to "What matters" as before.
  useLayoutEffect(() => {
    if (shown && !plan.seen.peek()) {
      plan.seen.value = true;
      heading.current?.focus();
    }
  }, [shown]);
  if (saved === undefined) return null;
  const contents = planContents(plan.progress.value, paths, now());
  return (
    <section class="sp-care-plan sp-care-plan--so-far" aria-labelledby="sp-plan-so-far-heading">
      <h2 class="sp-title" id="sp-plan-so-far-heading" tabIndex={-1} ref={heading}>
        {name}'s plan so far
      </h2>
      <p class="sp-hint">
        Last changed on {DAY.format(new Date(saved.updatedAt))}. Look at it together. What you do today is added to it,
        and it prints again at the end.
      </p>
      <CarePlanView plan={saved} contents={contents} withCodes={false} />
    </section>
  );
}
