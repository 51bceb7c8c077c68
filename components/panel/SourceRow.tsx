import { memo } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { useDatabase } from '../database';
import { getClip } from '@/utils/db';
import { t } from '@/utils/i18n';
import { clipText } from '@/utils/model/clip';
import type { Goal } from '@/utils/model/goal';
import type { Source } from '@/utils/model/source';
import { recordVisit } from '@/utils/navigation';
import { matchesAny, snippet } from '@/utils/search/highlight';
import { ExternalLink } from '../ExternalLink';
import { RemoteImage } from '../RemoteImage';
import { categoryLabel, displayUrl, kindLabel, statusLabel } from '../labels';
import { Highlighted } from './Highlighted';

export interface RowActions {
  onToggle(id: string): void;
  onDetails(id: string): void;
  onEdit(id: string): void;
  onDelete(id: string): void;
  /** Links the source to a goal, chosen in the row menu's "Link to goal…". */
  onLinkGoal(id: string, goal: Goal): void;
  /** Opens (or closes) the row's menu of actions, under its button. */
  onMenu(id: string, button: HTMLElement): void;
}

interface Props {
  source: Source;
  index: number;
  count: number;
  top: number;
  /** The row in the tab order (roving focus): its own controls are tabbable only then. */
  current: boolean;
  selected: boolean;
  creators: string;
  terms: readonly string[];
  clipped: boolean;
  /** Whether its menu of actions is open. */
  menuOpen: boolean;
  actions: RowActions;
}

/** Text before and after the placeholder of a message, to put highlighted text in between. */
function around(message: string): [string, string] {
  const [before = '', after = ''] = message.split('\u0000');
  return [before, after];
}

/**
 * One saved source in the list, compact enough for a side panel: a fixed-height row (the list
 * is virtual) with its title (two lines at most) linking to the page, one line saying what it
 * is, who made it and its topics, and, while searching, the part of its text that matched. Its
 * actions are behind one menu button.
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
  menuOpen,
  actions,
}: Props) {
  const tab = current ? 0 : -1;
  const own = ownSnippet(source, terms);
  const needsText = clipped && terms.length > 0 && own === undefined;
  const kept = useKeptText(source.id, needsText, terms);
  const line = terms.length > 0 ? (own ?? kept) : undefined;
  const [byBefore, byAfter] = around(t('by_creators', '\u0000'));
  const site = source.siteName ?? (source.url ? displayUrl(source.url) : undefined);
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
          {` · ${categoryLabel(source.category)} · ${statusLabel(source.status)}`}
          {creators && (
            <span class="byline">
              {` · ${byBefore}`}
              <Highlighted text={creators} terms={terms} />
              {byAfter}
            </span>
          )}
          {site && ` · ${site}`}
          {source.topics.length > 0 && (
            <span class="row-topics">
              {' · '}
              <Highlighted text={source.topics.join(', ')} terms={terms} />
            </span>
          )}
        </p>
        {line && (
          <p class="snippet">
            {line.label && <span class="snippet-label">{line.label} </span>}
            <Highlighted text={line.text} terms={terms} />
          </p>
        )}
      </div>
      <button
        type="button"
        class="row-menu-button"
        tabIndex={tab}
        aria-label={t('panel_actions_for', source.title)}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        onClick={(e) => actions.onMenu(source.id, e.currentTarget)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
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

/** When only the kept article text matched, the piece of it that did (read for rows in view only). */
function useKeptText(id: string, needed: boolean, terms: readonly string[]): Line | undefined {
  const db = useDatabase();
  const [text, setText] = useState<{ id: string; text: string } | undefined>();
  useEffect(() => {
    if (!needed || text?.id === id) return;
    let live = true;
    void getClip(db, id).then(
      (clip) => live && clip && setText({ id, text: clipText(clip) }),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // Read again for another source, not when the text read arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, needed]);
  if (!needed || text?.id !== id || !matchesAny(text.text, terms)) return undefined;
  return { label: t('panel_in_text'), text: snippet(text.text, terms) };
}
