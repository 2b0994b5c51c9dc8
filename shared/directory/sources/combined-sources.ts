import type { Resource } from '../resource.ts';
import type { LoadedResources, ResourceSource } from './resource-source.ts';

/**
 * Several directories searched as one, such as the national pack and the libraries. A part that can't
 * be loaded is left out of this search (and tried again on the next); only when every part fails does the
 * search fail. The same parts give the same array, so the finder keeps its indexes. The first notice wins.
 */
export function combinedSources(sources: readonly ResourceSource[]): ResourceSource {
  const combine = remembered();
  const all = async (loads: Promise<LoadedResources>[]): Promise<LoadedResources> => {
    const settled = await Promise.allSettled(loads);
    const loaded = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    if (loaded.length === 0)
      throw (settled[0] as PromiseRejectedResult | undefined)?.reason ?? new Error('No directory.');
    const notice = loaded.find((part) => part.notice !== undefined)?.notice;
    const resources = combine(loaded.map((part) => part.resources));
    return notice === undefined ? { resources } : { resources, notice };
  };
  return {
    resourcesNear: (point, radiusMiles) => all(sources.map((source) => source.resourcesNear(point, radiusMiles))),
    remoteResources: () => all(sources.map((source) => source.remoteResources())),
  };
}

/** Joins lists, giving back the very same array when every list is the same as last time. */
function remembered(): (parts: readonly (readonly Resource[])[]) => readonly Resource[] {
  let last: { parts: readonly (readonly Resource[])[]; joined: readonly Resource[] } | undefined;
  return (parts) => {
    const same =
      last !== undefined && last.parts.length === parts.length && parts.every((part, i) => part === last!.parts[i]);
    if (!same) last = { parts, joined: parts.length === 1 ? parts[0]! : parts.flat() };
    return last!.joined;
  };
}
