import { effect } from '@preact/signals-core';
import { CATEGORIES, type CategoryId } from '../../directory/categories.ts';
import { domElement } from '../kit/dom-element.ts';
import type { FinderStore } from './finder-store.ts';

/** The problem with the last search, if it had one: shown by the postcode box and in the summary above. */
export function searchProblem(store: FinderStore) {
  const results = store.results.value;
  return results && !results.ok ? results : undefined;
}

/**
 * Postcode and what the resident needs help with, drawn with plain DOM calls and kept in step with the
 * store both ways. The typed text is never changed behind the resident's back. Gives back what stops the
 * bindings. Plain DOM, not Preact, so the widget's first script can draw it within its size budget.
 */
export function drawPostcodeForm(store: FinderStore, idPrefix: string): { form: HTMLFormElement; stop: () => void } {
  const postcode = textField(idPrefix, 'postcode', 'Your postcode', 'For example, S1 2HE', 'postal-code');
  const words = textField(idPrefix, 'words', 'Search words (optional)', 'For example, wifi or food bank', 'off');
  const category = categoryChoice(store, idPrefix);
  const openNow = checkbox(`${idPrefix}-open-now`, 'Places open now');
  const freeOnly = checkbox(`${idPrefix}-free`, 'Free help');
  // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page.
  const button = domElement('button', { class: 'sp-button', type: 'submit' });
  const form = domElement(
    'form',
    { class: 'sp-form', novalidate: true },
    postcode.field,
    category?.field,
    words.field,
    domElement(
      'fieldset',
      { class: 'sp-fieldset' },
      domElement('legend', { class: 'sp-label' }, 'Only show'),
      openNow.field,
      freeOnly.field,
    ),
    button,
  );
  form.addEventListener('input', ({ target }) => {
    if (target === postcode.input) store.postcode.value = postcode.input.value;
    else if (target === words.input) store.words.value = words.input.value;
  });
  form.addEventListener('change', ({ target }) => {
    if (target === category?.select) store.category.value = category.select.value as CategoryId | '';
    else if (target === openNow.input) store.openNow.value = openNow.input.checked;
    else if (target === freeOnly.input) store.freeOnly.value = freeOnly.input.checked;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!store.searching.value) void store.search();
  });
  const stops = [
    effect(() => setValue(postcode.input, store.postcode.value)),
    effect(() => setValue(words.input, store.words.value)),
    effect(() => category && setValue(category.select, store.category.value)),
    effect(() => void (openNow.input.checked = store.openNow.value)),
    effect(() => void (freeOnly.input.checked = store.freeOnly.value)),
    effect(() => {
      button.textContent = store.searching.value ? 'Searching…' : 'Find help';
      button.setAttribute('aria-disabled', String(store.searching.value));
    }),
    effect(() => postcode.showError(searchProblem(store)?.message)),
  ];
  return { form, stop: () => stops.forEach((stop) => stop()) };
}

/** Only when it differs: setting a box's value moves the caret to the end while the resident types. */
function setValue(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  if (control.value !== value) control.value = value;
}

/**
 * A labelled text box with its hint and error message tied to it, as NHS.UK lays them out: the error above
 * the box, announced with it, and the box marked invalid; what was typed stays.
 */
function textField(idPrefix: string, name: string, label: string, hint: string, autocomplete: string) {
  const id = `${idPrefix}-${name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const input = domElement('input', {
    class: 'sp-input',
    id,
    name,
    type: 'text',
    autocomplete,
    spellcheck: 'false',
    'aria-describedby': hintId,
  });
  const error = domElement('p', { class: 'sp-error-message', id: errorId, hidden: true });
  const field = domElement(
    'div',
    { class: 'sp-field' },
    domElement('label', { class: 'sp-label', for: id }, label),
    domElement('p', { class: 'sp-hint', id: hintId }, hint),
    error,
    input,
  );
  function showError(message: string | undefined): void {
    field.classList.toggle('sp-field--error', !!message);
    error.hidden = !message;
    error.replaceChildren(
      ...(message ? [domElement('span', { class: 'sp-visually-hidden' }, 'Error: '), message] : []),
    );
    input.setAttribute('aria-describedby', message ? `${hintId} ${errorId}` : hintId);
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  return { field, input, showError };
}

/** Only the kinds of help this finder offers; with one, there is nothing to choose, so no list. */
function categoryChoice(store: FinderStore, idPrefix: string) {
  const offered = store.categories.length
    ? CATEGORIES.filter((category) => store.categories.includes(category.id))
    : CATEGORIES;
  if (offered.length < 2) return undefined;
  const id = `${idPrefix}-category`;
  const select = domElement(
    'select',
    { class: 'sp-select', id },
    domElement('option', { value: '' }, 'Anything'),
    ...offered.map(({ id: value, label }) => domElement('option', { value }, label)),
  );
  const field = domElement(
    'div',
    { class: 'sp-field' },
    domElement('label', { class: 'sp-label', for: id }, 'What do you need help with?'),
    select,
  );
  return { field, select };
}

function checkbox(id: string, label: string) {
  const input = domElement('input', { class: 'sp-checkbox__input', type: 'checkbox', id });
  const field = domElement(
    'div',
    { class: 'sp-checkbox' },
    input,
    domElement('label', { class: 'sp-checkbox__label', for: id }, label),
  );
  return { field, input };
}
