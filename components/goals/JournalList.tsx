import { useMemo } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { Goal } from '@/utils/model/goal';
import type { JournalEntry } from '@/utils/model/journal';
import type { Source } from '@/utils/model/source';
import { formatDate } from '../labels';

/** Journal entries, newest first: when, what was written, and for which goals and sources. */
export function JournalList(props: {
  entries: readonly JournalEntry[];
  sources: readonly Source[];
  goals?: readonly Goal[];
}) {
  const titles = useMemo(() => new Map(props.sources.map((s) => [s.id, s.title])), [props.sources]);
  const goals = useMemo(() => new Map((props.goals ?? []).map((g) => [g.id, g.title])), [props.goals]);
  if (props.entries.length === 0) return <p class="muted">{t('journal_empty')}</p>;
  return (
    <ol class="journal" reversed>
      {props.entries.map((entry) => {
        const named = entry.sourceIds.flatMap((id) => titles.get(id) ?? []);
        const forGoals = entry.goalIds.flatMap((id) => goals.get(id) ?? []);
        return (
          <li key={entry.id} class="journal-entry">
            <p class="muted">
              <time dateTime={new Date(entry.createdAt).toISOString()}>{formatDate(entry.createdAt)}</time>
              {forGoals.length > 0 && ` · ${t('journal_for_goals', forGoals.join(', '))}`}
            </p>
            <p class="journal-text">{entry.text}</p>
            {named.length > 0 && <p class="muted">{t('journal_names', named.join(', '))}</p>}
          </li>
        );
      })}
    </ol>
  );
}
