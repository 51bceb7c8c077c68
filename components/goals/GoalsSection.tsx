import { useState } from 'preact/hooks';
import { addGoal, listGoals, listTopics, updateGoal } from '@/utils/db';
import { errorText } from '@/utils/errors';
import { formatNumber, plural, t } from '@/utils/i18n';
import type { Goal, GoalInput } from '@/utils/model/goal';
import type { GoalCounts } from '@/utils/network/first-screen';
import { useDatabase } from '../database';
import { LoadError, MessageLine, type Message } from '../MessageLine';
import { useLiveQuery } from '../use-live-query';
import { GoalEditor } from './GoalEditor';
import { dayText, goalStatusLabel } from '@/utils/goals/labels';
import { goalHash } from './use-route';

/** "linked: 5 · 3 of 5 sources never judged for reliability": how much of a goal rests on sources never judged. */
function countsText(count: GoalCounts = { linked: 0, unjudged: 0 }): string {
  const linked = t('goal_linked_count', formatNumber(count.linked));
  return count.unjudged === 0
    ? linked
    : `${linked} · ${plural('unjudged', count.linked, formatNumber(count.unjudged))}`;
}

/**
 * The learner's goals, first on the network page: a box to add one, and each goal with a link to
 * its page, its status and how much is linked to it, and buttons to edit or archive it.
 */
export function GoalsSection(props: {
  /** Per goal id, how many sources and people are linked to it (from the page's first screen). */
  counts: ReadonlyMap<string, GoalCounts>;
  /** The goals the page read as it opened, if it has them still (taken once, when the section is drawn). */
  takeFirstGoals?: () => readonly Goal[] | undefined;
}) {
  const db = useDatabase();
  const [firstGoals] = useState(() => props.takeFirstGoals?.());
  const goals = useLiveQuery<readonly Goal[]>(() => listGoals(db), [], firstGoals);
  const topics = useLiveQuery(() => listTopics(db), []).value ?? [];
  const [title, setTitle] = useState('');
  const [editing, setEditing] = useState<string | undefined>();
  const [message, setMessage] = useState<Message | undefined>();

  const act = (action: () => Promise<unknown>, done: string) => {
    setMessage(undefined);
    action().then(
      () => setMessage({ text: done }),
      (error: unknown) => setMessage({ text: t('goal_error', errorText(error)), error: true }),
    );
  };
  const add = () => {
    const text = title.trim();
    if (!text) {
      setMessage({ text: t('goal_title_required'), error: true });
      return;
    }
    act(
      async () => {
        await addGoal(db, { title: text, why: null });
        setTitle('');
      },
      t('goal_added', text),
    );
  };
  const save = (goal: Goal, input: GoalInput) =>
    act(async () => {
      await updateGoal(db, goal.id, input);
      setEditing(undefined);
    }, t('goal_saved'));

  return (
    <section class="goals" aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t('goals_title')}</h2>
      <p class="muted">{t('goals_help')}</p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <div class="field">
          <label for="new-goal">{t('goal_new')}</label>
          <input id="new-goal" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <button type="submit">{t('goal_add')}</button>
      </form>
      <MessageLine message={message} />
      <LoadError error={goals.error} />
      {goals.value?.length === 0 && <p class="muted">{t('goals_none')}</p>}
      <ul class="goal-list" aria-busy={goals.value === undefined && goals.error === undefined}>
        {goals.value?.map((goal) => (
          <li key={goal.id} class={`goal goal-${goal.status}`}>
            <div class="goal-head">
              <a href={goalHash(goal.id)} class="goal-title">
                {goal.title}
              </a>
              <span class="muted">
                {' '}
                · {goalStatusLabel(goal.status)}
                {goal.targetDate !== undefined && ` · ${t('goal_target_on', dayText(goal.targetDate))}`} ·{' '}
                {countsText(props.counts.get(goal.id))}
              </span>
            </div>
            {goal.why && <p class="goal-why">{goal.why}</p>}
            {editing === goal.id ? (
              <GoalEditor
                goal={goal}
                topics={topics}
                onSave={(input) => save(goal, input)}
                onCancel={() => setEditing(undefined)}
              />
            ) : (
              <div class="actions">
                <button type="button" aria-label={t('goal_edit_label', goal.title)} onClick={() => setEditing(goal.id)}>
                  {t('goal_edit')}
                </button>
                {goal.status === 'active' ? (
                  <button
                    type="button"
                    aria-label={t('goal_archive_label', goal.title)}
                    onClick={() =>
                      act(() => updateGoal(db, goal.id, { status: 'dropped' }), t('goal_archived', goal.title))
                    }
                  >
                    {t('goal_archive')}
                  </button>
                ) : (
                  <button
                    type="button"
                    aria-label={t('goal_reopen_label', goal.title)}
                    onClick={() => act(() => updateGoal(db, goal.id, { status: 'active' }), t('goal_saved'))}
                  >
                    {t('goal_reopen')}
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
