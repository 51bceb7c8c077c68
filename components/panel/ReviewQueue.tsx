import { memo } from 'preact/compat';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { errorText } from '@/utils/errors';
import { formatDate, plural, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import type { Source } from '@/utils/model/source';
import { dueSources, intervalDays, type ReviewAction } from '@/utils/review/queue';
import type { LiveCollection } from '@/utils/search/live-collection';

/** Sources shown at once; the others wait their turn. */
const SHOWN = 5;

interface Props {
  collection: LiveCollection;
  /** Changes with the collection, so that the queue follows it. */
  version: number;
  onOpen: (id: string) => void;
}

const ACTIONS: { action: ReviewAction; label: 'review_reviewed' | 'review_later' | 'review_archive' }[] = [
  { action: 'reviewed', label: 'review_reviewed' },
  { action: 'later', label: 'review_later' },
  { action: 'archive', label: 'review_archive' },
];

const NAMED = {
  reviewed: 'review_reviewed_source',
  later: 'review_later_source',
  archive: 'review_archive_source',
} as const;

/**
 * The review queue at the top of the side panel: sources saved but never opened nor annotated,
 * brought back at growing intervals (utils/review), each with Reviewed, Later and Archive. It
 * shows nothing while nothing is due. After an action the focus goes to the next source due (or
 * back to the queue's button), so that the queue can be worked through from the keyboard.
 */
export const ReviewQueue = memo(function ReviewQueue({ collection, version, onOpen }: Props) {
  const [open, setOpen] = useState(false);
  // Acted on, by id, at the version (updatedAt) acted on: gone from the queue before the collection
  // says so, and back when it is due again after that action was saved.
  const [done, setDone] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const [focusAt, setFocusAt] = useState<number | undefined>();
  const listRef = useRef<HTMLUListElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  /* eslint-disable react-hooks/exhaustive-deps -- the collection changes in place; its version says when */
  const due = useMemo(
    () =>
      dueSources(
        collection.sorted('newest').map((entry) => entry.source),
        Date.now(),
      ),
    [collection, version],
  );
  /* eslint-enable react-hooks/exhaustive-deps */
  const waiting = due.filter((source) => done.get(source.id) !== source.updatedAt);

  useLayoutEffect(() => {
    if (focusAt === undefined) return;
    setFocusAt(undefined);
    const rows = listRef.current?.querySelectorAll<HTMLButtonElement>('li button.review-first');
    const next = rows?.[Math.min(focusAt, rows.length - 1)];
    (next ?? toggleRef.current)?.focus();
  }, [focusAt]);

  if (waiting.length === 0 && !message) return null;

  const act = async (source: Source, action: ReviewAction, index: number) => {
    setDone((d) => new Map(d).set(source.id, source.updatedAt));
    setFocusAt(index);
    try {
      const saved = await sendMessage('reviewSource', { id: source.id, action });
      setMessage({
        text:
          action === 'archive'
            ? t('review_archived', source.title)
            : plural('review_back', intervalDays(saved.review), source.title),
        error: false,
      });
    } catch (e) {
      setDone((d) => {
        const next = new Map(d);
        next.delete(source.id);
        return next;
      });
      setMessage({ text: t('review_error', errorText(e)), error: true });
    }
  };

  return (
    <section class="review-queue" aria-labelledby="review-heading">
      <div class="tab-head">
        <h2 id="review-heading">{t('review_title')}</h2>
        {waiting.length > 0 && (
          <button
            type="button"
            ref={toggleRef}
            aria-expanded={open}
            aria-controls="review-list"
            onClick={() => setOpen((o) => !o)}
          >
            {plural('review_summary', waiting.length)}
          </button>
        )}
      </div>
      {open && waiting.length > 0 && (
        <div id="review-list">
          <p class="muted">{t('review_help')}</p>
          <ul class="plain review-list" ref={listRef}>
            {waiting.slice(0, SHOWN).map((source, index) => (
              <li key={source.id}>
                <button type="button" class="link" onClick={() => onOpen(source.id)}>
                  {source.title}
                </button>{' '}
                <span class="muted">{t('review_saved_on', formatDate(source.createdAt))}</span>
                <div class="actions">
                  {ACTIONS.map(({ action, label }) => (
                    <button
                      key={action}
                      type="button"
                      class={action === 'reviewed' ? 'review-first' : undefined}
                      aria-label={t(NAMED[action], source.title)}
                      onClick={() => void act(source, action, index)}
                    >
                      {t(label)}
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
          {waiting.length > SHOWN && <p class="muted">{plural('review_more', waiting.length - SHOWN)}</p>}
        </div>
      )}
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'message error' : 'message'}>
        {message?.text}
      </p>
    </section>
  );
});
