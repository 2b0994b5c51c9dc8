import { CATEGORIES, type CategoryId } from '../directory/categories.ts';
import type { FinderStore } from './finder-store.ts';

interface PostcodeFormProps {
  store: FinderStore;
  /** Unique per finder on the page, so labels point at the right inputs. */
  idPrefix: string;
  /** The problem with the typed postcode, shown under the box and announced. */
  error?: string;
}

/** Postcode and what the resident needs help with. The typed text is never changed behind their back. */
export function PostcodeForm({ store, idPrefix, error }: PostcodeFormProps) {
  const errorId = `${idPrefix}-postcode-error`;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void store.search();
  };
  return (
    <form class="sp-form" onSubmit={onSubmit} noValidate>
      <div class={error ? 'sp-field sp-field--error' : 'sp-field'}>
        <label class="sp-label" for={`${idPrefix}-postcode`}>
          Your postcode
        </label>
        <p class="sp-hint" id={`${idPrefix}-postcode-hint`}>
          For example, S1 2HE
        </p>
        {error && (
          <p class="sp-error-message" id={errorId}>
            <span class="sp-visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <input
          class="sp-input"
          id={`${idPrefix}-postcode`}
          name="postcode"
          type="text"
          autocomplete="postal-code"
          spellcheck={false}
          aria-describedby={error ? `${idPrefix}-postcode-hint ${errorId}` : `${idPrefix}-postcode-hint`}
          aria-invalid={error ? 'true' : undefined}
          value={store.postcode}
          onInput={(event) => (store.postcode.value = event.currentTarget.value)}
        />
      </div>
      <div class="sp-field">
        <label class="sp-label" for={`${idPrefix}-category`}>
          What do you need help with?
        </label>
        <select
          class="sp-select"
          id={`${idPrefix}-category`}
          value={store.category}
          onChange={(event) => (store.category.value = event.currentTarget.value as CategoryId | '')}
        >
          <option value="">Anything</option>
          {CATEGORIES.map((category) => (
            <option key={category.id} value={category.id}>
              {category.label}
            </option>
          ))}
        </select>
      </div>
      <div class="sp-field">
        <label class="sp-label" for={`${idPrefix}-words`}>
          Search words (optional)
        </label>
        <p class="sp-hint" id={`${idPrefix}-words-hint`}>
          For example, wifi or food bank
        </p>
        <input
          class="sp-input"
          id={`${idPrefix}-words`}
          name="words"
          type="search"
          aria-describedby={`${idPrefix}-words-hint`}
          value={store.words}
          onInput={(event) => (store.words.value = event.currentTarget.value)}
        />
      </div>
      <fieldset class="sp-fieldset">
        <legend class="sp-label">Only show</legend>
        <Checkbox id={`${idPrefix}-open-now`} label="Places open now" checked={store.openNow.value} onChange={(value) => (store.openNow.value = value)} />
        <Checkbox id={`${idPrefix}-free`} label="Free help" checked={store.freeOnly.value} onChange={(value) => (store.freeOnly.value = value)} />
      </fieldset>
      <button class="sp-button" type="submit" disabled={store.searching.value} aria-disabled={store.searching.value}>
        {store.searching.value ? 'Searching…' : 'Find help'}
      </button>
    </form>
  );
}

function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <div class="sp-checkbox">
      <input class="sp-checkbox__input" type="checkbox" id={id} checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label class="sp-checkbox__label" for={id}>
        {label}
      </label>
    </div>
  );
}
