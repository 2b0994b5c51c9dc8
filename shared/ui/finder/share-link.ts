/** How a link was passed on: the share sheet, the clipboard, or neither (so show it to copy by hand). */
export type Shared = 'shared' | 'copied' | 'show';

/**
 * Offers `url` to the device's share sheet where there is one, else copies it to the clipboard. Never
 * throws: closing the share sheet counts as shared (the resident chose), any other failure gives 'show'.
 * `device` is the navigator, passed in so tests can play each kind of browser.
 */
export async function shareLink(
  url: string,
  device: Partial<Pick<Navigator, 'share' | 'clipboard'>> = navigator,
): Promise<Shared> {
  try {
    if (device.share) {
      await device.share({ url });
      return 'shared';
    }
    if (!device.clipboard) return 'show';
    await device.clipboard.writeText(url);
    return 'copied';
  } catch (error) {
    return (error as Error | undefined)?.name === 'AbortError' ? 'shared' : 'show';
  }
}
