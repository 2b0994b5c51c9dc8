import { useRef } from 'preact/hooks';
import type { LearningPath, StepOutcome } from '../../paths/learning-path.ts';
import type { FinderStore } from '../finder/finder-store.ts';
import { hasLocalHelp, LocalHelpList } from '../finder/local-help-list.tsx';
import { ResumeCodeCard } from '../learning/player/resume-code-card.tsx';
import { useFocusOnChange } from '../kit/use-focus-on-change.ts';
import { useRunTime } from '../run-time.tsx';
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

/**
 * The end of a session, printed in large type for the resident to take home: what we did today, what to
 * practise, what next, help near them (places the helper chose, then the finder's last search) and the
 * codes to carry on. On screen it also says whether the session went into the learner's history.
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
  const plan = planHandover(session.work.value, paths, now());
  const saved = session.saved.value;
  const toPractise = plan.paths.flatMap(({ path, toPractise: steps }) => steps.map((step) => ({ path, step })));
  return (
    <div class="sp-handover">
      <h2 class="sp-title" tabIndex={-1} ref={heading}>
        {name ? `Handover note for ${name}` : 'Handover note'}
      </h2>
      <p>
        {DAY.format(now())}
        {organisation ? `. With ${organisation}.` : '.'}
      </p>
      <div role="status" class="sp-no-print">
        {saved && <p class={saved.ok ? 'sp-notice' : 'sp-error-message'}>{saved.message}</p>}
      </div>
      {saved?.ok === false && (
        <button type="button" class="sp-secondary-button sp-no-print" onClick={() => void session.saveToHistory()}>
          Try saving again
        </button>
      )}

      <h3 class="sp-subheading">What we did today</h3>
      {plan.paths.length > 0 ? (
        <ul class="sp-handover__list">
          {plan.paths.map((today) => (
            <li key={today.path.id}>
              <strong>{today.path.title}</strong>: {howItWent(today)}{' '}
              {today.finished ? 'You finished it.' : 'Not finished yet.'}
            </li>
          ))}
        </ul>
      ) : (
        <p>We talked about what matters to you. We did not do a learning path today.</p>
      )}

      {toPractise.length > 0 && (
        <>
          <h3 class="sp-subheading">Things to practise</h3>
          <ul class="sp-handover__list">
            {toPractise.map(({ path, step }) => (
              <li key={`${path.id}/${step.id}`}>
                {step.title} <span class="sp-handover__from">({path.title})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {plan.toFinish.length + plan.toTry.length > 0 && (
        <>
          <h3 class="sp-subheading">Next steps</h3>
          <ul class="sp-handover__list">
            {plan.toFinish.map((path) => (
              <li key={path.id}>Finish "{path.title}". Your code below takes you back to where you stopped.</li>
            ))}
            {plan.toTry.map((path) => (
              <li key={path.id}>
                Try "{path.title}": {path.goal}
              </li>
            ))}
          </ul>
        </>
      )}

      {/* With no places to list there is only a link to the finder, which is not printed: nor is its heading. */}
      <h3
        class={
          hasLocalHelp(finder, plan.helpCategories, session.onNote.value)
            ? 'sp-subheading'
            : 'sp-subheading sp-no-print'
        }
      >
        Help near you
      </h3>
      <LocalHelpList
        finder={finder}
        categories={plan.helpCategories}
        findHref={findHref}
        chosen={session.onNote.value}
      />

      {plan.paths.map(({ path, progress }) => (
        <div key={path.id} class="sp-handover__code">
          <p class="sp-handover__code-for">{path.title}</p>
          <ResumeCodeCard path={path} progress={progress} />
        </div>
      ))}

      <div class="sp-finish__actions sp-no-print">
        <button type="button" class="sp-button" onClick={print}>
          Print the handover note
        </button>
        <button type="button" class="sp-secondary-button" onClick={onNextPerson}>
          Start with the next person
        </button>
      </div>
    </div>
  );
}
