import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CategoryId } from '../../../../shared/directory/categories.ts';
import { FindHelp } from '../../../../shared/ui/finder/find-help.tsx';
import { createFinderStore } from '../../../../shared/ui/finder/finder-store.ts';
import type { SupportResults, SupportSearch } from '../../../../shared/ui/services.ts';
import { resourceAt } from '../../find/resource-at.ts';
import { buttonCalled, nameOf, press, show } from '../render-for-test.tsx';

const found: SupportResults = {
  ok: true,
  placeLabel: 'S1 2HE',
  radiusMiles: 10,
  nearby: [{ resource: resourceAt('library', 0.5, { name: 'Central Library' }), miles: 0.5 }],
  remote: [{ resource: resourceAt('helpline', null, { name: 'Digital Helpline' }) }],
};

/** A finder whose searches are written down and answered with `answer`. */
function finder(answer: SupportResults = found, categories: CategoryId[] = []) {
  const searches: SupportSearch[] = [];
  const store = createFinderStore(
    {
      searchSupport: async (search) => {
        searches.push(search);
        return answer;
      },
    },
    '',
    { categories },
  );
  return { store, searches };
}

/** Types a postcode and presses "Find help", as a resident would. */
async function search(root: HTMLElement, postcode: string): Promise<void> {
  const box = boxCalled(root, 'Your postcode');
  await act(() => {
    box.value = postcode;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await press(root, 'Find help');
}

function boxCalled(root: HTMLElement, label: string): HTMLInputElement {
  const forId = [...root.querySelectorAll('label')].find((element) => nameOf(element) === label)?.htmlFor;
  return root.querySelector<HTMLInputElement>(`#${forId}`)!;
}

/** Gives the page's navigator a feature (geolocation, clipboard, share) for one test. */
const stubbed: string[] = [];
function giveNavigator(feature: 'geolocation' | 'clipboard' | 'share', value: unknown): void {
  Object.defineProperty(navigator, feature, { value, configurable: true });
  stubbed.push(feature);
}

afterEach(() => {
  for (const feature of stubbed.splice(0)) delete (navigator as unknown as Record<string, unknown>)[feature];
  vi.unstubAllGlobals();
});

describe('finding help', () => {
  it("shows the practice's own offer first, in a box of its own", async () => {
    const offer = 'Ask at reception for help with the NHS App, Tuesdays 2-4pm';
    const root = await show(<FindHelp store={finder().store} offer={offer} />);
    const offerBox = [...root.querySelectorAll('p')].find((paragraph) => paragraph.textContent === offer)!;
    expect(offerBox.previousElementSibling?.textContent).toBe('Find local help');
    expect(
      offerBox.compareDocumentPosition(root.querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('offers only the kinds of help the site chose', async () => {
    const root = await show(<FindHelp store={finder(found, ['nhs-app', 'digital-skills']).store} />);
    const options = [...root.querySelectorAll('option')].map((option) => option.textContent);
    expect(options).toEqual([
      'Anything',
      'Help with computers, phones and the internet',
      'Help with the NHS App and health online',
    ]);
  });

  it('asks nothing about the kind of help when the site offers one, and looks only for that', async () => {
    const { store, searches } = finder(found, ['nhs-app']);
    const root = await show(<FindHelp store={store} />);
    expect(root.querySelector('select')).toBeNull();
    expect(root.textContent).not.toContain('What do you need help with?');
    await search(root, 'S1 2HE');
    expect(searches[0]?.categories).toEqual(['nhs-app']);
  });

  it('says what sharing a location means before the browser asks, and asks only after "Share my location"', async () => {
    const getCurrentPosition = vi.fn((found: PositionCallback) =>
      found({ coords: { latitude: 53.38, longitude: -1.47 } } as GeolocationPosition),
    );
    giveNavigator('geolocation', { getCurrentPosition });
    const { store, searches } = finder({ ...found, placeLabel: 'your location' });
    const root = await show(<FindHelp store={store} offerLocation />);
    const location = root.querySelector('details')!;
    expect(nameOf(location.querySelector('summary')!)).toBe('Use my location instead');
    expect(location.textContent).toContain(
      'Your browser will ask to share your location. It is used only on this page to find help near you.',
    );
    expect(getCurrentPosition).not.toHaveBeenCalled();

    await press(root, 'Share my location');
    expect(getCurrentPosition).toHaveBeenCalledOnce();
    expect(searches).toEqual([
      expect.objectContaining({ postcode: '', location: { latitude: 53.38, longitude: -1.47 } }),
    ]);
    expect(root.textContent).toContain('1 place near your location');
  });

  it('says kindly when the location is not shared, and the postcode box still works', async () => {
    giveNavigator('geolocation', {
      getCurrentPosition: (_: PositionCallback, failed: PositionErrorCallback) =>
        failed({ code: 1 } as GeolocationPositionError),
    });
    const { store, searches } = finder();
    const root = await show(<FindHelp store={store} offerLocation />);
    await press(root, 'Share my location');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Your location was not shared. You can type your postcode instead.',
    );
    expect(searches).toEqual([]);

    await search(root, 'S1 2HE');
    expect(searches[0]?.postcode).toBe('S1 2HE');
    expect(root.textContent).toContain('1 place near S1 2HE');
  });

  it('leaves "use my location" out unless the page offers it', async () => {
    const root = await show(<FindHelp store={finder().store} />);
    expect(root.textContent).not.toContain('Use my location');
  });

  it('says out loud what went wrong, marks the box, and keeps what was typed', async () => {
    const problem: SupportResults = {
      ok: false,
      message: 'Check your postcode: SI 2HE is not a postcode we know.',
      suggestions: ['S1 2HE'],
      remote: [],
    };
    const root = await show(<FindHelp store={finder(problem).store} />);
    await search(root, 'SI 2HE');
    expect(root.querySelector('[role="status"]')?.textContent).toBe(problem.message);
    const box = boxCalled(root, 'Your postcode');
    expect(box.value).toBe('SI 2HE');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${box.getAttribute('aria-describedby')!.split(' ')[1]}`)?.textContent).toContain(
      problem.message,
    );
    expect(buttonCalled(root, 'Search S1 2HE')).toBeDefined();
  });

  it('shows a note about the list above the list, and reads it out with the results', async () => {
    const notice = "We couldn't load this practice's list, so this is the national list.";
    const root = await show(<FindHelp store={finder({ ...found, notice }).store} />);
    await search(root, 'S1 2HE');
    const results = root.querySelector('.sp-results')!;
    expect(results.firstElementChild?.textContent).toBe(notice);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      `${notice} Found 1 place near S1 2HE, and 1 way to get help by phone or online.`,
    );
  });

  it("adds the page's own control to every card, and says which help the resident followed", async () => {
    const onSelect = vi.fn();
    const root = await show(
      <FindHelp
        store={finder().store}
        onSelect={onSelect}
        cardAction={(resource) => <button type="button">Add {resource.name} to handover note</button>}
      />,
    );
    await search(root, 'S1 2HE');
    expect(buttonCalled(root, 'Add Central Library to handover note')).toBeDefined();
    expect(buttonCalled(root, 'Add Digital Helpline to handover note')).toBeDefined();
    const call = [...root.querySelectorAll('a')].find((link) => link.href.startsWith('tel:'))!;
    call.addEventListener('click', (event) => event.preventDefault());
    call.click();
    expect(onSelect).toHaveBeenCalledWith({ resourceId: 'library', action: 'call' });
  });
});

describe('keeping the list', () => {
  it('prints the list', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const root = await show(<FindHelp store={finder().store} />);
    await search(root, 'S1 2HE');
    await press(root, 'Print this list');
    expect(print).toHaveBeenCalledOnce();
  });

  it('copies a link holding only the postcode district, says so beside the button, and says when it is copied', async () => {
    const writeText = vi.fn(async () => undefined);
    giveNavigator('clipboard', { writeText });
    const { store } = finder(found, []);
    const root = await show(<FindHelp store={store} />);
    store.category.value = 'food';
    await search(root, 'S1 2HE');
    expect(root.textContent).toContain('The link has only the first part of your postcode, never all of it.');

    await press(root, 'Share this list');
    expect(writeText).toHaveBeenCalledWith(`${location.origin}${location.pathname}${location.search}#signpost=S1/food`);
    expect([...root.querySelectorAll('[role="status"]')].map((status) => status.textContent)).toContain('Link copied');
  });

  it('uses the share sheet when the device has one', async () => {
    const share = vi.fn(async () => undefined);
    giveNavigator('share', share);
    const root = await show(<FindHelp store={finder().store} />);
    await search(root, 'S1 2HE');
    await press(root, 'Share this list');
    expect(share).toHaveBeenCalledWith({ url: expect.stringMatching(/#signpost=S1\/$/) });
  });

  it('shows the link to copy by hand when it cannot be shared or copied', async () => {
    giveNavigator('clipboard', undefined);
    const root = await show(<FindHelp store={finder().store} />);
    await search(root, 'S1 2HE');
    await press(root, 'Share this list');
    const label = [...root.querySelectorAll('label')].find((element) =>
      element.textContent?.startsWith('Copy this link'),
    );
    expect(label?.querySelector('input')?.value).toMatch(/#signpost=S1\/$/);
  });

  it('offers printing but not a link after a search by location, which has no postcode to share', async () => {
    giveNavigator('geolocation', {
      getCurrentPosition: (found: PositionCallback) =>
        found({ coords: { latitude: 53.38, longitude: -1.47 } } as GeolocationPosition),
    });
    const root = await show(<FindHelp store={finder().store} offerLocation />);
    await press(root, 'Share my location');
    expect(buttonCalled(root, 'Print this list')).toBeDefined();
    expect(buttonCalled(root, 'Share this list')).toBeUndefined();
  });
});

describe('results a resident can scan', () => {
  it('counts the places in a heading, and gives that heading the focus after Find help', async () => {
    const root = await show(<FindHelp store={finder().store} />);
    await search(root, 'S1 2HE');
    const heading = root.querySelector('#sp-nearby-heading')!;
    expect(heading.textContent).toBe('1 place near S1 2HE');
    expect(document.activeElement).toBe(heading);
  });

  it('puts what went wrong at the top, focused, with a link to the box and the correction as a button right under it', async () => {
    const problem: SupportResults = {
      ok: false,
      message: 'Did you mean SW1A 0AA?',
      suggestions: ['SW1A 0AA'],
      remote: [],
    };
    const { store, searches } = finder(problem);
    const root = await show(<FindHelp store={store} />);
    await search(root, 'sw1a oaa');
    const summary = root.querySelector<HTMLElement>('.sp-error-summary')!;
    expect(document.activeElement).toBe(summary);
    expect(
      summary.compareDocumentPosition(root.querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(nameOf(summary)).toBe('There is a problemDid you mean SW1A 0AA?Search SW1A 0AA');
    const link = summary.querySelector('a')!;
    link.click();
    expect(document.activeElement).toBe(boxCalled(root, 'Your postcode'));
    expect(boxCalled(root, 'Your postcode').value).toBe('sw1a oaa');
    await press(root, 'Search SW1A 0AA');
    expect(searches.at(-1)?.postcode).toBe('SW1A 0AA');
  });

  it("offers a town's postcode areas to choose from, each searching its own", async () => {
    const town: SupportResults = {
      ok: false,
      message: 'Which part of Sheffield? Choose your postcode area, or type your postcode.',
      suggestions: [],
      districts: [
        { outcode: 'S1', town: 'Sheffield' },
        { outcode: 'S10', town: 'Sheffield' },
      ],
      remote: [],
    };
    const { store, searches } = finder(town);
    const root = await show(<FindHelp store={store} />);
    await search(root, 'sheffield');
    const summary = root.querySelector('.sp-error-summary')!;
    expect(summary.querySelector('h3')?.textContent).toBe('Choose your area');
    expect(summary.querySelector('ul[aria-label="Postcode areas in Sheffield"]')).not.toBeNull();
    await press(root, 'Search S10');
    expect(searches.at(-1)?.postcode).toBe('S10');
    expect(boxCalled(root, 'Your postcode').value).toBe('S10');
  });

  it('with nothing near, says what was searched and offers only next steps that search differently', async () => {
    const nothing: SupportResults = { ...found, nearby: [] };
    const { store, searches } = finder(nothing, []);
    const root = await show(<FindHelp store={store} />);
    store.category.value = 'food';
    store.words.value = 'pantry';
    await search(root, 'S1 2HE');
    expect(root.querySelector('#sp-nearby-heading')?.textContent).toBe('No places near S1 2HE');
    expect(root.textContent).toContain(
      'We found no places for food within 10 miles of S1 2HE. You asked only for the words “pantry”.',
    );
    expect(root.textContent).not.toContain('Try "Anything"');
    const steps = [...root.querySelectorAll('.sp-next-steps button')].map(nameOf);
    expect(steps).toEqual([
      'Look up to 25 miles away',
      'Look for any kind of help',
      'Search without those choices',
      'See help by phone or online',
    ]);
    await press(root, 'Look up to 25 miles away');
    expect(searches.at(-1)).toMatchObject({ postcode: 'S1 2HE', categories: ['food'], radiusMiles: 25 });
    await press(root, 'Look for any kind of help');
    expect(searches.at(-1)).toMatchObject({ categories: [], words: 'pantry' });
    await press(root, 'See help by phone or online');
    expect(document.activeElement).toBe(root.querySelector('#sp-remote-heading'));
  });

  it('never offers "any kind of help" when any kind was searched, nor a wider search at the widest', async () => {
    const nothing: SupportResults = { ...found, nearby: [], remote: [], radiusMiles: 50 };
    const root = await show(<FindHelp store={finder(nothing).store} />);
    await search(root, 'S1 2HE');
    expect(root.textContent).toContain('We found no places within 50 miles of S1 2HE.');
    expect(root.querySelectorAll('.sp-next-steps button')).toHaveLength(0);
  });
});
