import { CATEGORIES, type CategoryId } from '../../directory/categories.ts';
import type { FinderStore } from './finder-store.ts';
import { TextField } from '../kit/text-field.tsx';

interface PostcodeFormProps {
  store: FinderStore;
  /** Unique per finder on the page, so labels point at the right inputs. */
  idPrefix: string;
  /** The problem with the typed postcode, shown under the box and announced. */
  error?: string;
}

/** Postcode and what the resident needs help with. The typed text is never changed behind their back. */
export function PostcodeForm({ store, idPrefix, error }: PostcodeFormProps) {
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!store.searching.value) void store.search();
  };
  // Only the kinds of help this finder offers; with one, there is nothing to choose.
  const choices = store.categories.length
    ? CATEGORIES.filter((category) => store.categories.includes(category.id))
    : CATEGORIES;
  return (
    <form class="sp-form" onSubmit={onSubmit} noValidate>
      <TextField
        id={`${idPrefix}-postcode`}
        label="Your postcode"
        hint="For example, S1 2HE"
        error={error}
        value={store.postcode}
        name="postcode"
        autocomplete="postal-code"
      />
      {choices.length > 1 && (
        <div class="sp-field">
          <label class="sp-label" for={`${idPrefix}-category`}>
            What do you need help with?
          </label>
          <select
            class="sp-select"
            id={`${idPrefix}-category`}
            value={store.category.value}
            onChange={(event) => (store.category.value = event.currentTarget.value as CategoryId | '')}
          >
            <option value="">Anything</option>
            {choices.map((category) => (
              <option key={category.id} value={category.id}>
                {category.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <TextField
        id={`${idPrefix}-words`}
        label="Search words (optional)"
        hint="For example, wifi or food bank"
        value={store.words}
        name="words"
      />
      <fieldset class="sp-fieldset">
        <legend class="sp-label">Only show</legend>
        <Checkbox
          id={`${idPrefix}-open-now`}
          label="Places open now"
          checked={store.openNow.value}
          onChange={(value) => (store.openNow.value = value)}
        />
        <Checkbox
          id={`${idPrefix}-free`}
          label="Free help"
          checked={store.freeOnly.value}
          onChange={(value) => (store.freeOnly.value = value)}
        />
      </fieldset>
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
      <button class="sp-button" type="submit" aria-disabled={store.searching.value}>
        {store.searching.value ? 'Searching…' : 'Find help'}
      </button>
    </form>
  );
}

function Checkbox({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <div class="sp-checkbox">
      <input
        class="sp-checkbox__input"
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label class="sp-checkbox__label" for={id}>
        {label}
      </label>
    </div>
  );
}
