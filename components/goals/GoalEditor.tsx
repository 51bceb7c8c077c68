import { useId, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { GOAL_STATUSES, type Goal, type GoalInput } from '@/utils/model/goal';
import { TopicsInput } from '../TopicsInput';
import { goalStatusLabel } from '@/utils/goals/labels';

/** A date input's value (`YYYY-MM-DD`) for a stored day, and back. */
export const dayValue = (time: number | undefined) =>
  time === undefined ? '' : new Date(time).toISOString().slice(0, 10);
const dayTime = (value: string) => (value ? Date.parse(`${value}T00:00:00Z`) : null);

/** Edits a goal's title, why, target date, topics and status. */
export function GoalEditor(props: {
  goal: Goal;
  topics: readonly string[];
  onSave: (input: GoalInput) => void;
  onCancel: () => void;
}) {
  const { goal } = props;
  const id = useId();
  const [title, setTitle] = useState(goal.title);
  const [why, setWhy] = useState(goal.why ?? '');
  const [target, setTarget] = useState(dayValue(goal.targetDate));
  const [topics, setTopics] = useState<string[]>(goal.topics);
  const [status, setStatus] = useState(goal.status);
  return (
    <form
      class="goal-editor"
      aria-label={t('goal_edit_label', goal.title)}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave({ title, why: why.trim() ? why : null, targetDate: dayTime(target), topics, status });
      }}
    >
      <div class="field">
        <label for={`${id}-title`}>{t('goal_field_title')}</label>
        <input id={`${id}-title`} value={title} required onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-why`}>{t('goal_field_why')}</label>
        <textarea id={`${id}-why`} rows={2} value={why} onInput={(e) => setWhy(e.currentTarget.value)} />
      </div>
      <div class="row">
        <div class="field">
          <label for={`${id}-target`}>{t('goal_field_target')}</label>
          <input id={`${id}-target`} type="date" value={target} onInput={(e) => setTarget(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${id}-status`}>{t('goal_field_status')}</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as Goal['status'])}
          >
            {GOAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {goalStatusLabel(s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TopicsInput value={topics} onChange={setTopics} suggestions={props.topics} />
      <div class="actions">
        <button type="submit" class="primary">
          {t('goal_save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
