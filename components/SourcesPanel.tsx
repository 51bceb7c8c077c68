import { useMemo, useState } from 'preact/hooks';
import { draftFromSource, inputFromDraft, type SourceDraft } from '@/utils/capture/draft';
import { getDatabase } from '@/utils/db/database';
import { clippedSourceIds, listSources, listTopics } from '@/utils/db/repository';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import type { Source } from '@/utils/model/source';
import { CATEGORIES, KINDS, type Category, type Kind } from '@/utils/model/vocabulary';
import { filterSources } from '@/utils/search/filter';
import { openReader, recordVisit } from '@/utils/navigation';
import { ExternalLink } from './ExternalLink';
import { categoryLabel, displayUrl, kindLabel } from './labels';
import { SourceEditor } from './SourceEditor';
import { UndoToast } from './UndoToast';
import { useLiveQuery } from './use-live-query';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The side panel: every saved source, newest first, with search, filters, edit and delete. */
export function SourcesPanel({ initialQuery = '' }: { initialQuery?: string }) {
  const db = getDatabase();
  const sources = useLiveQuery(() => listSources(db), []);
  const topics = useLiveQuery(() => listTopics(db), []).value ?? [];
  const clipped = useLiveQuery(() => clippedSourceIds(db), []).value;
  const [text, setText] = useState(initialQuery);
  const [kind, setKind] = useState<Kind | undefined>();
  const [category, setCategory] = useState<Category | undefined>();
  const [editing, setEditing] = useState<string | undefined>();
  const [deleted, setDeleted] = useState<{ id: string; title: string } | undefined>();
  const [error, setError] = useState<string | undefined>();

  const all = sources.value ?? [];
  const shown = useMemo(() => filterSources(all, { text, kind, category }), [all, text, kind, category]);
  const people = useMemo(() => new Map(all.filter((s) => s.kind === 'person').map((p) => [p.id, p])), [all]);

  const remove = async (source: Source) => {
    try {
      await sendMessage('removeSource', { id: source.id });
      setDeleted({ id: source.id, title: source.title });
    } catch (e) {
      setError(t('error_delete', errorText(e)));
    }
  };

  return (
    <main class="panel">
      <header class="bar">
        <h1>{t('panel_title')}</h1>
        {sources.value && <span class="muted">{t('count_sources', String(all.length))}</span>}
      </header>
      <div class="filters" role="search">
        <div class="field grow">
          <label for="search">{t('search')}</label>
          <input id="search" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder={t('search_placeholder')} />
        </div>
        <div class="row">
          <div class="field">
            <label for="filter-kind">{t('field_kind')}</label>
            <select id="filter-kind" value={kind ?? ''} onChange={(e) => setKind((e.currentTarget.value || undefined) as Kind | undefined)}>
              <option value="">{t('all_kinds')}</option>
              {KINDS.map((k) => (
                <option value={k} key={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-category">{t('field_category')}</label>
            <select id="filter-category" value={category ?? ''} onChange={(e) => setCategory((e.currentTarget.value || undefined) as Category | undefined)}>
              <option value="">{t('all_categories')}</option>
              {CATEGORIES.map((c) => (
                <option value={c} key={c}>
                  {categoryLabel(c)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      {sources.error !== undefined && <p role="alert" class="message error">{t('error_load', errorText(sources.error))}</p>}
      {error && <p role="alert" class="message error">{error}</p>}
      {sources.value && all.length === 0 && <p class="empty">{t('panel_empty')}</p>}
      {all.length > 0 && shown.length === 0 && <p class="empty" role="status">{t('no_matches')}</p>}
      <ul class="sources" aria-label={t('panel_list')}>
        {shown.map((source) =>
          editing === source.id ? (
            <RowEditor key={source.id} source={source} topics={topics} onDone={() => setEditing(undefined)} />
          ) : (
            <SourceRow key={source.id} source={source} people={people} clipped={clipped?.has(source.id) ?? false} onEdit={() => setEditing(source.id)} onDelete={() => void remove(source)} />
          ),
        )}
      </ul>
      {deleted && (
        <UndoToast
          title={deleted.title}
          onDismiss={() => setDeleted(undefined)}
          onUndo={() => {
            sendMessage('restoreSource', { id: deleted.id })
              .then(() => setDeleted(undefined))
              .catch((e: unknown) => setError(t('error_restore', errorText(e))));
          }}
        />
      )}
    </main>
  );
}

function SourceRow(props: { source: Source; people: Map<string, Source>; clipped: boolean; onEdit: () => void; onDelete: () => void }) {
  const { source } = props;
  const creators = source.creators.flatMap((id) => props.people.get(id) ?? []);
  return (
    <li class="source">
      {source.image && <img class="thumb" src={source.image} alt="" referrerpolicy="no-referrer" loading="lazy" />}
      <div class="source-main">
        <ExternalLink href={source.url} class="source-title" onOpen={() => recordVisit(source.id)}>
          {source.title}
        </ExternalLink>
        <p class="meta">
          <span class="kind">{kindLabel(source.kind)}</span>
          {' · '}
          {categoryLabel(source.category)}
          {source.siteName && ` · ${source.siteName}`}
          {!source.siteName && source.url && ` · ${displayUrl(source.url)}`}
        </p>
        {creators.length > 0 && <p class="byline">{t('by_creators', creators.map((c) => c.title).join(', '))}</p>}
        {source.topics.length > 0 && (
          <ul class="topics-list" aria-label={t('field_topics')}>
            {source.topics.map((topic) => (
              <li class="chip" key={topic}>
                {topic}
              </li>
            ))}
          </ul>
        )}
        {source.note && <p class="note">{source.note}</p>}
      </div>
      <div class="source-actions">
        {props.clipped && (
          <button type="button" aria-label={t('read_offline_source', source.title)} onClick={() => void openReader(source.id)}>
            {t('read_offline')}
          </button>
        )}
        <button type="button" aria-label={t('edit_source', source.title)} onClick={props.onEdit}>
          {t('edit')}
        </button>
        <button type="button" aria-label={t('delete_source', source.title)} onClick={props.onDelete}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}

function RowEditor(props: { source: Source; topics: readonly string[]; onDone: () => void }) {
  const [draft, setDraft] = useState<SourceDraft>(() => draftFromSource(props.source));
  const [error, setError] = useState<string | undefined>();
  const save = async () => {
    if (!draft.title.trim()) return setError(t('error_title_required'));
    try {
      await sendMessage('updateSource', { ...inputFromDraft(draft), id: props.source.id });
      props.onDone();
    } catch (e) {
      setError(t('error_save', errorText(e)));
    }
  };
  return (
    <li class="source editing">
      <form
        aria-label={t('edit_source', props.source.title)}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => e.key === 'Escape' && props.onDone()}
      >
        <SourceEditor draft={draft} onChange={setDraft} topics={props.topics} full />
        {error && <p role="alert" class="message error">{error}</p>}
        <div class="actions">
          <button type="submit" class="primary">
            {t('save')}
          </button>
          <button type="button" onClick={props.onDone}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </li>
  );
}
