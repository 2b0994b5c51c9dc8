import { WeeklyHoursSchema } from '../hours/weekly-hours.ts';
import { ContactSchema, PlaceSchema, ResourceSchema, type Resource } from './resource.ts';
import type { RecordProblem } from './load-report.ts';
import { nonEmptyText } from '../util/non-empty-text.ts';
import { ownData } from '../util/own-data.ts';

export type ResourceCheck =
  { ok: true; resource: Resource; warnings: RecordProblem[] } | { ok: false; problems: RecordProblem[] };

/** Where a record sits in its input, for the report. */
export interface RecordPosition {
  record: number;
  source?: string;
}

/**
 * Checks one untrusted record against `ResourceSchema`. Never throws: a bad record comes back as problems
 * naming the field and saying what to do. Fields Signpost does not know (often a typo like "webiste") are
 * ignored and reported as warnings, so nothing disappears unseen.
 */
export function checkResource(candidate: unknown, position: RecordPosition): ResourceCheck {
  const id = readableId(candidate);
  const at = { ...position, ...(id === undefined ? {} : { id }) };
  if (!isPlainObject(candidate)) {
    return {
      ok: false,
      problems: [
        {
          ...at,
          severity: 'error',
          message: 'This record is not a resource: it should be an object like { "id": "...", "name": "..." }.',
        },
      ],
    };
  }
  // Own fields only, going in and coming out: a field the record lacks is missing, whatever the page added to Object.prototype.
  const parsed = ResourceSchema.safeParse(ownData(candidate));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): RecordProblem => ({
      ...at,
      severity: 'error',
      field: fieldPath(issue.path),
      message: issue.message,
    }));
    return { ok: false, problems };
  }
  const warnings = unknownFields(candidate).map((field): RecordProblem => ({
    ...at,
    severity: 'warning',
    field,
    message: `Signpost does not know the field "${lastPart(field)}", so it was ignored. Check the spelling.`,
  }));
  return { ok: true, resource: ownData(parsed.data), warnings };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The record's id, trimmed, when it is an object with a non-empty text id; else undefined. */
export function readableId(candidate: unknown): string | undefined {
  return isPlainObject(candidate) ? nonEmptyText(candidate.id) : undefined;
}

function fieldPath(path: readonly PropertyKey[]): string | undefined {
  return path.length === 0 ? undefined : path.map(String).join('.');
}

function lastPart(field: string): string {
  return field.slice(field.lastIndexOf('.') + 1);
}

function unknownFields(candidate: Record<string, unknown>): string[] {
  const found = extraKeys(candidate, ResourceSchema.shape, '');
  if (isPlainObject(candidate.place)) found.push(...extraKeys(candidate.place, PlaceSchema.shape, 'place.'));
  if (isPlainObject(candidate.contact)) found.push(...extraKeys(candidate.contact, ContactSchema.shape, 'contact.'));
  if (Array.isArray(candidate.hours)) {
    candidate.hours.forEach((rule, index) => {
      if (isPlainObject(rule)) found.push(...extraKeys(rule, WeeklyHoursSchema.shape, `hours.${index}.`));
    });
  }
  return found;
}

function extraKeys(value: Record<string, unknown>, shape: object, prefix: string): string[] {
  return Object.keys(value)
    .filter((key) => !Object.hasOwn(shape, key))
    .map((key) => `${prefix}${key}`);
}
