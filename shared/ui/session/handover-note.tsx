import { signal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { LearningPath, StepOutcome } from '../../paths/learning-path.ts';
import type { ChosenPlace } from '../../store/care-plan.ts';
import type { Progress } from '../../store/progress.ts';
import type { SupportResults } from '../services.ts';
import type { FinderStore } from '../finder/finder-store.ts';
import { hasLocalHelp, LocalHelpList } from '../finder/local-help-list.tsx';
import { useFocusOnChange } from '../kit/use-focus-on-change.ts';
import { useRunTime } from '../run-time.tsx';
import { CarePlanView } from './care-plan-view.tsx';
import { planContents } from './plan-contents.ts';
import { planHandover, type PathToday } from './plan-handover.ts';
import type { SessionStore } from './session-store.ts';

interface HandoverNoteProps {
  session: SessionStore;
  paths: readonly LearningPath[];
  finder: FinderStore;
  /** The resident's first name or nickname; absent for practice. */
  name?: string;
  /** The helper's organisation, from the options page; blank when not set. */
  organisation?: string;
  /** Where the note's "Find local help" link goes, e.g. the finder on the same page. */
  findHref: string;
  onNextPerson: () => void;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Paths listed under "What we did today": the note must print on two pages. */
const MOST_PATHS_TODAY = 4;

const OUTCOME_WORDS: readonly [StepOutcome, string][] = [
  ['done', 'on your own'],
  ['needed-help', 'with help'],
  ['skipped', 'skipped'],
];

/** "3 steps on your own, 1 step with help." Only the outcomes that happened. */
function howItWent({ today }: PathToday): string {
  const parts = OUTCOME_WORDS.filter(([outcome]) => today[outcome] > 0).map(
    ([outcome, words]) => `${today[outcome]} ${today[outcome] === 1 ? 'step' : 'steps'} ${words}`,
  );
  return `${parts.join(', ')}.`;
}

/** The finder as the note lists it: its last results less the places already on the plan, so none is listed twice. */
function finderLeavingOut(finder: FinderStore, places: readonly ChosenPlace[]): FinderStore {
  const results = finder.results.value;
  if (!results?.ok || places.length === 0) return finder;
  const onPlan = (id: string) => places.some((place) => place.id === id);
  const left: SupportResults = {
    ...results,
    nearby: results.nearby.filter(({ resource }) => !onPlan(resource.id)),
    remote: results.remote.filter(({ resource }) => !onPlan(resource.id)),
  };
  return { ...finder, results: signal(left) };
}

/**
 * The end of a session: the learner's digital care plan, printed in large type to take home and opened again
 * at their next session. What matters to them, what we did today, what they now use, what to practise, what
 * is next and when, help near them (chosen for them, then the finder's last search), how to reach the
 * organisation and the codes to carry on at home. On screen it also says whether the session and the plan
 * were saved on this computer.
 */
export function HandoverNote({
  session,
  paths,
  finder,
  name,
  organisation,
  findHref,
  onNextPerson,
}: HandoverNoteProps) {
  const { now, print } = useRunTime();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, 'handover');
  const today = planHandover(session.work.value, paths, now());
  const plan = session.plan.saved.value ?? session.plan.planNow(session.onNote.value);
  // A learner's progress on every path; practice has only today's.
  const progress: readonly Progress[] =
    session.plan.progress.value.length > 0
      ? session.plan.progress.value
      : session.work.value.map(({ pathId, outcomes }) => ({ learnerId: 'practice', pathId, outcomes }));
  const contents = planContents(
    progress,
    paths,
    now(),
    today.paths.map(({ path }) => path.id),
  );
  const saved = session.saved.value;
  const planProblem = session.plan.problem.value;
  // The places on the plan are listed by the plan; the finder adds a few more that fit today's paths.
  const moreFinder = finderLeavingOut(finder, plan.places);
  const moreHelpListed = hasLocalHelp(moreFinder, today.helpCategories);
  return (
    <div class="sp-handover sp-care-plan">
      <h2 class="sp-title" tabIndex={-1} ref={heading}>
        {name ? `Digital plan for ${name}` : 'Digital plan'}
      </h2>
      <p>
        {DAY.format(now())}
        {organisation ? `. With ${organisation}.` : '.'}
      </p>
      <div role="status" class="sp-no-print">
        {saved && <p class={saved.ok ? 'sp-notice' : 'sp-error-message'}>{saved.message}</p>}
        {planProblem && <p class="sp-error-message">The plan was not saved: {planProblem}</p>}
      </div>
      {(saved?.ok === false || planProblem !== undefined) && (
        <button type="button" class="sp-secondary-button sp-no-print" onClick={() => void session.makeHandoverNote()}>
          Try saving again
        </button>
      )}

      <CarePlanView
        plan={plan}
        contents={contents}
        today={
          <>
            <h3 class="sp-subheading">What we did today</h3>
            {today.paths.length > 0 ? (
              <ul class="sp-handover__list">
                {today.paths.slice(0, MOST_PATHS_TODAY).map((worked) => (
                  <li key={worked.path.id}>
                    <strong>{worked.path.title}</strong>: {howItWent(worked)}{' '}
                    {worked.finished ? 'You finished it.' : 'Not finished yet.'}
                  </li>
                ))}
                {today.paths.length > MOST_PATHS_TODAY && (
                  <li>And {today.paths.length - MOST_PATHS_TODAY} more. Your helper has them all.</li>
                )}
              </ul>
            ) : (
              <p>We talked about what matters to you. We did not do a learning path today.</p>
            )}
          </>
        }
        // With places chosen for them, the plan lists those alone: the finder's would push it past two pages.
        moreHelp={
          plan.places.length < 2 ? (
            <LocalHelpList finder={moreFinder} categories={today.helpCategories} findHref={findHref} />
          ) : undefined
        }
        moreHelpListed={plan.places.length < 2 && moreHelpListed}
      />

      <div class="sp-finish__actions sp-no-print">
        <button type="button" class="sp-button" onClick={print}>
          Print the handover note
        </button>
        <button type="button" class="sp-secondary-button" onClick={session.changePlan}>
          Change the plan
        </button>
        <button type="button" class="sp-secondary-button" onClick={onNextPerson}>
          Start with the next person
        </button>
      </div>
    </div>
  );
}
