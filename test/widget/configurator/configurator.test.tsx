import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Configurator } from '../../../widget/configurator/configurator.tsx';
import { createConfiguratorChoices } from '../../../widget/configurator/configurator-choices.ts';
import type { SignpostApi } from '../../../widget/configurator/widget-preview.tsx';
import { show } from '../../shared/ui/render-for-test.tsx';

const BUILT = { integrity: 'sha384-abc123', gzipBytes: 14_000, version: '1.2.3' };

/** Stands in for signpost.js: writes down every mount. */
function recordingSignpost() {
  const mounts: { element: HTMLElement; settings: unknown }[] = [];
  const signpost: SignpostApi = { mount: (element, settings) => void mounts.push({ element, settings }) };
  return { signpost, mounts };
}

async function type(root: HTMLElement, id: string, text: string): Promise<void> {
  const box = root.querySelector<HTMLInputElement>(`#${id}`)!;
  await act(() => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

function pause(ms: number): Promise<void> {
  return act(() => new Promise((resolve) => setTimeout(resolve, ms)));
}

function snippetOf(root: HTMLElement): string | undefined {
  return root.querySelector<HTMLTextAreaElement>('#cf-snippet')?.value;
}

describe('the configurator page', () => {
  it('puts a new title into the code to copy, and draws the widget with it in a fresh element', async () => {
    const { signpost, mounts } = recordingSignpost();
    const root = await show(<Configurator choices={createConfiguratorChoices()} signpost={signpost} built={BUILT} />);
    await pause(10);
    expect(mounts.map((mount) => mount.settings)).toEqual([{}]);
    await type(root, 'cf-title', 'Help near Riverside');
    expect(snippetOf(root)).toContain('data-title="Help near Riverside"');
    expect(snippetOf(root)).toContain('integrity="sha384-abc123"');
    await pause(400);
    expect(mounts).toHaveLength(2);
    expect(mounts.at(-1)?.settings).toEqual({ title: 'Help near Riverside' });
    expect(mounts.at(-1)?.element).not.toBe(mounts[0]?.element);
  });

  it('hides the code until a wrong box is fixed, naming the box and linking to it', async () => {
    const root = await show(<Configurator choices={createConfiguratorChoices()} signpost={undefined} built={BUILT} />);
    await type(root, 'cf-postcode', 'hello');
    expect(snippetOf(root)).toBeUndefined();
    const link = root.querySelector<HTMLAnchorElement>('a[href="#cf-postcode"]');
    expect(link?.textContent).toBe('Postcode or area to start with');
    expect(root.querySelector('#cf-postcode')?.getAttribute('aria-invalid')).toBe('true');
    await type(root, 'cf-postcode', 'S1');
    expect(snippetOf(root)).toContain('data-postcode="S1"');
  });

  it('says the preview needs signpost.js when it did not load', async () => {
    const root = await show(
      <Configurator choices={createConfiguratorChoices()} signpost={undefined} built={undefined} />,
    );
    expect(root.textContent).toContain('The preview needs signpost.js, which did not load.');
    expect(root.textContent).toContain(
      'We could not read signpost.json, so this code has no security check (integrity).',
    );
  });

  it('writes the code for where the files will live: a folder on the practice website, or a shared copy', async () => {
    const choices = createConfiguratorChoices();
    const root = await show(<Configurator choices={choices} signpost={undefined} built={BUILT} />);
    expect(snippetOf(root)).toContain('<script src="/signpost/signpost.js" integrity="sha384-abc123"');
    expect(root.querySelector('a.cf-download')?.getAttribute('href')).toBe('signpost-widget-1.2.3.zip');
    await act(() => root.querySelector<HTMLInputElement>('#cf-files-shared')!.click());
    expect(snippetOf(root)).toBeUndefined();
    await type(root, 'cf-files-address', 'https://signpost.council.example/widget');
    expect(snippetOf(root)).toContain('<script src="https://signpost.council.example/widget/signpost.js"');
    expect(root.textContent).toContain('Access-Control-Allow-Origin: *');
  });

  it('gives a box or a link to the whole-page finder, with what its address can carry and what it cannot', async () => {
    const choices = createConfiguratorChoices();
    const root = await show(<Configurator choices={choices} signpost={undefined} built={BUILT} />);
    await type(root, 'cf-postcode', 's1');
    await type(root, 'cf-title', 'Help near Riverside');
    await act(() => root.querySelector<HTMLInputElement>('#cf-way-iframe')!.click());
    expect(snippetOf(root)).toBe(
      '<iframe src="/signpost/find-help.html?postcode=S1" title="Find local help" width="100%" height="900" loading="lazy"></iframe>',
    );
    expect(root.textContent).toContain('A box or a link cannot carry the heading');
    await act(() => root.querySelector<HTMLInputElement>('#cf-way-link')!.click());
    expect(snippetOf(root)).toBe('<a href="/signpost/find-help.html?postcode=S1">Find local help near you</a>');
  });
});
