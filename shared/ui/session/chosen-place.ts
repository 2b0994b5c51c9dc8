import { addressText } from '../../directory/resource-facts.ts';
import type { Resource } from '../../directory/resource.ts';
import { weeklyHoursList } from '../../hours/weekly-hours-list.ts';
import type { ChosenPlace } from '../../store/care-plan.ts';

/**
 * A place chosen for the plan, as it is today: name, address, phone, website and opening times in words.
 * Kept as it is, so the plan still prints it at the next session, whatever the directory says by then.
 */
export function chosenPlace(resource: Resource, now: Date): ChosenPlace {
  const hours = weeklyHoursList(resource.hours, now).map((line) => line.text);
  const address = resource.place && addressText(resource.place);
  return {
    id: resource.id,
    name: resource.name,
    ...(address ? { address } : {}),
    ...(resource.contact.phone === undefined ? {} : { phone: resource.contact.phone }),
    ...(resource.contact.website === undefined ? {} : { website: resource.contact.website }),
    ...(hours.length > 0 ? { hours } : resource.hoursNote === undefined ? {} : { hours: [resource.hoursNote] }),
  };
}
