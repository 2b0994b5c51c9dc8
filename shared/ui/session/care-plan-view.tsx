import type { ComponentChildren } from 'preact';
import { safeHref, telHref } from '../../directory/resource-facts.ts';
import { timeOfDayText } from '../../hours/time-of-day-text.ts';
import { WHAT_MATTERS } from '../../paths/suggest-paths.ts';
import type { CarePlan, ChosenPlace, NextSession } from '../../store/care-plan.ts';
import { ResumeCodeCard } from '../learning/player/resume-code-card.tsx';
import type { PlanContents } from './plan-contents.ts';

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Tuesday 14 January 2027, 10:30am, Central Library": whatever of the three is known. */
export function nextSessionText(next: NextSession | undefined): string | undefined {
  if (next === undefined) return undefined;
  const [year, month, day] = (next.date ?? '').split('-').map(Number);
  const when = new Date(Date.UTC(year!, month! - 1, day!));
  // "Tuesday 14 January 2027", as people write it (some ICU versions put a comma after the weekday).
  const date = next.date === undefined ? undefined : `${WEEKDAY.format(when)} ${DAY.format(when)}`;
  const [hours, minutes] = (next.time ?? '').split(':').map(Number);
  const time = next.time === undefined ? undefined : timeOfDayText(hours! * 60 + minutes!);
  const parts = [date, time, next.place].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** What matters to them, as they chose it and in their own words. */
function whatMattersText(plan: CarePlan): { chosen?: string; words?: string } {
  const chosen = plan.whatMatters?.choices.flatMap(
    (id) => WHAT_MATTERS.find((answer) => answer.id === id)?.label ?? [],
  );
  return {
    ...(chosen && chosen.length > 0 && { chosen: chosen.join(', ') }),
    ...(plan.whatMatters?.inTheirWords && { words: plan.whatMatters.inTheirWords }),
  };
}

/** One place, as chosen: where, when and how to get in touch. Text and links only, so it prints as it reads. */
function PlaceLine({ place }: { place: ChosenPlace }) {
  const website = safeHref(place.website);
  return (
    <li>
      <strong>{place.name}</strong>
      {place.address && <>. {place.address}</>}
      {place.phone && (
        <>
          . Phone <a href={telHref(place.phone)}>{place.phone}</a>
        </>
      )}
      {!place.phone && website && (
        <>
          . <a href={website}>{place.website}</a>
        </>
      )}
      .
      {place.hours && place.hours.length > 0 && (
        <span class="sp-care-plan__hours"> Open {place.hours.join('; ')}.</span>
      )}
    </li>
  );
}

interface CarePlanViewProps {
  plan: CarePlan;
  contents: PlanContents;
  /** "What we did today", on the handover note: after what matters, before what they now use. */
  today?: ComponentChildren;
  /** More local help (the finder's last search), after the places chosen. */
  moreHelp?: ComponentChildren;
  /**
   * False when `moreHelp` is only a link to the finder, which goes nowhere on paper: then, with no places
   * chosen either, the "Help near you" heading is not printed.
   */
  moreHelpListed?: boolean;
  /** Leave out the codes, e.g. where the plan is shown at the start of a session. */
  withCodes?: boolean;
}

/**
 * A learner's digital care plan, in the order they need it: what matters to them, what they did, what they
 * now use, what to practise, what is next and when, help near them, how to reach the organisation, and the
 * codes to carry on at home. Sections with nothing to say are left out.
 */
export function CarePlanView({
  plan,
  contents,
  today,
  moreHelp,
  moreHelpListed = true,
  withCodes = true,
}: CarePlanViewProps) {
  const matters = whatMattersText(plan);
  const next = nextSessionText(plan.nextSession);
  const hasNextSteps = next !== undefined || contents.toFinish.length + contents.toTry.length > 0;
  const organisation = plan.organisation;
  return (
    <>
      {(matters.chosen || matters.words) && (
        <>
          <h3 class="sp-subheading">What matters to you</h3>
          {matters.chosen && <p>{matters.chosen}.</p>}
          {matters.words && <p class="sp-care-plan__words">In your words: "{matters.words}"</p>}
        </>
      )}

      {today}

      {contents.nowUsing.length > 0 && (
        <>
          <h3 class="sp-subheading">What you now use</h3>
          <ul class="sp-handover__list">
            {contents.nowUsing.map((service) => (
              <li key={service}>{service}</li>
            ))}
          </ul>
        </>
      )}

      {contents.toPractise.length > 0 && (
        <>
          <h3 class="sp-subheading">Things to practise</h3>
          <ul class="sp-handover__list">
            {contents.toPractise.map(({ path, step }) => (
              <li key={`${path.id}/${step.id}`}>
                {step.title} <span class="sp-handover__from">({path.title})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {hasNextSteps && (
        <>
          <h3 class="sp-subheading">Next steps</h3>
          <ul class="sp-handover__list">
            {next && (
              <li>
                <strong>Next session: {next}.</strong>
              </li>
            )}
            {contents.toFinish.map((path, index) => (
              <li key={path.id}>
                Finish "{path.title}".
                {index === contents.toFinish.length - 1 &&
                  (contents.toFinish.length === 1
                    ? ' Your code below takes you back to where you stopped.'
                    : ' Your codes below take you back to where you stopped.')}
              </li>
            ))}
            {contents.toTry.map((path) => (
              <li key={path.id}>
                Try "{path.title}": {path.goal}
              </li>
            ))}
          </ul>
        </>
      )}

      {(plan.places.length > 0 || moreHelp) && (
        <>
          <h3 class={plan.places.length > 0 || moreHelpListed ? 'sp-subheading' : 'sp-subheading sp-no-print'}>
            Help near you
          </h3>
          {plan.places.length > 0 && (
            <ul class="sp-handover__list sp-care-plan__places">
              {plan.places.map((place) => (
                <PlaceLine key={place.id} place={place} />
              ))}
            </ul>
          )}
          {moreHelp}
        </>
      )}

      {(organisation?.name || organisation?.contact) && (
        <>
          <h3 class="sp-subheading">Your helper</h3>
          <p>
            {organisation.name && <strong>{organisation.name}</strong>}
            {organisation.name && organisation.contact && '. '}
            {organisation.contact}
          </p>
        </>
      )}

      {withCodes && contents.codes.length > 0 && (
        <>
          <h3 class="sp-subheading">Carry on at home</h3>
          <p>
            {plan.codesAtHome
              ? `Use your code here: ${plan.codesAtHome}. Or bring it to your next session.`
              : 'Type your code under "Carry on with a code" in Learn at home, on a website that has it, or bring it to your next session.'}
          </p>
          {contents.codes.map(({ path, progress }) => (
            <div key={path.id} class="sp-handover__code">
              <p class="sp-handover__code-for">{path.title}</p>
              <ResumeCodeCard path={path} progress={progress} />
            </div>
          ))}
        </>
      )}
    </>
  );
}
