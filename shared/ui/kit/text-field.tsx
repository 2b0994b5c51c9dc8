import type { Signal } from '@preact/signals';

interface TextFieldProps {
  id: string;
  label: string;
  hint: string;
  /** Shown above the box, announced with it, and the box marked invalid; what was typed stays. */
  error?: string;
  value: Signal<string>;
  name?: string;
  /** "off" on shared computers, where the browser must not suggest what someone else typed. */
  autocomplete?: string;
  /** A date or a time uses the browser's own picker, which also works by keyboard. */
  type?: 'text' | 'date' | 'time';
}

/** A labelled text box with its hint and error message tied to it, as NHS.UK lays them out. */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  name,
  autocomplete = 'off',
  type = 'text',
}: TextFieldProps) {
  // Preact's types tie each input type to its own attributes; the ones used here suit all three.
  const inputType = type as 'text';
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div class={error ? 'sp-field sp-field--error' : 'sp-field'}>
      <label class="sp-label" for={id}>
        {label}
      </label>
      <p class="sp-hint" id={hintId}>
        {hint}
      </p>
      {error && (
        <p class="sp-error-message" id={errorId}>
          <span class="sp-visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        class="sp-input"
        id={id}
        name={name}
        type={inputType}
        autocomplete={autocomplete}
        spellcheck={false}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? 'true' : undefined}
        value={value.value}
        onInput={(event) => (value.value = event.currentTarget.value)}
      />
    </div>
  );
}
