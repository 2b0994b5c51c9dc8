import { describe, expect, it } from 'vitest';
import { CopySnippet } from '../../../widget/configurator/copy-snippet.tsx';
import { press, show } from '../../shared/ui/render-for-test.tsx';

const SNIPPET = '<script src="https://x.example/signpost.js" async></script>\n<div data-signpost></div>';

describe('copying the code', () => {
  it('copies the code and says so where a screen reader hears it', async () => {
    const copied: string[] = [];
    const root = await show(
      <CopySnippet snippet={SNIPPET} clipboard={{ writeText: async (text) => void copied.push(text) }} />,
    );
    await press(root, 'Copy the code');
    expect(copied).toEqual([SNIPPET]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Copied. Now paste it into your web page, where the finder should go.',
    );
  });

  it('selects the code and says how to copy it when the browser refuses', async () => {
    const root = await show(
      <CopySnippet
        snippet={SNIPPET}
        clipboard={{ writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }}
      />,
    );
    await press(root, 'Copy the code');
    const box = root.querySelector('textarea')!;
    expect(box.value).toBe(SNIPPET);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('The code is selected: press Ctrl and C');
  });
});
