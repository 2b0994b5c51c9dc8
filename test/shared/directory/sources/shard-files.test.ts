import { describe, expect, it } from 'vitest';
import { shardPack } from '../../../../shared/directory/sources/shard-pack.ts';
import { loadAnyPack } from '../../../../shared/directory/load-any-pack.ts';
import { fetchedShards } from '../../../../shared/directory/sources/shard-files.ts';
import { OUTCODES, packOf, resourceWith } from './shard-test-pack.ts';

const INDEX_URL = 'https://practice.example/signpost/shards/index.json';
const sheffield = { latitude: 53.3806, longitude: -1.4695 };
const hyde = { latitude: 53.452, longitude: -2.078 };

const built = shardPack(
  packOf([
    resourceWith('city-centre', { latitude: 53.381, longitude: -1.47 }),
    resourceWith('hyde', { latitude: 53.452, longitude: -2.078 }),
    resourceWith('helpline'),
  ]),
  OUTCODES,
);
if (!built.ok) throw new Error(built.message);
const { index, files } = built;

/** A web host serving the shard files, recording every address asked for; `broken` files fail as given. */
function fakeHost(broken: Record<string, Response | 'offline'> = {}) {
  const requests: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push(url);
    const name = url.slice(url.lastIndexOf('/') + 1);
    const failure = broken[name];
    if (failure === 'offline') throw new TypeError('Failed to fetch');
    if (failure) return failure;
    const file = files.find((shard) => shard.file === name);
    return file ? Response.json(file.pack) : new Response('Not found', { status: 404 });
  }) as typeof globalThis.fetch;
  return { fetch, requests, names: () => requests.map((url) => url.slice(url.lastIndexOf('/') + 1)) };
}

const ids = (loaded: { resources: readonly { id: string }[] }) => loaded.resources.map((resource) => resource.id);

describe('reading a directory served as area shards', () => {
  it('fetches only the area near the search, and the phone and online file, from beside the index', async () => {
    const host = fakeHost();
    const near = await fetchedShards(index, INDEX_URL, { readPack: loadAnyPack, fetch: host.fetch }).resourcesNear(
      sheffield,
      10,
    );
    expect(ids(near)).toEqual(['helpline', 'city-centre']);
    expect(host.requests.sort()).toEqual([
      'https://practice.example/signpost/shards/S.json',
      'https://practice.example/signpost/shards/remote.json',
    ]);
  });

  it('fetches each file once however many searches are made, and fetches a new area only when a search needs it', async () => {
    const host = fakeHost();
    const directory = fetchedShards(index, INDEX_URL, { readPack: loadAnyPack, fetch: host.fetch });
    await directory.resourcesNear(sheffield, 10);
    await directory.resourcesNear(sheffield, 10);
    await directory.remoteResources();
    const inHyde = await directory.resourcesNear(hyde, 10);
    expect(ids(inHyde)).toEqual(['helpline', 'hyde']);
    expect(host.names().sort()).toEqual(['S.json', 'SK.json', 'remote.json']);
  });

  it('gives the same list for the same areas, so a finder can keep its indexes', async () => {
    const directory = fetchedShards(index, INDEX_URL, { readPack: loadAnyPack, fetch: fakeHost().fetch });
    const [remote, first] = await Promise.all([directory.remoteResources(), directory.resourcesNear(sheffield, 10)]);
    const [remoteAgain, second] = await Promise.all([
      directory.remoteResources(),
      directory.resourcesNear({ latitude: 53.39, longitude: -1.46 }, 10),
    ]);
    expect(second.resources).toBe(first.resources);
    expect(remoteAgain.resources).toBe(remote.resources);
  });

  it('sees a place across an area border when it is within the radius', async () => {
    const directory = fetchedShards(index, INDEX_URL, { readPack: loadAnyPack, fetch: fakeHost().fetch });
    expect(ids(await directory.resourcesNear({ latitude: 53.42, longitude: -1.78 }, 25))).toEqual([
      'helpline',
      'city-centre',
      'hyde',
    ]);
  });

  it('gives only phone and online help when asked for it alone', async () => {
    const host = fakeHost();
    expect(
      ids(await fetchedShards(index, INDEX_URL, { readPack: loadAnyPack, fetch: host.fetch }).remoteResources()),
    ).toEqual(['helpline']);
    expect(host.names()).toEqual(['remote.json']);
  });

  it('fails a search whose area cannot be fetched, tells the site owner why, and fetches it again next time', async () => {
    const problems: string[] = [];
    let host = fakeHost({ 'S.json': 'offline' });
    const directory = fetchedShards(index, INDEX_URL, {
      readPack: loadAnyPack,
      fetch: (input, init) => host.fetch(input, init),
      onProblem: (report) => problems.push(report),
    });
    await expect(directory.resourcesNear(sheffield, 10)).rejects.toThrow('S.json');
    // With fetchJson's own words for the site owner (issue 14): what actually went wrong.
    expect(problems).toEqual([
      'https://practice.example/signpost/shards/S.json: could not be fetched: https://practice.example/signpost/shards/S.json could not be reached (offline, blocked, or not allowed from this site).',
    ]);
    host = fakeHost();
    expect(ids(await directory.resourcesNear(sheffield, 10))).toEqual(['helpline', 'city-centre']);
    expect(host.names()).toEqual(['S.json']);
  });

  it('fails a search whose area file is missing or not a pack, naming the file', async () => {
    for (const broken of [new Response('Not found', { status: 404 }), Response.json({ hello: 'world' })]) {
      const problems: string[] = [];
      const directory = fetchedShards(index, INDEX_URL, {
        readPack: loadAnyPack,
        fetch: fakeHost({ 'S.json': broken }).fetch,
        onProblem: (report) => problems.push(report),
      });
      await expect(directory.resourcesNear(sheffield, 10)).rejects.toThrow();
      expect(problems[0]).toMatch(/^https:\/\/practice\.example\/signpost\/shards\/S\.json: /);
    }
  });

  it('uses the good records of an area file with a broken one, and reports the broken one', async () => {
    const withBroken = { ...files.find((file) => file.file === 'S.json')!.pack };
    withBroken.resources = [
      ...withBroken.resources,
      { ...resourceWith('bad', sheffield), contact: { website: 'javascript:alert(1)' } },
    ];
    const problems: string[] = [];
    const directory = fetchedShards(index, INDEX_URL, {
      readPack: loadAnyPack,
      fetch: fakeHost({ 'S.json': Response.json(withBroken) }).fetch,
      onProblem: (report) => problems.push(report),
    });
    expect(ids(await directory.resourcesNear(sheffield, 10))).toEqual(['helpline', 'city-centre']);
    expect(problems.join('\n')).toMatch(
      /S\.json: 2 records: 1 loaded, 1 left out\.[\s\S]*Record 2 \(id "bad"\), contact\.website/,
    );
  });
});
