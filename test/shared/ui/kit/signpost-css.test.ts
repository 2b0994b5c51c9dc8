import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const css = ['kit/signpost.css', 'finder/found-help.css']
  .map((file) => readFileSync(resolve(import.meta.dirname, '../../../../shared/ui', file), 'utf8'))
  .join('\n');

interface Device {
  prefersColorScheme: 'light' | 'dark';
  mediaType: 'screen' | 'print';
}

/** happy-dom's pretend device: its colour scheme, and screen or paper. */
const device = (window as unknown as { happyDOM: { settings: { device: Device } } }).happyDOM.settings.device;
const usual: Device = { ...device };

beforeAll(() => {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
});

afterEach(() => {
  Object.assign(device, usual);
  document.body.replaceChildren();
});

/** A fresh finder root with a form, a card and a button, styled as the device is now. */
function finderRoot(className = 'sp-root'): HTMLElement {
  const root = document.createElement('div');
  root.className = className;
  const card = document.createElement('article');
  card.className = 'sp-card';
  const actions = document.createElement('ul');
  actions.className = 'sp-card__actions';
  const call = document.createElement('li');
  call.textContent = 'Call 0114 273 4400';
  const directions = document.createElement('li');
  directions.className = 'sp-no-print';
  directions.textContent = 'Directions';
  actions.append(call, directions);
  card.append(actions);
  const form = document.createElement('form');
  form.className = 'sp-form';
  const button = document.createElement('button');
  button.className = 'sp-button';
  root.append(form, card, button);
  document.body.append(root);
  return root;
}

const textColour = (element: Element) => getComputedStyle(element).color;
const DARK_TEXT = '#212b32';
const LIGHT_TEXT = '#f0f4f5';

describe('the finder look', () => {
  it("follows the device's light or dark setting", () => {
    expect(textColour(finderRoot())).toBe(DARK_TEXT);
    device.prefersColorScheme = 'dark';
    expect(textColour(finderRoot())).toBe(LIGHT_TEXT);
  });

  it('keeps the scheme a site forces, whatever the device says', () => {
    device.prefersColorScheme = 'dark';
    expect(textColour(finderRoot('sp-root sp-theme-light'))).toBe(DARK_TEXT);
    device.prefersColorScheme = 'light';
    expect(textColour(finderRoot('sp-root sp-theme-dark'))).toBe(LIGHT_TEXT);
  });

  it('prints dark ink on paper even in a dark theme, without the form or map links, but with phone numbers', () => {
    device.prefersColorScheme = 'dark';
    device.mediaType = 'print';
    const root = finderRoot('sp-root sp-theme-dark');
    expect(textColour(root)).toBe(DARK_TEXT);
    expect(getComputedStyle(root.querySelector('.sp-form')!).display).toBe('none');
    expect(getComputedStyle(root.querySelector('.sp-no-print')!).display).toBe('none');
    expect(getComputedStyle(root.querySelector('.sp-card__actions li')!).display).not.toBe('none');
  });

  it("never sizes by the host page's root font size", () => {
    const hostile = document.createElement('style');
    hostile.textContent = 'html { font-size: 8px }';
    document.head.append(hostile);
    expect(getComputedStyle(finderRoot()).fontSize).toBe('19px');
    hostile.remove();
    expect(css).not.toMatch(/\d(rem|vw|vh|vmin|vmax)\b/);
  });

  it('makes buttons and contact rows at least 44px tall, to be easy to tap', () => {
    const root = finderRoot();
    expect(getComputedStyle(root.querySelector('.sp-button')!).minHeight).toBe('44px');
    expect(getComputedStyle(root.querySelector('.sp-card__actions li')!).minHeight).toBe('44px');
  });
});
