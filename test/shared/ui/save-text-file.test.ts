import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveTextFile } from '../../../shared/ui/save-text-file.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('saveTextFile', () => {
  it('downloads the text under the name given, leaving no link behind, and frees the file afterwards', async () => {
    vi.useFakeTimers();
    const made: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      made.push(blob as Blob);
      return 'blob:signpost/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });

    saveTextFile('signpost-sam.json', '{"a":1}');
    expect(clicked).toEqual([{ download: 'signpost-sam.json', href: 'blob:signpost/1' }]);
    expect(await made[0]?.text()).toBe('{"a":1}');
    expect(made[0]?.type).toBe('application/json');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:signpost/1');
  });
});
