import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { addJournalEntry, updateJournalEntry } from '@/utils/db';
import { errorText } from '@/utils/errors';
import { namedSources } from '@/utils/goals/mentions';
import { t, type MessageKey } from '@/utils/i18n';
import type { Goal } from '@/utils/model/goal';
import type { JournalEntry } from '@/utils/model/journal';
import type { Source } from '@/utils/model/source';
import { useDatabase } from '../database';
import { kindLabel } from '../labels';
import { MessageLine, type Message } from '../MessageLine';

const QUESTIONS: readonly MessageKey[] = [
  'reflect_q_learned',
  'reflect_q_working',
  'reflect_q_change',
  'reflect_q_help',
];

/**
 * A short reflection, saved as a journal entry: the practice's questions, a text box, the goals
 * it is for (chosen), and the sources and people it names (found in the text by their saved
 * titles and names, see `namedSources`; each can be left out).
 *
 * With `entry`, the same form edits that entry: filled in with its text and goals, the sources
 * it names found again in the text, and those left out when it was written still left out. The
 * sources it links stay linked, named in the text or not, unless the person leaves them out; new
 * ones named in the edited text are added; a source it links that is no longer in `sources` (in
 * the trash, say) keeps its link.
 */
export function ReflectionForm(props: {
  goals: readonly Goal[];
  sources: readonly Source[];
  goalId?: string | undefined;
  entry?: JournalEntry | undefined;
  onDone: (saved: boolean) => void;
}) {
  const db = useDatabase();
  const { entry } = props;
  const id = useId();
  const [text, setText] = useState(entry?.text ?? '');
  const [goalIds, setGoalIds] = useState<string[]>(() =>
    entry ? [...entry.goalIds] : props.goalId ? [props.goalId] : [],
  );
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(() =>
    entry
      ? new Set(namedSources(entry.text, props.sources).flatMap((s) => (entry.sourceIds.includes(s.id) ? [] : s.id)))
      : new Set(),
  );
  const [message, setMessage] = useState<Message | undefined>();
  const box = useRef<HTMLTextAreaElement>(null);
  // The new reflection's box keeps a fixed id (the reminder's address focuses it); an edit's is its own.
  const textId = entry ? `${id}-text` : 'reflection-text';
  // An edited entry keeps the sources it links, named in the text or not (renamed since, merged
  // on a restore): each stays ticked until the person leaves it out.
  // In the entry's order, then those its text names anew.
  const linked = useMemo(() => {
    if (!entry || entry.sourceIds.length === 0) return [];
    const byId = new Map(props.sources.map((s) => [s.id, s]));
    return entry.sourceIds.flatMap((sourceId) => byId.get(sourceId) ?? []);
  }, [entry, props.sources]);
  const named = useMemo(() => {
    const ids = new Set(linked.map((s) => s.id));
    return [...linked, ...namedSources(text, props.sources).filter((s) => !ids.has(s.id))];
  }, [text, props.sources, linked]);
  const shownGoals = props.goals.filter((g) => g.status === 'active' || goalIds.includes(g.id));

  useEffect(() => box.current?.focus(), []);

  const toggle = <T,>(list: readonly T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);

  const save = () => {
    if (!text.trim()) {
      setMessage({ text: t('reflect_text_required'), error: true });
      return;
    }
    const known = new Set(props.sources.map((s) => s.id));
    const input = {
      text,
      goalIds,
      sourceIds: [
        ...named.filter((s) => !leftOut.has(s.id)).map((s) => s.id),
        ...(entry?.sourceIds.filter((sourceId) => !known.has(sourceId)) ?? []),
      ],
    };
    (entry ? updateJournalEntry(db, entry.id, input) : addJournalEntry(db, input)).then(
      () => props.onDone(true),
      (error: unknown) => setMessage({ text: t('reflect_error', errorText(error)), error: true }),
    );
  };

  return (
    <form
      class="reflection"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2 id={`${id}-heading`}>{t(entry ? 'reflect_edit_title' : 'reflect_title')}</h2>
      <ul class="questions">
        {QUESTIONS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <div class="field">
        <label for={textId}>{t('reflect_text')}</label>
        <textarea id={textId} ref={box} rows={8} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      {shownGoals.length > 0 && (
        <fieldset>
          <legend>{t('reflect_goals')}</legend>
          {shownGoals.map((g) => (
            <label class="check" key={g.id}>
              <input
                type="checkbox"
                checked={goalIds.includes(g.id)}
                onChange={(e) => setGoalIds(toggle(goalIds, g.id, e.currentTarget.checked))}
              />
              {g.title}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('reflect_named')}</legend>
        {named.length === 0 ? (
          <p class="muted">{t('reflect_named_none')}</p>
        ) : (
          named.map((s) => (
            <label class="check" key={s.id}>
              <input
                type="checkbox"
                checked={!leftOut.has(s.id)}
                onChange={(e) => {
                  const next = new Set(leftOut);
                  if (e.currentTarget.checked) next.delete(s.id);
                  else next.add(s.id);
                  setLeftOut(next);
                }}
              />
              {s.title} <span class="muted">· {kindLabel(s.kind)}</span>
            </label>
          ))
        )}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary">
          {t('reflect_save')}
        </button>
        <button type="button" onClick={() => props.onDone(false)}>
          {t('cancel')}
        </button>
      </div>
      <MessageLine message={message} />
    </form>
  );
}
