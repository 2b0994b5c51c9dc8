import { describe, expect, it } from 'vitest';
import { escapeAttribute, findHelpAddress, frameSnippet, widgetSnippet } from '../../../widget/configurator/snippet.ts';

const SCRIPT = { src: 'https://www.riverside.example/signpost/signpost.js', integrity: 'sha384-abc123' };

/** The snippet read back by the browser's own HTML parser, as a page would read it. */
function parsed(snippet: string): { script: HTMLScriptElement; placeholder: HTMLElement } {
  const page = new DOMParser().parseFromString(`<!doctype html><body>${snippet}</body>`, 'text/html');
  return { script: page.querySelector('script')!, placeholder: page.querySelector('[data-signpost]')! };
}

describe('the code a practice pastes into its website', () => {
  it('is the script tag with its integrity hash, then an empty placeholder, when nothing is changed', () => {
    expect(widgetSnippet(SCRIPT, {})).toBe(
      '<script src="https://www.riverside.example/signpost/signpost.js" integrity="sha384-abc123" crossorigin="anonymous" async></script>\n<div data-signpost></div>',
    );
  });

  it('leaves integrity out when the build did not say it, and still loads cross-origin and async', () => {
    const { script } = parsed(widgetSnippet({ src: SCRIPT.src }, {}));
    expect(script.hasAttribute('integrity')).toBe(false);
    expect(script.getAttribute('crossorigin')).toBe('anonymous');
    expect(script.hasAttribute('async')).toBe(true);
  });

  it('writes each setting as the data- attribute the README names', () => {
    const { placeholder } = parsed(
      widgetSnippet(SCRIPT, {
        directory: 'https://data.example/index.json',
        postcode: 'S1 2HE',
        categories: ['digital-skills', 'food'],
        radius: '5',
        results: 10,
        title: 'Help near you',
        theme: 'dark',
        paths: 'no',
        offer: 'Ask at reception',
        postcodeLookup: 'https://api.postcodes.io',
      }),
    );
    const attributes = Object.fromEntries(
      placeholder.getAttributeNames().map((name) => [name, placeholder.getAttribute(name)]),
    );
    expect(attributes).toEqual({
      'data-signpost': '',
      'data-directory': 'https://data.example/index.json',
      'data-postcode': 'S1 2HE',
      'data-categories': 'digital-skills,food',
      'data-radius': '5',
      'data-results': '10',
      'data-title': 'Help near you',
      'data-theme': 'dark',
      'data-paths': 'no',
      'data-offer': 'Ask at reception',
      'data-postcode-lookup': 'https://api.postcodes.io',
    });
  });

  it('leaves out settings that are the widget’s default: follow the device, show learning paths, every category', () => {
    expect(widgetSnippet(SCRIPT, { theme: 'auto', paths: true, categories: [], title: '' })).toContain(
      '<div data-signpost></div>',
    );
  });

  it('keeps a title with quotes and a tag in it as text, so the page around it is not broken', () => {
    const title = 'Dr "Sam" O\'Neil <b>& partners</b>"><script>alert(1)</script>';
    const snippet = widgetSnippet(SCRIPT, { title, offer: 'Tuesdays 2pm < 4pm' });
    expect(snippet).not.toContain('<b>');
    expect(snippet).not.toContain('<script>alert');
    const page = new DOMParser().parseFromString(
      `<!doctype html><body>${snippet}<p id="after">after</p></body>`,
      'text/html',
    );
    expect(page.querySelectorAll('script')).toHaveLength(1);
    expect(page.querySelector<HTMLElement>('[data-signpost]')!.dataset.title).toBe(title);
    expect(page.querySelector<HTMLElement>('[data-signpost]')!.dataset.offer).toBe('Tuesdays 2pm < 4pm');
    expect(page.getElementById('after')?.textContent).toBe('after');
  });

  it('escapes ampersands before anything else, so an escape is never escaped twice', () => {
    expect(escapeAttribute('a & "b" <c>')).toBe('a &amp; &quot;b&quot; &lt;c&gt;');
    expect(escapeAttribute('&quot;')).toBe('&amp;quot;');
  });

  it('escapes a script address with a quote in it', () => {
    const { script } = parsed(widgetSnippet({ src: 'https://x.example/a"b.js' }, {}));
    expect(script.getAttribute('src')).toBe('https://x.example/a"b.js');
  });
});

describe('the address of the whole-page finder', () => {
  it('carries only the settings a link may set, escaped, and names the rest', () => {
    const { address, leftOut } = findHelpAddress('https://icb.example/signpost/', {
      postcode: 'S1 2HE',
      categories: ['food', 'housing'],
      title: 'Dr "Sam" & partners',
      directory: 'https://data.example/index.json',
      paths: 'no',
    });
    expect(address).toBe(
      'https://icb.example/signpost/find-help.html?postcode=S1+2HE&categories=food%2Chousing&paths=no',
    );
    expect(leftOut).toEqual(['directory', 'title']);
    expect(frameSnippet(`${address}&x="<b>`)).toContain(
      'src="https://icb.example/signpost/find-help.html?postcode=S1+2HE&amp;',
    );
    expect(frameSnippet(`${address}&x="<b>`)).not.toContain('<b>');
    expect(findHelpAddress('/signpost/', {}).address).toBe('/signpost/find-help.html');
  });
});
