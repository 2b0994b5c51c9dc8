import national from '../../../../shared/directory/packs/national.json';
import sheffieldExample from '../../../../shared/directory/packs/sheffield-example.json';
import { ResourceSchema, type Resource } from '../../../../shared/directory/resource.ts';

/** The envelope every pack file shares (shared/directory/packs/README.md). */
export type PackFile = {
  format: string;
  version: number;
  publisher: string;
  area: string;
  generated: string;
  example: boolean;
  note: string;
  resources: unknown[];
};

/** The packs Signpost ships, by file name, so a failing test says which file to fix. */
export const BUILT_IN_PACKS: ReadonlyArray<{ file: string; pack: PackFile }> = [
  { file: 'national.json', pack: national },
  { file: 'sheffield-example.json', pack: sheffieldExample },
];

/** A pack's records as typed resources. Throws zod's error on a bad record: the schema test names it first. */
export function resourcesOf(pack: PackFile): Resource[] {
  return pack.resources.map((record) => ResourceSchema.parse(record));
}
