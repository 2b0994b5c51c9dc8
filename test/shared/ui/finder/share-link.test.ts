import { describe, expect, it, vi } from 'vitest';
import { shareLink } from '../../../../shared/ui/finder/share-link.ts';

const link = 'https://example.org/#signpost=S1/food';

describe('sharing a link to the list', () => {
  it("opens the device's share sheet where there is one", async () => {
    const share = vi.fn(async () => undefined);
    const writeText = vi.fn(async () => undefined);
    expect(await shareLink(link, { share, clipboard: { writeText } as unknown as Clipboard })).toBe('shared');
    expect(share).toHaveBeenCalledWith({ url: link });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('counts closing the share sheet as the resident choosing, not as a failure', async () => {
    const share = () => Promise.reject(new DOMException('Share canceled', 'AbortError'));
    expect(await shareLink(link, { share })).toBe('shared');
  });

  it('copies the link when there is no share sheet', async () => {
    const writeText = vi.fn(async () => undefined);
    expect(await shareLink(link, { clipboard: { writeText } as unknown as Clipboard })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith(link);
  });

  it('shows the link to copy by hand when neither works', async () => {
    const refused = {
      writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
    } as unknown as Clipboard;
    expect(await shareLink(link, { clipboard: refused })).toBe('show');
    expect(await shareLink(link, {})).toBe('show');
    expect(await shareLink(link, { share: () => Promise.reject(new DOMException('No', 'NotAllowedError')) })).toBe(
      'show',
    );
  });
});
