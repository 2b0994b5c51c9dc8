// geokdbush 2 ships no types; these match its README and index.js (around, distance).
declare module 'geokdbush' {
  import type KDBush from 'kdbush';

  /** Ids of the points nearest to (longitude, latitude), nearest first; maxDistance is in kilometres. */
  export function around(
    index: KDBush,
    longitude: number,
    latitude: number,
    maxResults?: number,
    maxDistance?: number,
    filter?: (id: number) => boolean,
  ): number[];

  /** Great-circle distance in kilometres. */
  export function distance(longitude1: number, latitude1: number, longitude2: number, latitude2: number): number;
}
