import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../../shared/directory/load-pack.ts';
import { ResourceSchema, type Resource } from '../../../../shared/directory/resource.ts';
import { BUILT_IN_PACKS, resourcesOf } from './built-in-packs.ts';

/*
 * Rules every pack Signpost ships must keep. Residents read these words, often on a phone, often with
 * little reading confidence: the Patient Information Forum advises writing for a reading age of 9 to 11,
 * which means short sentences (../shared/notes/domain.md).
 */
const MOST_WORDS_IN_A_SENTENCE = 25;

/** Every piece of text a resident reads on a card, with the field it came from. */
function residentText(resource: Resource): Array<{ field: string; text: string }> {
  const fields: Array<[string, string | undefined]> = [
    ['description', resource.description],
    ['eligibility', resource.eligibility],
    ['whatToBring', resource.whatToBring],
    ['accessNote', resource.accessNote],
    ['costNote', resource.costNote],
    ['hoursNote', resource.hoursNote],
    ...(resource.hours ?? []).map((rule): [string, string | undefined] => ['hours note', rule.note]),
  ];
  return fields.flatMap(([field, text]) => (text === undefined ? [] : [{ field, text }]));
}

/** Sentences end at . ! or ? followed by a space or the end of the text. */
function sentencesIn(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== '');
}

function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((word) => word !== '').length;
}

describe.each(BUILT_IN_PACKS)('the built-in pack $file', ({ pack }) => {
  it('says what it is: a version 1 Signpost pack with a publisher, an area, a date and a note', () => {
    expect(pack.format).toBe('signpost-pack');
    expect(pack.version).toBe(1);
    expect(pack.publisher.trim()).not.toBe('');
    expect(pack.area.trim()).not.toBe('');
    expect(pack.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pack.note.trim()).not.toBe('');
  });

  it('loads through loadPack with every record kept and nothing changed or reported', () => {
    const load = loadPack(pack);
    expect(load).toMatchObject({ ok: true, problems: [] });
    expect(load.ok && load.counts).toEqual({ total: pack.resources.length, loaded: pack.resources.length, leftOut: 0 });
  });

  it('has only records that pass the resource schema', () => {
    const problems = pack.resources.flatMap((record, index) => {
      const result = ResourceSchema.safeParse(record);
      return result.success ? [] : [`record ${index}: ${result.error.issues.map((issue) => issue.message).join(' ')}`];
    });
    expect(problems).toEqual([]);
    expect(pack.resources.length).toBeGreaterThanOrEqual(15);
  });

  it('gives every record its own id', () => {
    const ids = resourcesOf(pack).map((resource) => resource.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links only to https websites, so no resident is sent to an unencrypted page', () => {
    const notHttps = resourcesOf(pack)
      .flatMap((resource) => (resource.contact.website === undefined ? [] : [resource.contact.website]))
      .filter((website) => new URL(website).protocol !== 'https:');
    expect(notHttps).toEqual([]);
  });

  it('never says a record was checked after the pack was made', () => {
    const fromTheFuture = resourcesOf(pack).filter((resource) => resource.lastVerified > pack.generated);
    expect(fromTheFuture.map((resource) => resource.id)).toEqual([]);
  });

  it('has no opening rule that closes before it opens', () => {
    const backwards = resourcesOf(pack).filter((resource) =>
      (resource.hours ?? []).some((rule) => rule.closes <= rule.opens),
    );
    expect(backwards.map((resource) => resource.id)).toEqual([]);
  });

  it(`keeps every sentence a resident reads to ${MOST_WORDS_IN_A_SENTENCE} words or fewer`, () => {
    const longSentences = resourcesOf(pack).flatMap((resource) =>
      residentText(resource).flatMap(({ field, text }) =>
        sentencesIn(text)
          .filter((sentence) => wordCount(sentence) > MOST_WORDS_IN_A_SENTENCE)
          .map((sentence) => `${resource.id} ${field}: "${sentence}"`),
      ),
    );
    expect(longSentences).toEqual([]);
  });
});

describe('the built-in packs together', () => {
  it('never reuse an id, so both can be loaded at once', () => {
    const ids = BUILT_IN_PACKS.flatMap(({ pack }) => resourcesOf(pack).map((resource) => resource.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the plain-English check', () => {
  it('catches a sentence that runs on past the limit', () => {
    const runOn = Array.from({ length: MOST_WORDS_IN_A_SENTENCE + 1 }, () => 'word').join(' ') + '.';
    expect(sentencesIn(`Short one. ${runOn}`).map(wordCount)).toEqual([2, MOST_WORDS_IN_A_SENTENCE + 1]);
  });
});
