import type { Goal } from '@/utils/model/goal';

interface Props {
  id: string;
  label: string;
  /** The goals to choose from; nothing is shown when there are none. */
  goals: readonly Goal[];
  value: string;
  /** The first option's label, for no goal (or no change). */
  none: string;
  onChange: (goalId: string) => void;
}

/** A labelled choice of one learning goal, by its title. */
export function GoalSelect({ id, label, goals, value, none, onChange }: Props) {
  if (goals.length === 0) return null;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{none}</option>
        {goals.map((g) => (
          <option key={g.id} value={g.id}>
            {g.title}
          </option>
        ))}
      </select>
    </div>
  );
}
