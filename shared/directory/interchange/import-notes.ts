import type { OriginKind } from '../categorise/category-cascade.ts';

/*
 * What an import learned about a whole input, beyond each record's own problems: where categories came
 * from, the terms it could not map (most frequent first, so a keeper fixes the biggest gaps first), the
 * fields it has no place for yet, records that said nothing about cost, and how a spreadsheet's text was
 * read. Nothing is dropped silently: a field Signpost does not carry is counted here.
 */

export interface ImportNotes {
  /** How many records took their categories from each kind of evidence. */
  categoryOrigins: Partial<Record<OriginKind, number>>;
  unmappedTerms: Array<{ term: string; count: number }>;
  unusedFields: Array<{ field: string; count: number }>;
  /** Records that said nothing about cost: cards say "Ask about cost". */
  noCost: number;
  /** How each spreadsheet's text was read ("Windows-1252"), when it was not plain UTF-8. */
  encodings: Array<{ source: string; encoding: string }>;
}

export interface NotesTally {
  origin(kind: OriginKind): void;
  unmapped(term: string): void;
  unused(field: string): void;
  noCost(): void;
  encoding(source: string, encoding: string): void;
  notes(): ImportNotes;
}

export function tallyNotes(): NotesTally {
  const origins: Partial<Record<OriginKind, number>> = {};
  const unmapped = new Map<string, number>();
  const unused = new Map<string, number>();
  const encodings: ImportNotes['encodings'] = [];
  let noCost = 0;
  const byCount = (counts: Map<string, number>) =>
    [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, count]) => ({ name, count }));
  return {
    origin: (kind) => void (origins[kind] = (origins[kind] ?? 0) + 1),
    unmapped: (term) => void unmapped.set(term, (unmapped.get(term) ?? 0) + 1),
    unused: (field) => void unused.set(field, (unused.get(field) ?? 0) + 1),
    noCost: () => void (noCost += 1),
    encoding: (source, encoding) => void encodings.push({ source, encoding }),
    notes: () => ({
      categoryOrigins: { ...origins },
      unmappedTerms: byCount(unmapped).map(({ name, count }) => ({ term: name, count })),
      unusedFields: byCount(unused).map(({ name, count }) => ({ field: name, count })),
      noCost,
      encodings: [...encodings],
    }),
  };
}

export function emptyNotes(): ImportNotes {
  return tallyNotes().notes();
}

/** Several inputs' notes as one, as a pack made from several files reports them. */
export function mergeNotes(all: readonly ImportNotes[]): ImportNotes {
  const tally = tallyNotes();
  for (const notes of all) {
    for (const [kind, count] of Object.entries(notes.categoryOrigins) as Array<[OriginKind, number]>)
      for (let i = 0; i < count; i += 1) tally.origin(kind);
    for (const { term, count } of notes.unmappedTerms) for (let i = 0; i < count; i += 1) tally.unmapped(term);
    for (const { field, count } of notes.unusedFields) for (let i = 0; i < count; i += 1) tally.unused(field);
    for (let i = 0; i < notes.noCost; i += 1) tally.noCost();
    for (const { source, encoding } of notes.encodings) tally.encoding(source, encoding);
  }
  return tally.notes();
}

const ORIGIN_WORDS: Record<OriginKind, string> = {
  keeper: 'your categories file',
  signpost: "Signpost's own terms and mapping",
  esd: 'LGA service types',
  openactive: 'the OpenActive activity list',
  'family-hubs': 'Family Hubs categories',
  level: 'a level of a local term (like "Creativity>Music")',
  audience: 'who it is for (vendor audience fields)',
  words: 'words in its terms, name or description (guessed: check them)',
  other: 'nothing: put under "Other local help"',
};

const plural = (count: number, noun: string) => `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`;

/** The notes as report lines, or none when there is nothing to say. At most `top` terms and fields each. */
export function formatImportNotes(notes: ImportNotes, top = 20): string[] {
  const lines: string[] = [];
  for (const { source, encoding } of notes.encodings) lines.push(`${source} was read as ${encoding}.`);
  const origins = (Object.entries(notes.categoryOrigins) as Array<[OriginKind, number]>).filter(([, n]) => n > 0);
  if (origins.length > 0) {
    lines.push('Where categories came from:');
    for (const [kind, count] of origins) lines.push(`  ${plural(count, 'record')}: ${ORIGIN_WORDS[kind]}`);
  }
  if (notes.unmappedTerms.length > 0) {
    lines.push('Terms Signpost could not map, most frequent first (teach it with --categories terms.csv):');
    for (const { term, count } of notes.unmappedTerms.slice(0, top))
      lines.push(`  "${term}": ${plural(count, 'record')}`);
    if (notes.unmappedTerms.length > top) lines.push(`  and ${plural(notes.unmappedTerms.length - top, 'more term')}`);
  }
  for (const { field, count } of notes.unusedFields.slice(0, top))
    lines.push(`${plural(count, 'record')} had ${field}: not used yet.`);
  if (notes.unusedFields.length > top)
    lines.push(`and ${plural(notes.unusedFields.length - top, 'more field')} not used yet.`);
  if (notes.noCost > 0)
    lines.push(`${plural(notes.noCost, 'record')} said nothing about cost: cards say "Ask about cost".`);
  return lines;
}
