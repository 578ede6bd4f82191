// A labelled <select> over a list of values and their names (the pages' many pickers).
export interface SelectProps<T extends string> {
  label: string;
  value: T | '';
  options: readonly T[];
  names: Record<string, string>;
  onChange: (value: T) => void;
  /** A first, empty choice ("—") for a value not set yet. */
  empty?: string;
}

export function Select<T extends string>({ label, value, options, names, onChange, empty }: SelectProps<T>) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option value={o} key={o}>
            {names[o] ?? o}
          </option>
        ))}
      </select>
    </label>
  );
}
