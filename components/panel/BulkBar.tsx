import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { Category, Status } from '@/utils/model/vocabulary';
import type { BulkChange } from '@/utils/model/bulk';

import { CategoryOptions, StatusOptions } from '../VocabularyOptions';

interface Props {
  count: number;
  busy: boolean;
  topics: readonly string[];
  onChange: (change: BulkChange) => void;
  onDelete: () => void;
  onClear: () => void;
}

/**
 * What to do with the selected sources: set their category or status, add or remove a topic,
 * delete them. Each is one message to the background, done in one transaction, and undoable.
 * Values are picked first and applied with a button (a select that applied on change would
 * apply at every arrow key).
 */
export function BulkBar(props: Props) {
  const [category, setCategory] = useState<Category>('experts');
  const [status, setStatus] = useState<Status>('following');
  const [topic, setTopic] = useState('');
  const topicValue = topic.trim();

  return (
    <section class="bulk" aria-label={t('panel_bulk_region')}>
      <div class="bar">
        <h2>{t('panel_selected', props.count.toLocaleString())}</h2>
        <button type="button" class="link" onClick={props.onClear}>
          {t('panel_clear_selection')}
        </button>
      </div>
      <div class="bulk-grid">
        <label for="bulk-category">{t('panel_bulk_category')}</label>
        <div class="bulk-row">
          <select id="bulk-category" value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
            <CategoryOptions />
          </select>
          <button type="button" disabled={props.busy} onClick={() => props.onChange({ category })}>
            {t('panel_bulk_set_category')}
          </button>
        </div>

        <label for="bulk-status">{t('panel_bulk_status')}</label>
        <div class="bulk-row">
          <select id="bulk-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as Status)}>
            <StatusOptions />
          </select>
          <button type="button" disabled={props.busy} onClick={() => props.onChange({ status })}>
            {t('panel_bulk_set_status')}
          </button>
        </div>

        <label for="bulk-topic">{t('panel_bulk_topic')}</label>
        <div class="bulk-row">
          <input
            id="bulk-topic"
            type="text"
            list="bulk-topics"
            autocomplete="off"
            value={topic}
            onInput={(e) => setTopic(e.currentTarget.value)}
          />
          <button
            type="button"
            disabled={props.busy || !topicValue}
            onClick={() => props.onChange({ addTopics: [topicValue] })}
          >
            {t('panel_bulk_add_topic')}
          </button>
          <button
            type="button"
            disabled={props.busy || !topicValue}
            onClick={() => props.onChange({ removeTopics: [topicValue] })}
          >
            {t('panel_bulk_remove_topic')}
          </button>
        </div>
        <datalist id="bulk-topics">
          {props.topics.slice(0, 500).map((x) => (
            <option value={x} key={x} />
          ))}
        </datalist>
      </div>
      <button type="button" class="danger" disabled={props.busy} onClick={props.onDelete}>
        {t('panel_bulk_delete')}
      </button>
    </section>
  );
}
