interface TextEntryProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  /** A box of several lines, for what a step says. */
  long?: boolean;
}

/** A labelled text box (or several-line box) for the path editor, with its hint read out with it. */
export function TextEntry({ id, label, hint, value, onChange, long = false }: TextEntryProps) {
  const hintId = `${id}-hint`;
  const shared = {
    id,
    class: 'sp-input',
    value,
    spellcheck: true,
    'aria-describedby': hint ? hintId : undefined,
    onInput: (event: Event) => onChange((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="sp-field">
      <label class="sp-label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="sp-hint" id={hintId}>
          {hint}
        </p>
      )}
      {long ? <textarea rows={3} {...shared} /> : <input type="text" autocomplete="off" {...shared} />}
    </div>
  );
}
