import { CATEGORIES, KINDS, STATUSES } from '@/utils/model/vocabulary';
import { categoryLabel, kindLabel, statusLabel } from './labels';

/** The `<option>`s of a kind, category or status `<select>`, in the vocabulary's order. */
export function KindOptions() {
  return (
    <>
      {KINDS.map((k) => (
        <option value={k} key={k}>
          {kindLabel(k)}
        </option>
      ))}
    </>
  );
}

export function CategoryOptions() {
  return (
    <>
      {CATEGORIES.map((c) => (
        <option value={c} key={c}>
          {categoryLabel(c)}
        </option>
      ))}
    </>
  );
}

export function StatusOptions() {
  return (
    <>
      {STATUSES.map((s) => (
        <option value={s} key={s}>
          {statusLabel(s)}
        </option>
      ))}
    </>
  );
}
