import { useSignal, type Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { CATEGORIES, type CategoryId } from '../../shared/directory/categories.ts';
import { DEFAULT_LIMIT, DEFAULT_RADIUS_MILES } from '../../shared/find/find-nearby.ts';
import { TextField } from '../../shared/ui/kit/text-field.tsx';
import type { WidgetTheme } from '../signpost/widget-options.ts';
import {
  OWN_FOLDER,
  type ConfiguratorChoices,
  type ConfiguratorErrors,
  type FilesPlace,
} from './configurator-choices.ts';

// Choices rather than free numbers: every one is within what the widget accepts, so none can be wrong.
const RADIUS_CHOICES = ['1', '2', '3', '5', '15', '20', '30', '50'];
const RESULTS_CHOICES = ['5', '10', '15', '30', '50'];
const THEMES: RadioChoice<WidgetTheme>[] = [
  {
    value: 'auto',
    label: 'Follow the device',
    hint: 'Light, or dark when the person has asked their device for dark pages.',
  },
  { value: 'light', label: 'Always light', hint: 'Dark text on white.' },
  { value: 'dark', label: 'Always dark', hint: 'Light text on a dark background.' },
];

const FILES_PLACES: RadioChoice<FilesPlace>[] = [
  {
    value: 'own',
    label: 'On our own website',
    hint: 'Download the files below, unzip them and upload the signpost folder to your website.',
  },
  {
    value: 'shared',
    label: 'A shared copy that our council or integrated care board looks after',
    hint: 'One copy for many practices. Use the same version as this page, or the code will not work.',
  },
];

interface ChoiceInputProps {
  type: 'checkbox' | 'radio';
  id: string;
  name?: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A tick box or radio button with its label, and a hint tied to it when there is one. */
function ChoiceInput({ type, id, name, label, hint, checked, onChange }: ChoiceInputProps) {
  const hintId = `${id}-hint`;
  return (
    <div class="cf-choice">
      <div class="sp-checkbox">
        <input
          class="sp-checkbox__input"
          type={type}
          id={id}
          name={name}
          checked={checked}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
      </div>
      {hint && (
        <p class="sp-hint cf-choice__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

export interface RadioChoice<T extends string> {
  value: T;
  label: string;
  hint: string;
}

/** A radio button for each choice, named `name` and each with the id `name-value`; `chosen` is ticked. */
export function RadioChoices<T extends string>({
  name,
  choices,
  chosen,
  onChoose,
}: {
  name: string;
  choices: readonly RadioChoice<T>[];
  chosen: T;
  onChoose: (value: T) => void;
}) {
  return (
    <>
      {choices.map((choice) => (
        <ChoiceInput
          key={choice.value}
          type="radio"
          name={name}
          id={`${name}-${choice.value}`}
          label={choice.label}
          hint={choice.hint}
          checked={chosen === choice.value}
          onChange={(on) => on && onChoose(choice.value)}
        />
      ))}
    </>
  );
}

export function Fieldset({
  legend,
  hint,
  hintId,
  children,
}: {
  legend: string;
  hint?: string;
  hintId?: string;
  children: ComponentChildren;
}) {
  return (
    <fieldset class="cf-fieldset" aria-describedby={hint ? hintId : undefined}>
      <legend class="cf-legend">{legend}</legend>
      {hint && (
        <p class="sp-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children}
    </fieldset>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  hint: string;
  standard: string;
  choices: readonly string[];
  value: Signal<string>;
}

function SelectField({ id, label, hint, standard, choices, value }: SelectFieldProps) {
  return (
    <div class="sp-field">
      <label class="sp-label" for={id}>
        {label}
      </label>
      <p class="sp-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <select
        class="sp-select cf-select"
        id={id}
        aria-describedby={`${id}-hint`}
        value={value.value}
        onChange={(event) => (value.value = event.currentTarget.value)}
      >
        <option value="">{standard}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </div>
  );
}

function toggled(list: readonly CategoryId[], id: CategoryId, on: boolean): CategoryId[] {
  return on ? [...list.filter((listed) => listed !== id), id] : list.filter((listed) => listed !== id);
}

/**
 * Every setting of the widget as a form: labels, hints, and a plain message for anything wrong, shown
 * once the person leaves that box so that half-typed addresses are not called mistakes.
 */
export function ConfiguratorForm({ choices }: { choices: ConfiguratorChoices }) {
  const { fields } = choices;
  const left = useSignal<ReadonlySet<string>>(new Set());
  const errors = choices.checked.value.errors;
  const errorOf = (field: keyof ConfiguratorErrors) => (left.value.has(field) ? errors[field] : undefined);
  const leave = (field: string) => () => (left.value = new Set([...left.value, field]));

  return (
    <form class="cf-form" onSubmit={(event) => event.preventDefault()} noValidate>
      <Fieldset legend="Where it searches">
        <div onFocusOut={leave('postcode')}>
          <TextField
            id="cf-postcode"
            label="Postcode or area to start with (optional)"
            hint="Filled in for people, who can change it. For example your practice's area, S1, or its postcode, S1 2HE."
            error={errorOf('postcode')}
            value={fields.postcode}
          />
        </div>
        <SelectField
          id="cf-radius"
          label="How far to look, in miles"
          hint="Places further away than this are not listed."
          standard={`Standard (${DEFAULT_RADIUS_MILES} miles)`}
          choices={RADIUS_CHOICES}
          value={fields.radius}
        />
        <SelectField
          id="cf-results"
          label="How many places to list"
          hint="The nearest come first."
          standard={`Standard (${DEFAULT_LIMIT})`}
          choices={RESULTS_CHOICES}
          value={fields.results}
        />
        <ChoiceInput
          type="checkbox"
          id="cf-postcode-lookup"
          label="Place full postcodes exactly, using postcodes.io"
          hint="Off, the postcode never leaves the person's browser, and places are measured from the middle of their postcode area. On, full postcodes are sent to postcodes.io, a free public service."
          checked={fields.postcodeLookup.value}
          onChange={(on) => (fields.postcodeLookup.value = on)}
        />
      </Fieldset>

      <Fieldset legend="Kinds of help to offer" hint="Tick none to offer every kind." hintId="cf-categories-hint">
        {CATEGORIES.map((category) => (
          <ChoiceInput
            key={category.id}
            type="checkbox"
            id={`cf-category-${category.id}`}
            label={category.label}
            checked={fields.categories.value.includes(category.id)}
            onChange={(on) => (fields.categories.value = toggled(fields.categories.value, category.id, on))}
          />
        ))}
      </Fieldset>

      <Fieldset legend="What it says and how it looks">
        <TextField
          id="cf-title"
          label="Heading (optional)"
          hint="Leave empty for “Find local help”."
          value={fields.title}
        />
        <div class="sp-field">
          <label class="sp-label" for="cf-offer">
            Your own offer (optional)
          </label>
          <p class="sp-hint" id="cf-offer-hint">
            Shown first, above the search. For example: Ask at reception for help with the NHS App, Tuesdays 2pm to 4pm.
          </p>
          <textarea
            class="sp-input cf-textarea"
            id="cf-offer"
            rows={3}
            aria-describedby="cf-offer-hint"
            value={fields.offer.value}
            onInput={(event) => (fields.offer.value = event.currentTarget.value)}
          />
        </div>
        <ChoiceInput
          type="checkbox"
          id="cf-paths"
          label="Show “Learn at home”"
          hint="Step-by-step guides to the NHS App, email, video calls and more. Nothing is saved unless the person asks."
          checked={fields.showPaths.value}
          onChange={(on) => (fields.showPaths.value = on)}
        />
        <Fieldset legend="Colours">
          <RadioChoices
            name="cf-theme"
            choices={THEMES}
            chosen={fields.theme.value}
            onChoose={(theme) => (fields.theme.value = theme)}
          />
        </Fieldset>
      </Fieldset>

      <Fieldset legend="Where the files are">
        <div onFocusOut={leave('directory')}>
          <TextField
            id="cf-directory"
            label="Your directory (optional)"
            hint="The web address of your own list of places, made with the signpost command (a pack, or the index.json that signpost shard writes). Leave empty to use the lists that come with Signpost."
            error={errorOf('directory')}
            value={fields.directory}
          />
        </div>
        <Fieldset legend="Where the Signpost files will be">
          <RadioChoices
            name="cf-files"
            choices={FILES_PLACES}
            chosen={fields.filesPlace.value}
            onChoose={(place) => {
              fields.filesPlace.value = place;
              // The own folder's usual address is no use for a shared copy, which is always on another website.
              if (place === 'shared' && fields.filesAddress.value.trim() === OWN_FOLDER) fields.filesAddress.value = '';
              if (place === 'own' && fields.filesAddress.value.trim() === '') fields.filesAddress.value = OWN_FOLDER;
            }}
          />
          <div onFocusOut={leave('filesAddress')}>
            <TextField
              id="cf-files-address"
              label="Web address of the files"
              hint={
                fields.filesPlace.value === 'own'
                  ? `Where you uploaded the signpost folder. ${OWN_FOLDER} means a folder called signpost at the top of your website.`
                  : 'The address of the shared copy, like https://signpost.your-council.gov.uk/signpost/'
              }
              error={errorOf('filesAddress')}
              value={fields.filesAddress}
            />
          </div>
        </Fieldset>
      </Fieldset>
    </form>
  );
}
