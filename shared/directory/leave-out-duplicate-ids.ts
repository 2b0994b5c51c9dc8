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
): { kept: PlacedResource[]; problems: RecordProblem[] } {
  const firstById = new Map<string, RecordPosition>();
  const kept: PlacedResource[] = [];
  const problems: RecordProblem[] = [];
  for (const item of placed) {
    const first = firstById.get(item.resource.id);
    if (first === undefined) {
      firstById.set(item.resource.id, item.position);
      kept.push(item);
      continue;
    }
    const firstPlace =
      first.source === item.position.source || first.source === undefined
        ? `${noun} ${first.record}`
        : `${noun} ${first.record} of ${first.source}`;
    problems.push({
      ...item.position,
      id: item.resource.id,
      field: 'id',
      severity: 'error',
      message: `The id "${item.resource.id}" is already used by ${firstPlace}. Give each one its own id.`,
    });
  }
  return { kept, problems };
}
