import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { listGoals } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { Goal } from '@/utils/model/goal';
import { goalsOf, type Source } from '@/utils/model/source';
import { useDatabase } from '../database';
import { GoalSelect } from '../GoalSelect';
import { LoadError } from '../MessageLine';
import { Modal } from '../Modal';
import { useLiveQuery } from '../use-live-query';

/**
 * "Link to goal…" from a row's menu: a modal dialog (Modal: Escape cancels, the focus stays inside)
 * with the active goals this source is not linked to yet, by the bulk bar's GoalSelect. `onLink`
 * gets the goal chosen; the panel links it as the bulk bar does, with undo.
 */
export function GoalLinkDialog(props: { source: Source; onLink: (goal: Goal) => void; onClose: () => void }) {
  const id = useId();
  const db = useDatabase();
  const goals = useLiveQuery(() => listGoals(db), []);
  const [chosen, setChosen] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const linked = goalsOf(props.source);
  const active = (goals.value ?? []).filter((g) => g.status === 'active');
  const offered = active.filter((g) => !linked.includes(g.id));
  // With one goal to offer, it is chosen already.
  const value = chosen || (offered.length === 1 ? (offered[0]?.id ?? '') : '');
  const goal = offered.find((g) => g.id === value);

  // Once the goals are read, the choice (or the first button) has the focus.
  const loaded = goals.value !== undefined;
  useEffect(() => {
    if (loaded) form.current?.querySelector<HTMLElement>('select, button')?.focus();
  }, [loaded]);

  return (
    <Modal labelledBy={`${id}-title`} onCancel={props.onClose}>
      <form
        ref={form}
        onSubmit={(e) => {
          e.preventDefault();
          if (goal) props.onLink(goal);
        }}
      >
        <h2 id={`${id}-title`}>{t('panel_link_goal_title', props.source.title)}</h2>
        <LoadError error={goals.error} />
        {loaded && offered.length === 0 && (
          <p>{t(active.length === 0 ? 'panel_link_goal_none' : 'panel_link_goal_all')}</p>
        )}
        <GoalSelect
          id={`${id}-goal`}
          label={t('capture_goal')}
          goals={offered}
          value={value}
          none={t('capture_goal_none')}
          onChange={setChosen}
        />
        <div class="actions">
          {offered.length > 0 && (
            <button type="submit" class="primary" disabled={!goal}>
              {t('panel_link_goal_apply')}
            </button>
          )}
          <button type="button" onClick={props.onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
