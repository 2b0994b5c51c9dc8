/**
 * The floor the widget's first script is measured against (bench/widget-first-search.ts): the same form,
 * the same fields and the same stylesheet in a shadow root, drawn the ordinary way with Preact and signals,
 * and nothing else (no loading, no settings, no search). Built by the bench, never shipped.
 */
import { render } from 'preact';
import { signal } from '@preact/signals';
import css from '../shared/ui/kit/signpost.css?inline';
import { CATEGORIES } from '../shared/directory/categories.ts';

const postcode = signal('');
const category = signal('');
const words = signal('');
const openNow = signal(false);
const freeOnly = signal(false);

function Field({ id, label, hint, value }: { id: string; label: string; hint: string; value: typeof postcode }) {
  return (
    <div class="sp-field">
      <label class="sp-label" for={id}>
        {label}
      </label>
      <p class="sp-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        class="sp-input"
        id={id}
        name={id}
        type="text"
        aria-describedby={`${id}-hint`}
        value={value}
        onInput={(event) => (value.value = event.currentTarget.value)}
      />
    </div>
  );
}

function Checkbox({ id, label, checked }: { id: string; label: string; checked: typeof openNow }) {
  return (
    <div class="sp-checkbox">
      <input
        class="sp-checkbox__input"
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => (checked.value = event.currentTarget.checked)}
      />
      <label class="sp-checkbox__label" for={id}>
        {label}
      </label>
    </div>
  );
}

function Form() {
  return (
    <form class="sp-form" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 class="sp-title">Find local help</h2>
      <Field id="postcode" label="Your postcode" hint="For example, S1 2HE" value={postcode} />
      <div class="sp-field">
        <label class="sp-label" for="category">
          What do you need help with?
        </label>
        <select
          class="sp-select"
          id="category"
          value={category}
          onChange={(event) => (category.value = event.currentTarget.value)}
        >
          <option value="">Anything</option>
          {CATEGORIES.map(({ id, label }) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <Field id="words" label="Search words (optional)" hint="For example, wifi or food bank" value={words} />
      <fieldset class="sp-fieldset">
        <legend class="sp-label">Only show</legend>
        <Checkbox id="open-now" label="Places open now" checked={openNow} />
        <Checkbox id="free" label="Free help" checked={freeOnly} />
      </fieldset>
      <button class="sp-button" type="submit">
        Find help
      </button>
    </form>
  );
}

for (const host of document.querySelectorAll<HTMLElement>('[data-signpost]')) {
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  const root = document.createElement('div');
  root.className = 'sp-root';
  shadow.append(root);
  render(<Form />, root);
}
