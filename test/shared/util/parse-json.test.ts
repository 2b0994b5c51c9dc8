import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../shared/util/parse-json.ts';
import { loadPack } from '../../../shared/directory/load-pack.ts';

describe('parseJson', () => {
  it('reads JSON text', () => {
    expect(parseJson('{"format": "signpost-pack"}')).toEqual({ ok: true, value: { format: 'signpost-pack' } });
  });

  it('says an empty file is empty', () => {
    expect(parseJson('  \n')).toEqual({ ok: false, message: expect.stringContaining('The file is empty') });
  });

  it('says text that is not JSON is not JSON, without throwing', () => {
    expect(parseJson('id,name\n1,Library')).toEqual({
      ok: false,
      message: expect.stringContaining('The file is not JSON'),
    });
  });

  it('passes a JSON value that is not a pack on to loadPack, which explains', () => {
    const parsed = parseJson('42');
    expect(parsed.ok && loadPack(parsed.value)).toEqual({
      ok: false,
      message: expect.stringContaining('not a Signpost pack'),
    });
  });
});
