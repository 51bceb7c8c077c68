import { memo } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { getDatabase } from '@/utils/db/database';
import { getClip } from '@/utils/db';
import { t } from '@/utils/i18n';
import { clipText } from '@/utils/model/clip';
import type { Source } from '@/utils/model/source';
import { openReader, recordVisit } from '@/utils/navigation';
import { matchesAny, snippet } from '@/utils/search/highlight';
import { ExternalLink } from '../ExternalLink';
import { RemoteImage } from '../RemoteImage';
import { categoryLabel, displayUrl, kindLabel, statusLabel } from '../labels';
import { Highlighted } from './Highlighted';

/** Topic chips shown in a row at most; the detail view shows them all. */
const MAX_CHIPS = 4;

export interface RowActions {
  onToggle(id: string): void;
  onDetails(id: string): void;
  onEdit(id: string): void;
  onDelete(id: string): void;
}

interface Props {
  source: Source;
  index: number;
  count: number;
  top: number;
  /** The row in the tab order (roving focus): its own controls are tabbable only then. */
  current: boolean;
  selected: boolean;
  clipped: boolean;
  creators: string;
  terms: readonly string[];
  actions: RowActions;
}

/** Text before and after the placeholder of a message, to put highlighted text in between. */
function around(message: string): [string, string] {
  const [before = '', after = ''] = message.split('\u0000');
  return [before, after];
}

/**
 * One saved source in the list: a fixed-height row (the list is virtual), its title linking to
 * the page, what it is, who made it, its topics, and the part of its text a search matched.
 */
export const SourceRow = memo(function SourceRow({
  source,
  index,
  count,
  top,
  current,
  selected,
  clipped,
  creators,
  terms,
  actions,
}: Props) {
  const tab = current ? 0 : -1;
  const own = ownSnippet(source, terms);
  const needsText = clipped && terms.length > 0 && own === undefined;
  const kept = useKeptText(source.id, needsText, terms);
  const line = own ?? kept ?? (terms.length === 0 ? plainSnippet(source) : undefined);
  const [byBefore, byAfter] = around(t('by_creators', '\u0000'));
  const chips = source.topics.slice(0, MAX_CHIPS);
  return (
    <li
      class={`source${selected ? ' selected' : ''}`}
      tabIndex={tab}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={count}
      style={{ top: `${top}px` }}
    >
      <input
        type="checkbox"
        class="select"
        tabIndex={tab}
        checked={selected}
        aria-label={t('panel_select_source', source.title)}
        onChange={() => actions.onToggle(source.id)}
      />
      <RemoteImage src={source.image} class="thumb" />
      <div class="source-main">
        <ExternalLink href={source.url} class="source-title" tabIndex={tab} onOpen={() => recordVisit(source.id)}>
          <Highlighted text={source.title} terms={terms} />
        </ExternalLink>
        <p class="meta">
          <span class="kind">{kindLabel(source.kind)}</span>
          {' · '}
          {categoryLabel(source.category)}
          {' · '}
          {statusLabel(source.status)}
          {source.siteName ? ` · ${source.siteName}` : source.url ? ` · ${displayUrl(source.url)}` : ''}
        </p>
        {(creators || chips.length > 0) && (
          <div class="byline">
            {creators && (
              <span>
                {byBefore}
                <Highlighted text={creators} terms={terms} />
                {byAfter}
              </span>
            )}
            {chips.length > 0 && (
              <ul class="topics-list" aria-label={t('field_topics')}>
                {chips.map((topic) => (
                  <li class="chip" key={topic}>
                    <Highlighted text={topic} terms={terms} />
                  </li>
                ))}
                {source.topics.length > MAX_CHIPS && <li class="chip">{`+${source.topics.length - MAX_CHIPS}`}</li>}
              </ul>
            )}
          </div>
        )}
        {line && (
          <p class="snippet">
            {line.label && <span class="snippet-label">{line.label} </span>}
            <Highlighted text={line.text} terms={terms} />
          </p>
        )}
      </div>
      <div class="source-actions">
        <button
          type="button"
          tabIndex={tab}
          aria-label={t('panel_details_of', source.title)}
          onClick={() => actions.onDetails(source.id)}
        >
          {t('panel_details')}
        </button>
        {clipped && (
          <button
            type="button"
            tabIndex={tab}
            aria-label={t('read_offline_source', source.title)}
            onClick={() => void openReader(source.id)}
          >
            {t('read_offline')}
          </button>
        )}
        <button
          type="button"
          tabIndex={tab}
          aria-label={t('edit_source', source.title)}
          onClick={() => actions.onEdit(source.id)}
        >
          {t('edit')}
        </button>
        <button
          type="button"
          tabIndex={tab}
          aria-label={t('delete_source', source.title)}
          onClick={() => actions.onDelete(source.id)}
        >
          {t('delete')}
        </button>
      </div>
    </li>
  );
});

interface Line {
  label?: string;
  text: string;
}

/** The note, quote or description where the search matched most words, around the match. */
function ownSnippet(source: Source, terms: readonly string[]): Line | undefined {
  if (terms.length === 0) return undefined;
  let best: { text: string; count: number } | undefined;
  for (const text of [source.note, source.quote, source.description]) {
    if (!text) continue;
    const count = terms.filter((term) => matchesAny(text, [term])).length;
    if (count > (best?.count ?? 0)) best = { text, count };
  }
  return best && { text: snippet(best.text, terms) };
}

function plainSnippet(source: Source): Line | undefined {
  const text = source.note ?? source.description;
  return text ? { text: snippet(text, []) } : undefined;
}

/** When only the kept article text matched, the piece of it that did (read for rows in view only). */
function useKeptText(id: string, needed: boolean, terms: readonly string[]): Line | undefined {
  const [text, setText] = useState<{ id: string; text: string } | undefined>();
  useEffect(() => {
    if (!needed || text?.id === id) return;
    let live = true;
    void getClip(getDatabase(), id).then(
      (clip) => live && clip && setText({ id, text: clipText(clip) }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id, needed]);
  if (!needed || text?.id !== id || !matchesAny(text.text, terms)) return undefined;
  return { label: t('panel_in_text'), text: snippet(text.text, terms) };
}
