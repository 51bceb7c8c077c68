import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { deleteJournalEntry, listGoals, restoreJournalEntry } from '@/utils/db';
import { errorText } from '@/utils/errors';
import { formatDateTime, formatNumber, plural, t } from '@/utils/i18n';
import type { Goal } from '@/utils/model/goal';
import type { JournalEntry } from '@/utils/model/journal';
import type { Source } from '@/utils/model/source';
import { useDatabase } from '../database';
import { formatDate } from '../labels';
import { MessageLine, type Message } from '../MessageLine';
import { UndoToast } from '../UndoToast';
import { useLiveQuery } from '../use-live-query';
import { ReflectionForm } from './ReflectionForm';

/**
 * When each entry was written, as its buttons name it: the day and time, and a number after a
 * time two entries share, so that every entry's buttons have names of their own.
 */
function entryNames(entries: readonly JournalEntry[]): Map<string, string> {
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const entry of [...entries].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))) {
    const when = formatDateTime(entry.createdAt);
    const count = (seen.get(when) ?? 0) + 1;
    seen.set(when, count);
    names.set(entry.id, count === 1 ? when : `${when} (${count})`);
  }
  return names;
}

/** How many entries are listed at first, and how many more each *Show more* adds. */
export const JOURNAL_PAGE = 10;

/**
 * Journal entries, newest first: when, what was written, and for which goals and sources. Each
 * can be edited (the reflection form, in its place) or deleted, with undo. A long journal lists
 * its newest JOURNAL_PAGE entries, and more at each *Show more*.
 */
export function JournalList(props: {
  entries: readonly JournalEntry[];
  sources: readonly Source[];
  goals?: readonly Goal[];
}) {
  const db = useDatabase();
  const titles = useMemo(() => new Map(props.sources.map((s) => [s.id, s.title])), [props.sources]);
  const goals = useMemo(() => new Map((props.goals ?? []).map((g) => [g.id, g.title])), [props.goals]);
  const names = useMemo(() => entryNames(props.entries), [props.entries]);
  const [editing, setEditing] = useState<string | undefined>();
  const [message, setMessage] = useState<Message | undefined>();
  const [undo, setUndo] = useState<{ entry: JournalEntry; when: string } | undefined>();
  // The entry whose Edit button gets the focus back (its form closed, or its delete undone);
  // `wait`: it is on its way back into the list. An entry no longer listed gives the focus to the
  // first entry's Edit button, so that it is not lost to the page.
  const [refocus, setRefocus] = useState<{ id: string; wait?: boolean } | undefined>();
  const [shown, setShown] = useState(JOURNAL_PAGE);
  const listed = props.entries.slice(0, shown);
  const more = Math.min(JOURNAL_PAGE, props.entries.length - listed.length);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (refocus === undefined) return;
    const button = list.current?.querySelector<HTMLElement>(`button[data-edit="${CSS.escape(refocus.id)}"]`);
    if (!button && refocus.wait) {
      // Back in the journal past the entries listed (newer ones came meanwhile): list it too.
      const at = props.entries.findIndex((e) => e.id === refocus.id);
      if (at >= shown) setShown(at + 1);
      return;
    }
    (button ?? list.current?.querySelector<HTMLElement>('button[data-edit]'))?.focus();
    setRefocus(undefined);
  }, [refocus, props.entries, shown]);

  const remove = (entry: JournalEntry, when: string) => {
    setMessage(undefined);
    deleteJournalEntry(db, entry.id).then(
      (deleted) => {
        if (deleted) setUndo({ entry: deleted, when });
      },
      (error: unknown) => setMessage({ text: t('journal_delete_error', errorText(error)), error: true }),
    );
  };

  const runUndo = () => {
    if (!undo) return;
    restoreJournalEntry(db, undo.entry).then(
      () => {
        setUndo(undefined);
        setRefocus({ id: undo.entry.id, wait: true });
      },
      (error: unknown) => setMessage({ text: t('journal_restore_error', errorText(error)), error: true }),
    );
  };

  return (
    <>
      <MessageLine message={message} />
      {props.entries.length === 0 ? (
        <p class="muted">{t('journal_empty')}</p>
      ) : (
        <ol class="journal" reversed start={props.entries.length} ref={list}>
          {listed.map((entry) => {
            const when = names.get(entry.id) ?? formatDateTime(entry.createdAt);
            if (editing === entry.id) {
              return (
                <li key={entry.id} class="journal-entry">
                  <EntryEditor
                    entry={entry}
                    sources={props.sources}
                    onDone={(saved) => {
                      setEditing(undefined);
                      setMessage(saved ? { text: t('reflect_updated') } : undefined);
                      setRefocus({ id: entry.id });
                    }}
                  />
                </li>
              );
            }
            const named = entry.sourceIds.flatMap((id) => titles.get(id) ?? []);
            const forGoals = entry.goalIds.flatMap((id) => goals.get(id) ?? []);
            return (
              <li key={entry.id} class="journal-entry">
                <p class="muted">
                  <time dateTime={new Date(entry.createdAt).toISOString()}>{formatDate(entry.createdAt)}</time>
                  {entry.updatedAt !== undefined && ` · ${t('journal_edited', formatDate(entry.updatedAt))}`}
                  {forGoals.length > 0 && ` · ${t('journal_for_goals', forGoals.join(', '))}`}
                </p>
                <p class="journal-text">{entry.text}</p>
                {named.length > 0 && <p class="muted">{t('journal_names', named.join(', '))}</p>}
                <div class="actions">
                  <button
                    type="button"
                    data-edit={entry.id}
                    aria-label={t('journal_edit_label', when)}
                    onClick={() => {
                      setMessage(undefined);
                      setEditing(entry.id);
                    }}
                  >
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    class="danger"
                    aria-label={t('journal_delete_label', when)}
                    onClick={() => remove(entry, when)}
                  >
                    {t('delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {more > 0 && (
        <div class="row">
          <p class="muted">{plural('journal_shown', props.entries.length, formatNumber(listed.length))}</p>
          <button
            type="button"
            onClick={() => {
              // The first entry it adds takes the focus: the button may be gone.
              const next = props.entries[listed.length];
              setShown(listed.length + JOURNAL_PAGE);
              if (next) setRefocus({ id: next.id, wait: true });
            }}
          >
            {plural('journal_show_more', more)}
          </button>
        </div>
      )}
      {undo && (
        <UndoToast
          message={t('journal_deleted', undo.when)}
          onUndo={runUndo}
          onDismiss={() => {
            setUndo(undefined);
            setRefocus({ id: undo.entry.id });
          }}
        />
      )}
    </>
  );
}

/** The reflection form on one entry, with every goal to choose from (the list may show only some). */
function EntryEditor(props: { entry: JournalEntry; sources: readonly Source[]; onDone: (saved: boolean) => void }) {
  const db = useDatabase();
  const goals = useLiveQuery(() => listGoals(db), []);
  // The form starts from the goals it is given: it waits for them (the entry keeps its goals if they cannot be read).
  if (goals.value === undefined && goals.error === undefined) return null;
  return <ReflectionForm goals={goals.value ?? []} sources={props.sources} entry={props.entry} onDone={props.onDone} />;
}
