import type { Resource } from './resource.ts';
import type { RecordProblem } from './load-report.ts';
import type { RecordPosition } from './check-resource.ts';

export interface PlacedResource {
  resource: Resource;
  position: RecordPosition;
}

/**
 * Keeps the first resource with each id and reports the later ones: ids link saved searches and handover
 * notes to a resource, so two resources must never share one. `noun` is how the reader counts records ("row").
 */
export function leaveOutDuplicateIds(
  placed: readonly PlacedResource[],
  noun = 'record',
): { kept: PlacedResource[]; problems: RecordProblem[]; repeats: number } {
  const firstById = new Map<string, PlacedResource>();
  const kept: PlacedResource[] = [];
  const problems: RecordProblem[] = [];
  let repeats = 0;
  for (const item of placed) {
    const firstItem = firstById.get(item.resource.id);
    if (firstItem === undefined) {
      firstById.set(item.resource.id, item);
      kept.push(item);
      continue;
    }
    const first = firstItem.position;
    const firstPlace =
      first.source === item.position.source || first.source === undefined
        ? `${noun} ${first.record}`
        : `${noun} ${first.record} of ${first.source}`;
    // The same service again (a feed's pages overlapping, one file given twice) is not a clash: count it once.
    if (sameFacts(firstItem.resource, item.resource)) {
      repeats += 1;
      problems.push({
        ...item.position,
        id: item.resource.id,
        severity: 'warning',
        message: `It is the same as ${firstPlace}, so it was kept once.`,
      });
      continue;
    }
    problems.push({
      ...item.position,
      id: item.resource.id,
      field: 'id',
      severity: 'error',
      message: `The id "${item.resource.id}" is already used by ${firstPlace}. Give each one its own id.`,
    });
  }
  return { kept, problems, repeats };
}

/** Every fact the same, wherever each copy was read from. */
function sameFacts(a: Resource, b: Resource): boolean {
  const facts = (resource: Resource) => JSON.stringify({ ...resource, source: undefined });
  return facts(a) === facts(b);
}
