import { afterEach, describe, expect, it } from 'vitest';
import { describeElement, teachableElement } from '../../../shared/guide/describe-element.ts';
import { findTarget } from '../../../shared/guide/find-target.ts';
import { showPage } from './show-page.ts';

const byId = (id: string) => document.getElementById(id)!;

afterEach(() => document.body.replaceChildren());

describe('what Signpost keeps when a helper points at something', () => {
  it('keeps a link by its role and name, as a screen reader says it', () => {
    showPage('<nav><a id="p" href="/prescriptions/123">Prescriptions</a></nav>');
    expect(describeElement(byId('p'))).toEqual({ role: 'link', name: 'Prescriptions' });
  });

  it('keeps the words on it as another name when they differ from its accessible name', () => {
    showPage('<a id="order" href="/o" aria-label="Order a repeat prescription">Order</a>');
    expect(describeElement(byId('order'))).toEqual({
      role: 'link',
      name: 'Order a repeat prescription',
      alsoNamed: ['Order'],
    });
  });

  it('keeps a box by its role and the words of its label, never what was typed in it', () => {
    showPage('<label for="e">Email address</label><input id="e" value="sam.jones@example.com">');
    const target = describeElement(byId('e'));
    expect(target).toEqual({ role: 'textbox', name: 'Email address' });
    expect(JSON.stringify(target)).not.toContain('sam.jones');
  });

  it('keeps words, then a selector, for things with no role', () => {
    showPage('<p id="words">Your code is on its way</p><div><span class="blank"></span></div>');
    expect(describeElement(byId('words'))).toEqual({ text: 'Your code is on its way' });
    expect(describeElement(document.querySelector('.blank')!)).toEqual({ selector: 'body > div > span' });
  });

  it('builds the selector from a steady id, not one with numbers that change on each visit', () => {
    showPage('<section id="results"><div id="item-48213"><span></span><span class="s"></span></div></section>');
    const blank = document.querySelector('.s')!;
    const selector = describeElement(blank);
    expect(selector).toEqual({ selector: '#results > div > span:nth-of-type(2)' });
    expect(findTarget(document, selector)).toBe(blank);
  });

  it('never keeps a name that holds text someone typed on the page', () => {
    showPage(`<label for="q">Search</label><input id="q" value="Sam Jones">
      <button id="b">Results for Sam Jones</button>`);
    const target = describeElement(byId('b'));
    expect(JSON.stringify(target)).not.toContain('Sam Jones');
    expect(target).toHaveProperty('selector');
  });

  it('cuts a very long name to its first twelve words, which still finds it', () => {
    const words =
      'Find out how to order your repeat prescriptions online and have them sent to the pharmacy you choose';
    showPage(`<a id="card" href="/x">${words}</a>`);
    const target = describeElement(byId('card'));
    expect(target).toEqual({ role: 'link', name: words.split(' ').slice(0, 12).join(' ') });
    expect(findTarget(document, target)).toBe(byId('card'));
  });

  it('finds again what it described, on the same page', () => {
    showPage(`<h1 id="h">Sign in</h1><label for="p">Password</label><input id="p" type="password">
      <button id="c"><span>Continue</span></button><label><input type="checkbox" id="t"> Keep me signed in</label>`);
    for (const id of ['h', 'p', 'c', 't']) expect(findTarget(document, describeElement(byId(id))), id).toBe(byId(id));
  });
});

describe('what a helper meant by their click', () => {
  it('is the button or link around the words or picture clicked', () => {
    showPage('<button id="b"><svg><path id="icon"></path></svg><span id="w">Continue</span></button>');
    expect(teachableElement(byId('w'))).toBe(byId('b'));
    expect(teachableElement(byId('icon'))).toBe(byId('b'));
  });

  it('is the box a label names, when the label is clicked', () => {
    showPage('<label id="l" for="e"><b id="bold">Email</b> address</label><input id="e">');
    expect(teachableElement(byId('bold'))).toBe(byId('e'));
  });

  it('is the thing itself when nothing around it has a role', () => {
    showPage('<div><p id="p">Words</p></div>');
    expect(teachableElement(byId('p'))).toBe(byId('p'));
  });
});
