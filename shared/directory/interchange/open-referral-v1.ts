import { isPlainObject } from '../check-resource.ts';
import { WEEKDAYS } from '../../hours/weekly-hours.ts';

/*
 * Open Referral UK's first standard (the "legacy" v1 API, still served by many councils) names things
 * differently from the HSDS 3.0 UK profile: `physical_addresses`, `regular_schedules` (with a `weekday`),
 * `accessibility_for_disabilities`, `service_taxonomys[].taxonomy {id, name, vocabulary}`, `eligibilitys`,
 * `languages[].language`, `service_areas[].service_area`. This renames a v1 service into the profile's
 * shape, at service and location level, so one reader serves both and nothing is left unread. A service
 * already in the profile's shape comes back as it was (a copy). `holiday_schedules` stay where they are:
 * both versions read them the same way (holiday-closures.ts).
 */

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** A copy of `service` in the profile's field names, whichever version it was written in. */
export function asProfileService(service: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...service };
  const taxonomies = list(service.service_taxonomys).flatMap((entry) => {
    const taxonomy = isPlainObject(entry) && isPlainObject(entry.taxonomy) ? entry.taxonomy : undefined;
    if (taxonomy === undefined) return [];
    return [
      {
        taxonomy_term: {
          id: text(taxonomy.id),
          name: text(taxonomy.name),
          taxonomy: text(taxonomy.vocabulary) ?? text(taxonomy.taxonomy),
        },
      },
    ];
  });
  if (taxonomies.length > 0) out.attributes = [...list(service.attributes), ...taxonomies];
  const schedules = list(service.regular_schedules).map(asProfileSchedule);
  if (schedules.length > 0) out.schedules = [...list(service.schedules), ...schedules];
  const eligibility = list(service.eligibilitys).filter(isPlainObject);
  if (eligibility.length > 0) {
    const words = eligibility.map((entry) => text(entry.eligibility)).filter(Boolean);
    if (out.eligibility_description === undefined && words.length > 0) out.eligibility_description = words.join('. ');
    const first = eligibility[0]!;
    out.minimum_age ??= first.minimum_age;
    out.maximum_age ??= first.maximum_age;
  }
  if (Array.isArray(service.languages))
    out.languages = service.languages.map((entry) =>
      isPlainObject(entry) && entry.name === undefined && entry.code === undefined && text(entry.language)
        ? { ...entry, name: text(entry.language) }
        : entry,
    );
  if (Array.isArray(service.service_areas))
    out.service_areas = service.service_areas.map((entry) =>
      isPlainObject(entry) && entry.name === undefined && text(entry.service_area)
        ? { ...entry, name: text(entry.service_area) }
        : entry,
    );
  if (Array.isArray(service.service_at_locations))
    out.service_at_locations = service.service_at_locations.map((entry) => {
      if (!isPlainObject(entry)) return entry;
      const located: Record<string, unknown> = { ...entry };
      const more = list(entry.regular_schedules).map(asProfileSchedule);
      if (more.length > 0) located.schedules = [...list(entry.schedules), ...more];
      if (isPlainObject(entry.location)) located.location = asProfileLocation(entry.location);
      return located;
    });
  return out;
}

/** Whether a service uses any of v1's own field names. */
export function isLegacyService(service: Record<string, unknown>): boolean {
  const v1Fields = ['service_taxonomys', 'regular_schedules', 'eligibilitys'];
  if (v1Fields.some((field) => field in service)) return true;
  return list(service.service_at_locations).some(
    (entry) =>
      isPlainObject(entry) &&
      isPlainObject(entry.location) &&
      ('physical_addresses' in entry.location || 'accessibility_for_disabilities' in entry.location),
  );
}

function asProfileLocation(location: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...location };
  const addresses = list(location.physical_addresses);
  if (addresses.length > 0) out.addresses = [...list(location.addresses), ...addresses];
  const access = list(location.accessibility_for_disabilities).flatMap((entry) =>
    isPlainObject(entry) && text(entry.accessibility) ? [{ description: text(entry.accessibility) }] : [],
  );
  if (access.length > 0) out.accessibility = [...list(location.accessibility), ...access];
  const schedules = list(location.regular_schedules).map(asProfileSchedule);
  if (schedules.length > 0) out.schedules = [...list(location.schedules), ...schedules];
  return out;
}

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * A v1 regular schedule (`weekday` "Monday", "Mon", "MO" or 1-7 with 1 Monday, as ISO 8601 counts, plus
 * opens_at and closes_at) as a weekly profile schedule. One that already has a rule (freq, byday) keeps it.
 */
function asProfileSchedule(schedule: unknown): unknown {
  if (!isPlainObject(schedule) || schedule.freq !== undefined || schedule.byday !== undefined) return schedule;
  const day = weekdayCode(schedule.weekday);
  return day === undefined ? schedule : { ...schedule, freq: 'WEEKLY', interval: 1, byday: day };
}

function weekdayCode(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7) return WEEKDAYS[value - 1];
  const word = text(value)?.toLowerCase();
  if (word === undefined) return undefined;
  if (/^[1-7]$/.test(word)) return WEEKDAYS[Number(word) - 1];
  const index = DAY_NAMES.findIndex((name) => name === word || (word.length >= 2 && name.startsWith(word)));
  return index < 0 ? undefined : WEEKDAYS[index];
}
