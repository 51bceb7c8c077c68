import { useState } from 'preact/hooks';
import { formatNumber, t } from '@/utils/i18n';
import type { Category, Status } from '@/utils/model/vocabulary';
import type { BulkChange } from '@/utils/model/bulk';

import { listGoals } from '@/utils/db';
import { CategoryOptions, StatusOptions } from '../VocabularyOptions';
import { useDatabase } from '../database';
import { GoalSelect } from '../GoalSelect';
import { useLiveQuery } from '../use-live-query';

interface Props {
  count: number;
  busy: boolean;
  topics: readonly string[];
  /** `goalTitle` names the goal linked, if one is. */
  onChange: (change: BulkChange, goalTitle?: string) => void;
  onDelete: () => void;
  onClear: () => void;
}

/**
 * What to do with the selected sources, on one row so that the list keeps its room: change them,
 * delete them, or clear the selection. "Change" opens a form where every field starts at "No
 * change": the category, the status, a topic to add, a topic to remove, a goal to link them to; Apply sends what was set
 * as one message, done in one transaction, and undoable.
 */
export function BulkBar(props: Props) {
  const [editing, setEditing] = useState(false);
  const [category, setCategory] = useState<Category | ''>('');
  const [status, setStatus] = useState<Status | ''>('');
  const [add, setAdd] = useState('');
  const [remove, setRemove] = useState('');
  const [goal, setGoal] = useState('');
  const db = useDatabase();
  const goals = (useLiveQuery(() => listGoals(db), []).value ?? []).filter((g) => g.status === 'active');

  const change: BulkChange = {
    ...(category ? { category } : {}),
    ...(status ? { status } : {}),
    ...(add.trim() ? { addTopics: [add.trim()] } : {}),
    ...(remove.trim() ? { removeTopics: [remove.trim()] } : {}),
    ...(goal ? { addGoal: goal } : {}),
  };
  const changes = Object.keys(change).length > 0;
  const reset = () => {
    setCategory('');
    setStatus('');
    setAdd('');
    setRemove('');
    setGoal('');
  };

  return (
    <section class="bulk" aria-label={t('panel_bulk_region')}>
      <div class="bulk-bar">
        <h2>{t('panel_selected', formatNumber(props.count))}</h2>
        <button
          type="button"
          aria-expanded={editing}
          aria-controls="bulk-form"
          aria-label={t('panel_bulk_change_selected')}
          onClick={() => setEditing(!editing)}
        >
          {t('panel_bulk_change')}
        </button>
        <button
          type="button"
          class="danger"
          aria-label={t('panel_bulk_delete')}
          disabled={props.busy}
          onClick={props.onDelete}
        >
          {t('delete')}
        </button>
        <button type="button" class="link" aria-label={t('panel_clear_selection')} onClick={props.onClear}>
          {t('panel_clear')}
        </button>
      </div>
      {editing && (
        <form
          id="bulk-form"
          class="bulk-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!changes || props.busy) return;
            props.onChange(change, goals.find((g) => g.id === goal)?.title);
            reset();
            setEditing(false);
          }}
        >
          <div class="field">
            <label for="bulk-category">{t('panel_bulk_category')}</label>
            <select
              id="bulk-category"
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value as Category | '')}
            >
              <option value="">{t('panel_bulk_no_change')}</option>
              <CategoryOptions />
            </select>
          </div>
          <div class="field">
            <label for="bulk-status">{t('panel_bulk_status')}</label>
            <select id="bulk-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as Status | '')}>
              <option value="">{t('panel_bulk_no_change')}</option>
              <StatusOptions />
            </select>
          </div>
          <TopicField id="bulk-add" label={t('panel_bulk_add_topic')} value={add} onValue={setAdd} />
          <TopicField id="bulk-remove" label={t('panel_bulk_remove_topic')} value={remove} onValue={setRemove} />
          <GoalSelect
            id="bulk-goal"
            label={t('panel_bulk_goal')}
            goals={goals}
            value={goal}
            none={t('panel_bulk_no_change')}
            onChange={setGoal}
          />
          <datalist id="bulk-topics">
            {props.topics.slice(0, 500).map((x) => (
              <option value={x} key={x} />
            ))}
          </datalist>
          <div class="actions">
            <button type="submit" class="primary" disabled={!changes || props.busy}>
              {t('panel_bulk_apply')}
            </button>
            <button
              type="button"
              onClick={() => {
                reset();
                setEditing(false);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** A topic to add or to remove, offered from the collection's topics; empty is "No change". */
function TopicField(props: { id: string; label: string; value: string; onValue: (value: string) => void }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        list="bulk-topics"
        autocomplete="off"
        placeholder={t('panel_bulk_no_change')}
        value={props.value}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
    </div>
  );
}
