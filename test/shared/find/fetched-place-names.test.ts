import { describe, expect, it } from 'vitest';
import { fetchedPlaceNames } from '../../../shared/find/fetched-place-names.ts';

const FOLDER = 'https://practice.example/signpost-data/packs/places/';

/** A web host serving place-name files, recording every address asked for. */
function host(files: Record<string, () => Response>) {
  const asked: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const file = files[url.slice(FOLDER.length)];
    return file ? file() : new Response('Not found', { status: 404 });
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

const sFile = () => Response.json({ sheffield: ['Sheffield', 'S1', 'S10'], stockport: ['Stockport', 'SK1'] });

describe("a town's postcode districts from the place-name files beside the widget", () => {
  it('fetches only the file for the first letter, once, and sends nothing of what was typed', async () => {
    const server = host({ 's.json': sFile });
    const placesNamed = fetchedPlaceNames(FOLDER, { fetch: server.fetch });
    expect(await placesNamed('Sheffield')).toEqual([
      { outcode: 'S1', town: 'Sheffield' },
      { outcode: 'S10', town: 'Sheffield' },
    ]);
    expect(await placesNamed('stockport')).toEqual([{ outcode: 'SK1', town: 'Stockport' }]);
    expect(await placesNamed('Salford')).toEqual([]);
    expect(server.asked).toEqual([`${FOLDER}s.json`]);
  });

  it('asks for nothing when the text is not a place name', async () => {
    const server = host({});
    const placesNamed = fetchedPlaceNames(FOLDER, { fetch: server.fetch });
    for (const typed of ['S1 2HE', '<img src=x>', '', 'Ölberg']) expect(await placesNamed(typed)).toEqual([]);
    expect(server.asked).toEqual([]);
  });

  it('gives no districts for a missing or hostile file, tells the site owner, and tries again next time', async () => {
    const problems: string[] = [];
    let file = () => Response.json({ sheffield: ['Sheffield', 'javascript:alert(1)'] });
    const server = host({ 's.json': () => file() });
    const placesNamed = fetchedPlaceNames(FOLDER, {
      fetch: server.fetch,
      onProblem: (problem) => problems.push(problem),
    });
    expect(await placesNamed('Sheffield')).toEqual([]);
    expect(problems).toEqual([`${FOLDER}s.json is not a file of place names.`]);
    file = sFile;
    expect(await placesNamed('Sheffield')).toHaveLength(2);
    expect(server.asked).toHaveLength(2);
  });
});
