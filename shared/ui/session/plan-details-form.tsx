import type { Resource } from '../../directory/resource.ts';
import { MOST_PLACES_ON_A_PLAN } from '../../store/care-plan.ts';
import { TextField } from '../kit/text-field.tsx';
import type { CarePlanStore } from './care-plan-store.ts';

interface PlanDetailsFormProps {
  plan: CarePlanStore;
  /** Places added to the note today from the finder. */
  onNote: readonly Resource[];
}

/**
 * Before the handover note, the details only the helper knows: when and where they meet next, how to reach
 * the organisation, and where the codes work at home; and the places on the plan, which can be taken off.
 * Everything is optional: the plan says what it knows.
 */
export function PlanDetailsForm({ plan, onNote }: PlanDetailsFormProps) {
  const kept = plan.keptPlaces.value.filter((place) => !onNote.some((resource) => resource.id === place.id));
  const placeCount = kept.length + onNote.length;
  return (
    <div class="sp-plan-details" role="group" aria-labelledby="sp-plan-details-heading">
      <h3 class="sp-subheading" id="sp-plan-details-heading">
        For their plan
      </h3>
      <p class="sp-hint">Everything here is optional. It goes on the plan they take home, and opens next time.</p>
      {plan.problem.value && (
        <p class="sp-error-message" role="alert">
          {plan.problem.value}
        </p>
      )}
      <TextField
        id="sp-plan-next-date"
        type="date"
        label="Date of the next session"
        hint="The day you will meet again, if you know it."
        value={plan.nextDate}
      />
      <TextField
        id="sp-plan-next-time"
        type="time"
        label="Time of the next session"
        hint="For example, 10:30."
        value={plan.nextTime}
      />
      <TextField
        id="sp-plan-next-place"
        label="Where you will meet"
        hint="For example, Central Library."
        value={plan.nextPlace}
      />
      <TextField
        id="sp-plan-contact"
        label="How they can reach your organisation"
        hint="Your phone number or email, and when you answer. Filled in from the last plan on this computer."
        value={plan.contact}
      />
      <TextField
        id="sp-plan-codes-at-home"
        label="Where they can use their codes at home"
        hint="For example: our website, under Learn at home."
        value={plan.codesAtHome}
      />
      <h3 class="sp-subheading">Places on their plan</h3>
      {placeCount === 0 ? (
        <p>No places yet. Use "Add to handover note" under Find local help to add one.</p>
      ) : (
        <ul class="sp-plan-details__places">
          {kept.map((place) => (
            <li key={place.id}>
              {place.name}{' '}
              <button type="button" class="sp-link-button" onClick={() => plan.takeOff(place.id)}>
                Take off the plan<span class="sp-visually-hidden">: {place.name}</span>
              </button>
            </li>
          ))}
          {onNote.map((resource) => (
            <li key={resource.id}>{resource.name} (added today)</li>
          ))}
        </ul>
      )}
      {placeCount > MOST_PLACES_ON_A_PLAN && (
        <p class="sp-hint">
          A plan holds {MOST_PLACES_ON_A_PLAN} places, so the oldest will be left off. Take off the ones they no longer
          need.
        </p>
      )}
    </div>
  );
}
