import { fakeBrowser } from 'wxt/testing/fake-browser';

/** What an extension page (the panel, the background) looks like to the receiver: no tab. */
export const fromExtensionPage = {};
export const fromTab = (id: number) => ({ tab: { id } as never, frameId: 0 });

/** Delivers `message` as the browser would, from `sender`. */
export async function arrive(message: unknown, sender: object): Promise<void> {
  await fakeBrowser.runtime.onMessage.trigger(message, sender);
}
