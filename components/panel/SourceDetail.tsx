import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { draftFieldsOf, draftFromSource, editFromDrafts, type SourceDraft } from '@/utils/capture/draft';
import { formatNumber, listText, t, type MessageKey } from '@/utils/i18n';
import { ratingLabel } from '@/utils/labels';
import { sendMessage } from '@/utils/messaging/protocol';
import type { EditableField } from '@/utils/model/edit';
import type { Source } from '@/utils/model/source';
import { openReader, recordVisit } from '@/utils/navigation';
import type { LiveCollection } from '@/utils/search/live-collection';
import { ExternalLink } from '../ExternalLink';
import { categoryLabel, displayUrl, formatDate, kindLabel, reliabilityCheckLabel, statusLabel } from '../labels';
import { SourceEditor } from '../SourceEditor';
import { PersonTools } from './PersonTools';
import { RelatedGroup } from './RelatedGroup';
import { errorText } from '@/utils/errors';

/** Sources listed under a person here; the list shows them all. */
const SHOWN = 8;

interface Props {
  source: Source;
  collection: LiveCollection;
  editing: boolean;
  /** The title of the source this one was opened from, for the back button. */
  backTo: string | undefined;
  onBack: () => void;
  onOpen: (id: string) => void;
  onEdit: () => void;
  onEditDone: (saved: boolean) => void;
  onDelete: () => void;
  onTopic: (topic: string) => void;
  onShowPerson: (personId: string) => void;
}

/** Everything about one source, to read and to edit, with the people and feeds around it. */
export function SourceDetail(props: Props) {
  const { source, collection } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!props.editing) heading.current?.focus();
  }, [source.id, props.editing]);

  const creators = source.creators.flatMap((id) => collection.get(id) ?? []);
  const made = source.kind === 'person' ? collection.creditedTo(source.id) : [];

  return (
    <section class="detail" aria-labelledby="detail-title">
      <div class="bar">
        <button type="button" class="link" onClick={props.onBack}>
          {props.backTo === undefined ? `← ${t('panel_back')}` : `← ${t('panel_back_to', props.backTo)}`}
        </button>
      </div>
      <h2 id="detail-title" tabIndex={-1} ref={heading}>
        <ExternalLink href={source.url} onOpen={() => recordVisit(source.id)}>
          {source.title}
        </ExternalLink>
      </h2>
      {props.editing ? (
        <EditForm source={source} topics={collection.topics()} onDone={props.onEditDone} />
      ) : (
        <>
          <div class="actions">
            <button type="button" aria-label={t('edit_source', source.title)} onClick={props.onEdit}>
              {t('edit')}
            </button>
            {collection.hasClip(source.id) && (
              <button
                type="button"
                aria-label={t('read_offline_source', source.title)}
                onClick={() => void openReader(source.id)}
              >
                {t('read_offline')}
              </button>
            )}
            <button type="button" aria-label={t('delete_source', source.title)} onClick={props.onDelete}>
              {t('delete')}
            </button>
          </div>
          <Facts source={source} />
          {source.description && <Block label={t('panel_field_description')} text={source.description} />}
          {source.topics.length > 0 && (
            <>
              <h3>{t('field_topics')}</h3>
              <ul class="topics-list" aria-label={t('field_topics')}>
                {source.topics.map((topic) => (
                  <li key={topic}>
                    <button
                      type="button"
                      class="chip"
                      aria-label={t('panel_topic_filter', topic)}
                      onClick={() => props.onTopic(topic)}
                    >
                      {topic}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {source.quote && <Block label={t('field_quote')} text={source.quote} quote />}
          {source.note && <Block label={t('field_note')} text={source.note} />}
          {creators.length > 0 && (
            <>
              <h3>{t('panel_people')}</h3>
              <ul class="plain">
                {creators.map((person) => (
                  <li key={person.id}>
                    <button type="button" class="link" onClick={() => props.onOpen(person.id)}>
                      {person.title}
                    </button>
                  </li>
                ))}
              </ul>
              {creators.map((person) => (
                <RelatedGroup
                  shown={SHOWN}
                  key={person.id}
                  label={t('panel_also_from', person.title)}
                  sources={collection.creditedTo(person.id).filter((s) => s.id !== source.id)}
                  onOpen={props.onOpen}
                  onShowAll={() => props.onShowPerson(person.id)}
                />
              ))}
            </>
          )}
          {source.kind === 'person' && (
            <RelatedGroup
              shown={SHOWN}
              label={t('panel_made_by', source.title)}
              sources={made}
              onOpen={props.onOpen}
              onShowAll={() => props.onShowPerson(source.id)}
            />
          )}
          {(source.profiles ?? []).length > 0 && (
            <>
              <h3>{t('panel_profiles')}</h3>
              <ul class="plain">
                {(source.profiles ?? []).map((profile) => (
                  <li key={profile.url}>
                    <ExternalLink href={profile.url}>
                      {profile.site
                        ? `${profile.site}: ${profile.handle ?? displayUrl(profile.url)}`
                        : displayUrl(profile.url)}
                    </ExternalLink>
                  </li>
                ))}
              </ul>
            </>
          )}
          {source.kind === 'person' && <PersonTools person={source} people={collection.people()} />}
          <Feeds source={source} />
        </>
      )}
    </section>
  );
}

function Facts({ source }: { source: Source }) {
  const facts: [string, ComponentChildren][] = [
    [t('field_kind'), kindLabel(source.kind)],
    [t('field_category'), categoryLabel(source.category)],
    [t('field_status'), statusLabel(source.status)],
    [t('field_reliability'), <ReliabilityFact source={source} />],
    [t('panel_fact_saved'), formatDate(source.createdAt)],
    [t('panel_fact_updated'), formatDate(source.updatedAt)],
    [
      t('panel_fact_visits'),
      source.visits > 0 && source.lastVisitedAt !== undefined
        ? t('panel_visits', formatNumber(source.visits), formatDate(source.lastVisitedAt))
        : t('panel_visits_none'),
    ],
  ];
  if (source.url) facts.push([t('panel_fact_address'), <span class="url">{displayUrl(source.url)}</span>]);
  if (source.provenance && source.provenance.pageUrl !== source.url) {
    facts.push([
      t('panel_fact_captured'),
      <ExternalLink href={source.provenance.pageUrl}>
        {source.provenance.pageTitle ?? displayUrl(source.provenance.pageUrl)}
      </ExternalLink>,
    ]);
  }
  return (
    <dl class="facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A reliability rating, its reason, and the checks it rests on. */
function ReliabilityFact({ source }: { source: Source }) {
  const { reliability } = source;
  if (reliability === undefined) return <>{t('panel_not_rated')}</>;
  const checks = reliability.checks ?? [];
  return (
    <>
      {`${ratingLabel(reliability.rating)}${reliability.reason ? `: ${reliability.reason}` : ''}`}
      <span class="muted reliability-checks">
        {checks.length === 0
          ? t('reliability_unchecked')
          : t('reliability_checked', listText(checks.map(reliabilityCheckLabel)))}
      </span>
    </>
  );
}

function Block({ label, text, quote = false }: { label: string; text: string; quote?: boolean }) {
  return (
    <>
      <h3>{label}</h3>
      {quote ? <blockquote class="long-text">{text}</blockquote> : <p class="long-text">{text}</p>}
    </>
  );
}

function Feeds({ source }: { source: Source }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  if (source.feeds.length === 0) return null;
  const copy = (url: string) => {
    navigator.clipboard.writeText(url).then(
      () => setMessage({ text: t('panel_copied', url), error: false }),
      (e: unknown) => setMessage({ text: t('panel_error_copy', errorText(e)), error: true }),
    );
  };
  return (
    <>
      <h3>{t('panel_feeds')}</h3>
      <ul class="plain feeds">
        {source.feeds.map((feed) => (
          <li key={feed.url}>
            <span class="feed-name">
              {feed.title ?? displayUrl(feed.url)} <span class="muted">({feed.type.toUpperCase()})</span>
            </span>
            <span class="url muted">{feed.url}</span>
            <button
              type="button"
              aria-label={t('panel_copy_address_of', feed.title ?? feed.url)}
              onClick={() => copy(feed.url)}
            >
              {t('panel_copy_address')}
            </button>
          </li>
        ))}
      </ul>
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'message error' : 'message'}>
        {message?.text}
      </p>
    </>
  );
}

/** What each field of an edit is called in the form, for a conflict message. */
const FIELD_LABELS: Record<EditableField, MessageKey> = {
  kind: 'field_kind',
  category: 'field_category',
  title: 'field_title',
  topics: 'field_topics',
  note: 'field_note',
  quote: 'field_quote',
  status: 'field_status',
  reliability: 'field_reliability',
};

function EditForm(props: { source: Source; topics: readonly string[]; onDone: (saved: boolean) => void }) {
  // The version the form started from: a save sends the fields changed since, and that version.
  const [base, setBase] = useState(() => ({ draft: draftFromSource(props.source), since: props.source.updatedAt }));
  const [draft, setDraft] = useState<SourceDraft>(base.draft);
  const [error, setError] = useState<string | undefined>();
  const [conflict, setConflict] = useState<{ fields: EditableField[]; source: Source } | undefined>();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!draft.title.trim()) return setError(t('error_title_required'));
    setBusy(true);
    setConflict(undefined);
    try {
      const result = await sendMessage('editSource', {
        id: props.source.id,
        since: base.since,
        ...editFromDrafts(base.draft, draft),
      });
      if (result.saved) return props.onDone(true);
      setError(t('edit_conflict', result.conflicts.map((f) => t(FIELD_LABELS[f])).join(', ')));
      setConflict({ fields: result.conflicts, source: result.source });
    } catch (e) {
      setError(t('error_save', errorText(e)));
    }
    setBusy(false);
  };
  /** The saved values of the fields in conflict come into the form; the person's other changes stay. */
  const reload = () => {
    if (!conflict) return;
    const saved = draftFromSource(conflict.source);
    const next = { ...draft };
    for (const key of conflict.fields.flatMap(draftFieldsOf)) Object.assign(next, { [key]: saved[key] });
    setBase({ draft: saved, since: conflict.source.updatedAt });
    setDraft(next);
    setConflict(undefined);
    setError(undefined);
  };
  return (
    <form
      aria-label={t('edit_source', props.source.title)}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onDone(false);
        }
      }}
    >
      <SourceEditor draft={draft} onChange={setDraft} topics={props.topics} full autoFocus />
      {error && (
        <div class="message error">
          <p role="alert">{error}</p>
          {conflict && (
            <button type="button" onClick={reload}>
              {t('edit_reload')}
            </button>
          )}
        </div>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" onClick={() => props.onDone(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
