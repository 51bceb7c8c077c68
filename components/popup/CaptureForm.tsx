import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { requestPanelFocus } from '@/utils/browser/panel-focus';
import {
  draftForPage,
  draftFromSource,
  pageInput,
  pageUrlOf,
  personInput,
  type SourceDraft,
} from '@/utils/capture/draft';
import { captureRequest, CLIPPABLE_KINDS, pageSubject } from '@/utils/capture/request';
import { clipTab, type TabReading } from '@/utils/capture/read-tab';
import { suggestTopics } from '@/utils/capture/suggest-topics';
import { effectOf, undoEffects, type SaveEffect } from '@/utils/capture/undo-save';
import type { PlnDatabase } from '@/utils/db';
import { useDatabase } from '../database';
import { findSaved as findSavedAt, getClip, listGoals, listTopics, type SaveResult } from '@/utils/db';
import { rememberedGoal, rememberGoal } from '@/utils/capture/goal-memory';
import { getSettings, updateSettings } from '@/utils/settings';
import { errorText } from '@/utils/errors';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { goalsOf, type Source, type SourceInput } from '@/utils/model/source';
import { AGENT_KINDS, type Category } from '@/utils/model/vocabulary';
import { unreadableLabel } from '@/utils/labels';
import { openSidePanel } from '@/utils/navigation';
import { candidatesFor } from '@/utils/sites/candidates';
import { categoryLabel, formatDate } from '../labels';
import { MessageLine, type Message } from '../MessageLine';
import { GoalSelect } from '../GoalSelect';
import { SourceEditor } from '../SourceEditor';
import { useLiveQuery } from '../use-live-query';
import { useSettings } from '../use-settings';
import { usePersonMatch } from '../use-person-match';
import { PageCandidates } from './PageCandidates';
import { PagePreview } from './PagePreview';

const HINT_ID = 'save-hint';
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** The source saved for the page at one of these addresses, if any. */
async function findSaved(db: PlnDatabase, addresses: readonly string[]): Promise<Source | null> {
  for (const u of addresses) {
    const found = await findSavedAt(db, u);
    if (found) return found;
  }
  return null;
}

const sameDraft = (a: SourceDraft, b: SourceDraft) => JSON.stringify(a) === JSON.stringify(b);

const undoApi = {
  removeSource: (id: string) => sendMessage('removeSource', { id }),
  restoreSource: (id: string) => sendMessage('restoreSource', { id }),
  updateSource: (input: SourceInput) => sendMessage('updateSource', input),
};

/**
 * The popup's form: what the page is, its fields, and one saved state. The primary button reads
 * Save (Follow on a profile) until the page is in the network, then Saved (Following), and
 * Update once a field changes; Undo takes back what this popup did (a new source goes to the
 * trash, a changed one gets its fields back), and Show in side panel opens it there.
 * Keyboard: the title has the focus, Enter saves from it, Ctrl/⌘+Enter from anywhere in the form.
 */
export function CaptureForm({ reading, onRetry }: { reading: TabReading; onRetry: () => void }) {
  const db = useDatabase();
  const { tab } = reading;
  const extraction = reading.ok ? reading.extraction : undefined;
  const url = pageUrlOf(extraction, tab);
  const candidates = useMemo(() => (extraction ? candidatesFor(extraction, tab.url) : []), [extraction, tab.url]);
  // The first candidate is what the page is mostly about: the form saves it.
  const primary = pageSubject(candidates);
  const authors = candidates.filter((c) => c.role === 'author');
  const agents = candidates.filter((c) => c.role === 'publication' || c.role === 'channel');
  const addresses = useMemo(
    () => [...new Set([url, extraction?.pageUrl, tab.url].filter((u): u is string => !!u))],
    [url, extraction, tab.url],
  );
  const saved = useLiveQuery(() => findSaved(db, addresses), [addresses.join(' ')]);
  const topics = useLiveQuery(() => listTopics(db), []).value ?? [];
  const goals = (useLiveQuery(() => listGoals(db), []).value ?? []).filter((g) => g.status === 'active');
  const settings = useSettings();
  const existing = saved.value ?? undefined;

  const [draft, setDraft] = useState<SourceDraft | undefined>();
  /** The draft as it is saved: the form differs from it once a field changes. */
  const [baseline, setBaseline] = useState<SourceDraft | undefined>();
  /** What this popup did, for Undo. */
  const [effects, setEffects] = useState<SaveEffect[]>([]);
  /** The person this popup saved as someone new (who may still be someone saved before). */
  const [createdId, setCreatedId] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | undefined>();
  // Whether to keep the article's readable text; offered for articles and papers that could be read.
  const [keepText, setKeepText] = useState(true);
  // The category chosen for each other candidate, by position; unset keeps a saved one's category.
  const [chosen, setChosen] = useState<Record<number, Category>>({});
  // The learning goal chosen here; unset offers the one remembered for the page's topics.
  const [goalChoice, setGoalChoice] = useState<string | undefined>();

  // The form starts from the saved source when there is one, once that is known.
  useEffect(() => {
    if (draft !== undefined) return;
    if (saved.value !== undefined) {
      setDraft(draftForPage(extraction, tab, existing, primary));
      if (existing) {
        setBaseline(draftFromSource(existing));
        setMessage({ text: t('saved_since', formatDate(existing.createdAt), categoryLabel(existing.category)) });
      }
    } else if (saved.error !== undefined) {
      // The page can still be saved; the background will find the saved source if there is one.
      setDraft(draftForPage(extraction, tab, undefined, primary));
      setMessage({ text: t('error_load', errorText(saved.error)), error: true });
    }
    // Once, when the saved source is known: later changes of it do not reset what is typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved.value, saved.error]);

  const person = draft?.kind === 'person' ? { name: draft.title, url, sameAs: primary?.sameAs ?? [] } : undefined;
  const match = usePersonMatch(person, existing?.id);

  // Ctrl/⌘+Enter saves once the key's own effects (a topic typed, added) are in the draft.
  const saveRef = useRef<() => void>(() => undefined);

  if (draft === undefined) return <p role="status">{t('reading_page')}</p>;

  const following = AGENT_KINDS.has(draft.kind);
  const clippable = reading.ok && CLIPPABLE_KINDS.has(draft.kind);
  const offeredGoals = new Set(goals.map((g) => g.id));
  const goalId =
    goalChoice !== undefined
      ? goalChoice || undefined
      : rememberedGoal(draft.topics, settings?.goalByTopic ?? {}, offeredGoals);
  // Choosing a goal the saved source is not on yet is a change to save.
  const newGoal = goalId !== undefined && !(existing !== undefined && goalsOf(existing).includes(goalId));
  const dirty = baseline === undefined || !sameDraft(draft, baseline) || newGoal;
  const clean = existing !== undefined && !dirty;
  // A person's site that links to a person saved before: saving adds it to them.
  const into = !existing && person ? match.linked : undefined;
  // Before it is saved, or just saved as someone new: perhaps someone saved before.
  const undecided = person !== undefined && (!existing || existing.id === createdId);
  const offer = undecided && !into ? (match.linked ?? match.sameName) : undefined;
  const pageTopics = suggestTopics(extraction?.keywords ?? [], topics, draft.topics);

  /** Takes in what a save did: its undo, and the form now stands for the saved source. */
  const record = (result: SaveResult | Source, effect: SaveEffect | undefined) => {
    const source = 'source' in result ? result.source : result;
    if (effect) setEffects((list) => [...list, effect]);
    if ('created' in result && result.created) setCreatedId(result.source.id);
    const next = draftFromSource(source);
    setDraft(next);
    setBaseline(next);
    return source;
  };

  const run = async <T,>(action: () => Promise<T>, failure: MessageKey): Promise<T | undefined> => {
    setBusy(true);
    try {
      return await action();
    } catch (error) {
      setMessage({ text: t(failure, errorText(error)), error: true });
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const savePrimary = (options: { into?: Source; apart?: boolean } = {}) => {
    if (busy) return Promise.resolve(undefined);
    if (!draft.title.trim()) {
      setMessage({ text: t('error_title_required'), error: true });
      return Promise.resolve(undefined);
    }
    if (clean && !options.into) return Promise.resolve(existing);
    return run(async () => {
      const page = pageInput(draft, extraction, tab, existing, Date.now());
      const target = options.into ?? (options.apart ? undefined : into);
      const clip = clippable && keepText ? await clipTab(tab.id) : undefined;
      const request = captureRequest(page, candidates, clip, { into: target, apart: options.apart });
      const result =
        request.type === 'savePerson'
          ? await sendMessage('savePerson', { ...request.data, goalId })
          : await sendMessage('savePage', { ...request.data, goalId });
      if (goalChoice !== undefined || goalId !== undefined) {
        const { goalByTopic } = await getSettings();
        const remembered = rememberGoal(goalByTopic, draft.topics, goalId);
        if (remembered !== goalByTopic) await updateSettings({ goalByTopic: remembered });
      }
      const source = record(result, effectOf(result));
      const text = target
        ? t('added_to_person', target.title)
        : t(result.created ? 'saved_new' : 'saved_updated', categoryLabel(source.category));
      const clipMissed = clippable && keepText && !(await hasClip(db, source.id));
      setMessage({ text: clipMissed ? `${text} ${t('clip_failed')}` : text });
      return source;
    }, 'error_save');
  };
  saveRef.current = () => void savePrimary();

  /** The person just saved as someone new is someone saved before: merged into them. */
  const mergeInto = (other: Source) =>
    run(async () => {
      if (!existing) return;
      const merged = await sendMessage('mergePeople', { intoId: other.id, fromId: existing.id });
      record(merged, { type: 'merged', fromId: existing.id, previous: other });
      setCreatedId(undefined);
      setMessage({ text: t('added_to_person', other.title) });
    }, 'error_save');

  const saveWithAuthors = async () => {
    const page = await savePrimary();
    if (!page) return;
    const failures: string[] = [];
    for (const [i, author] of authors.entries()) {
      await sendMessage('savePerson', {
        person: {
          ...personInput(
            { name: author.title, url: author.url, image: author.image, sameAs: author.sameAs },
            chosen[i],
            draft.topics,
            page.url,
            page.title,
            Date.now(),
          ),
          feeds: author.feeds.length ? author.feeds : undefined,
        },
        fromPageUrl: page.url,
        goalId,
      }).then(
        (result) => {
          const effect = effectOf(result);
          if (effect) setEffects((list) => [...list, effect]);
        },
        (error: unknown) => failures.push(`${author.title} (${errorText(error)})`),
      );
    }
    setMessage(
      failures.length
        ? { text: t('error_some_authors', failures.join(', ')), error: true }
        : { text: t(authors.length === 1 ? 'saved_page_and_author' : 'saved_page_and_authors') },
    );
  };

  const undo = () =>
    run(async () => {
      await undoEffects(effects, undoApi);
      const removed = effects.some((e) => e.type === 'created');
      setEffects([]);
      setCreatedId(undefined);
      const now = (await findSaved(db, addresses)) ?? undefined;
      // What was typed stays in the form, to save again; a source put back shows as it is.
      if (now) setDraft(draftFromSource(now));
      setBaseline(now && draftFromSource(now));
      setMessage({ text: t(removed ? 'undone_removed' : 'undone_reverted') });
    }, 'error_undo');

  const showInPanel = () => {
    if (!existing) return;
    // Called straight from the click: browsers open a side panel only in answer to one.
    const opening = openSidePanel(tab.windowId);
    Promise.all([opening, requestPanelFocus(existing.id, tab.windowId)]).then(
      () => window.close(),
      (error: unknown) => setMessage({ text: t('error_side_panel', errorText(error)), error: true }),
    );
  };

  const goalField = (
    <GoalSelect
      id="capture-goal"
      label={t('capture_goal')}
      goals={goals}
      value={goalId ?? ''}
      none={t('capture_goal_none')}
      onChange={setGoalChoice}
    />
  );

  const unreadable = reading.ok ? undefined : unreadableLabel(reading.reason);
  const primaryLabel = into
    ? t('add_to_person', into.title)
    : !existing
      ? t(following ? 'follow' : 'save')
      : dirty
        ? t('update')
        : t(following ? 'following_button' : 'saved_button');

  return (
    <>
      {unreadable && (
        <div class="notice" role="alert">
          <p>{unreadable}</p>
          {!reading.ok && reading.reason === 'failed' && reading.detail && <p class="muted">{reading.detail}</p>}
          {!reading.ok && (reading.reason === 'loading' || reading.reason === 'failed') && (
            <button type="button" onClick={onRetry}>
              {t('try_again')}
            </button>
          )}
        </div>
      )}
      {url === undefined ? (
        <p class="notice">{t('unsaveable')}</p>
      ) : (
        <>
          <PagePreview extraction={extraction} url={url} />
          {into && <p class="notice">{t('whose_site', into.title)}</p>}
          {offer && (
            <div class="notice">
              <p id="same-person">
                {offer === match.linked ? t('maybe_same', offer.title) : t('same_person_as', offer.title)}
              </p>
              <button
                type="button"
                aria-describedby="same-person"
                onClick={() => void (existing ? mergeInto(offer) : savePrimary({ into: offer }))}
              >
                {t('add_profile_to', offer.title)}
              </button>
            </div>
          )}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void savePrimary();
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey) {
                e.preventDefault();
                setTimeout(() => saveRef.current());
              }
            }}
          >
            <SourceEditor
              draft={draft}
              onChange={setDraft}
              topics={topics}
              autoFocus
              titleHint={HINT_ID}
              pageTopics={pageTopics}
              besideCategory={goalField}
            />
            {clippable && (
              <label class="check">
                <input type="checkbox" checked={keepText} onChange={(e) => setKeepText(e.currentTarget.checked)} />
                {t('keep_text')}
              </label>
            )}
            <div class="actions">
              <button
                type="submit"
                class={clean ? 'primary done' : 'primary'}
                aria-disabled={busy || clean ? 'true' : undefined}
              >
                {clean && <span aria-hidden="true">✓ </span>}
                {primaryLabel}
              </button>
              {into && (
                <button type="button" onClick={() => void savePrimary({ apart: true })}>
                  {t('save_apart')}
                </button>
              )}
              {effects.length > 0 && (
                <button type="button" onClick={() => void undo()}>
                  {t('undo')}
                </button>
              )}
              {existing && (
                <button type="button" onClick={showInPanel}>
                  {t('show_in_side_panel')}
                </button>
              )}
              {authors.length > 0 && !following && !clean && (
                <button type="button" onClick={() => void saveWithAuthors()}>
                  {authors.length === 1 ? t('save_page_and_author') : t('save_page_and_authors')}
                </button>
              )}
            </div>
            <p class="muted keys-hint" id={HINT_ID}>
              {t('popup_keys_hint', isMac ? '⌘' : 'Ctrl')}
            </p>
          </form>
          <MessageLine message={message} />
          <PageCandidates
            authors={authors}
            agents={agents}
            chosen={chosen}
            onChosen={setChosen}
            pageKind={draft.kind}
            news={extraction?.news ?? false}
            pageUrl={url}
            pageTitle={draft.title}
            topics={draft.topics}
          />
        </>
      )}
    </>
  );
}

async function hasClip(db: PlnDatabase, sourceId: string): Promise<boolean> {
  return (await getClip(db, sourceId)) !== undefined;
}
