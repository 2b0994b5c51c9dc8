import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileOutcodes, writeOutcodeFiles } from '../../scripts/compile-outcodes.ts';

const CSV = 'outcode,latitude,longitude\nS1,53.38060,-1.46950\nS10,53.37711,-1.51675\nSK14,53.45295,-2.04701\n';

describe('compileOutcodes', () => {
  it('groups outcodes by postcode area', () => {
    const compiled = compileOutcodes(CSV);
    expect(compiled.ok && Object.fromEntries(compiled.areas)).toEqual({
      S: { S1: [53.3806, -1.4695], S10: [53.37711, -1.51675] },
      SK: { SK14: [53.45295, -2.04701] },
    });
  });

  it.each([
    ['a missing header', 'S1,53.38060,-1.46950\n', 'must start with the header'],
    ['a bad outcode', 'outcode,latitude,longitude\nS1 2HE,53.38,-1.46\n', 'Line 2'],
    ['a centre outside Great Britain', 'outcode,latitude,longitude\nS1,40.7,-74\n', 'Line 2'],
    ['a missing longitude', 'outcode,latitude,longitude\nS1,53.38\n', 'Line 2'],
    ['a repeated outcode', 'outcode,latitude,longitude\nS1,53.38,-1.46\nS1,53.38,-1.46\n', 'S1 appears twice'],
  ])('stops the build on %s, naming the problem', (_what, csv, words) => {
    const compiled = compileOutcodes(csv);
    expect(compiled.ok || compiled.message).toContain(words);
  });
});

describe('writeOutcodeFiles', () => {
  it('writes one file per area and an index, and removes areas that have gone', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'signpost-compile-'));
    writeFileSync(join(folder, 'BT.json'), '{}');
    const compiled = compileOutcodes(CSV);
    if (!compiled.ok) throw new Error(compiled.message);
    await writeOutcodeFiles(compiled.areas, folder);
    expect(readdirSync(folder).sort()).toEqual(['S.json', 'SK.json', 'index.json']);
    expect(JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'))).toEqual(['S', 'SK']);
    expect(JSON.parse(readFileSync(join(folder, 'SK.json'), 'utf8'))).toEqual({ SK14: [53.45295, -2.04701] });
  });

  it('changes nothing when run again on the same data', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'signpost-compile-'));
    const compiled = compileOutcodes(CSV);
    if (!compiled.ok) throw new Error(compiled.message);
    expect(await writeOutcodeFiles(compiled.areas, folder)).toBe(3);
    const writtenAt = statSync(join(folder, 'S.json')).mtimeMs;
    expect(await writeOutcodeFiles(compiled.areas, folder)).toBe(0);
    expect(statSync(join(folder, 'S.json')).mtimeMs).toBe(writtenAt);
  });
});
