interface ChoiceEntryProps<T extends string> {
  id: string;
  label: string;
  value: T;
  /** Every choice, in order, with the words shown for it. */
  choices: readonly T[];
  names: Readonly<Record<T, string>>;
  onChange: (value: T) => void;
}

/** A labelled list to choose one thing from, for the path editor. */
export function ChoiceEntry<T extends string>({ id, label, value, choices, names, onChange }: ChoiceEntryProps<T>) {
  return (
    <div class="sp-field">
      <label class="sp-label" for={id}>
        {label}
      </label>
      <select id={id} class="sp-select" value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {names[choice]}
          </option>
        ))}
      </select>
    </div>
  );
}
