import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { draftForPage, pageInput, pageUrlOf, personInput, type SourceDraft } from '@/utils/capture/draft';
import { CLIPPABLE_KINDS } from '@/utils/capture/request';
import { clipTab, readTab, resolveTab, type TabReading } from '@/utils/capture/read-tab';
import { getDatabase } from '@/utils/db/database';
import { findByAddress, getClip, listTopics } from '@/utils/db';
import { candidatesFor } from '@/utils/sites/candidates';
import type { Extraction } from '@/utils/extract/extraction';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { AGENT_KINDS, defaultCategory, type Category } from '@/utils/model/vocabulary';
import { openNetworkPage, openSidePanel } from '@/utils/navigation';
import { CandidateItem, candidateCategory } from './CandidateItem';
import { RemoteImage } from './RemoteImage';
import { categoryLabel, displayUrl, formatDate, kindLabel } from './labels';
import { Shortcuts } from './Shortcuts';
import { SourceEditor } from './SourceEditor';
import { useLiveQuery } from './use-live-query';
import { errorText } from '@/utils/errors';
import { MessageLine, type Message } from './MessageLine';

const MAX_AUTO_RETRIES = 20;

type Phase = { phase: 'reading' } | { phase: 'no-tab' } | { phase: 'read'; reading: TabReading };

/** The popup: reads the tab, shows what it found, and saves the page and its authors. */
export function CaptureView({ search }: { search: string }) {
  const [state, setState] = useState<Phase>({ phase: 'reading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ phase: 'reading' });
    void (async () => {
      const tab = await resolveTab(search);
      const next: Phase = tab ? { phase: 'read', reading: await readTab(tab) } : { phase: 'no-tab' };
      if (live) setState(next);
    })();
    return () => {
      live = false;
    };
  }, [search, attempt]);

  // A page still loading is read again by itself as soon as it has loaded (a few times at most:
  // a page that never finishes keeps its message and its "Try again" button).
  const waitingFor =
    state.phase === 'read' && !state.reading.ok && state.reading.reason === 'loading' && attempt < MAX_AUTO_RETRIES
      ? state.reading.tab.id
      : undefined;
  useEffect(() => {
    if (waitingFor === undefined) return;
    const retry = () => setAttempt((a) => a + 1);
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId === waitingFor && change.status === 'complete') retry();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    // It may finish between the reading and this listener, or without an event: look too.
    const timer = setInterval(() => {
      void browser.tabs.get(waitingFor).then(
        (tab) => tab.status === 'complete' && retry(),
        () => undefined,
      );
    }, 700);
    return () => {
      clearInterval(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [waitingFor, attempt]);

  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('extName')}</h1>
        <div class="bar-actions">
          <button
            type="button"
            class="link"
            disabled={state.phase !== 'read'}
            onClick={() =>
              state.phase === 'read' && void openSidePanel(state.reading.tab.windowId).then(() => window.close())
            }
          >
            {t('open_side_panel')}
          </button>
          <button type="button" class="link" onClick={() => void openNetworkPage()}>
            {t('network_title')}
          </button>
        </div>
      </header>
      {state.phase === 'reading' && <p role="status">{t('reading_page')}</p>}
      {state.phase === 'no-tab' && <p role="alert">{t('no_tab')}</p>}
      {state.phase === 'read' && <Capture reading={state.reading} onRetry={() => setAttempt((a) => a + 1)} />}
      <Shortcuts />
    </main>
  );
}

function Capture({ reading, onRetry }: { reading: TabReading; onRetry: () => void }) {
  const db = getDatabase();
  const { tab } = reading;
  const extraction = reading.ok ? reading.extraction : undefined;
  const url = pageUrlOf(extraction, tab);
  const candidates = useMemo(() => (extraction ? candidatesFor(extraction, tab.url) : []), [extraction]);
  // The first candidate is what the page is mostly about: the form saves it.
  const primary = candidates[0]?.role === 'page' ? candidates[0] : undefined;
  const authors = candidates.filter((c) => c.role === 'author');
  const agents = candidates.filter((c) => c.role === 'publication' || c.role === 'channel');
  const addresses = useMemo(
    () => [...new Set([url, extraction?.pageUrl, tab.url].filter((u): u is string => !!u))],
    [url, extraction, tab.url],
  );
  const saved = useLiveQuery(async () => {
    for (const u of addresses) {
      const found = await findByAddress(db, u);
      if (found) return found;
    }
    return null;
  }, [addresses.join(' ')]);
  const topics = useLiveQuery(() => listTopics(db), []).value ?? [];
  const existing = saved.value ?? undefined;

  const [draft, setDraft] = useState<SourceDraft | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | undefined>();
  // Whether to keep the article's readable text; offered for articles and papers that could be read.
  const [keepText, setKeepText] = useState(true);
  // The category chosen for each other candidate, by position; unset keeps a saved one's category.
  const [chosen, setChosen] = useState<Record<number, Category>>({});

  // The form starts from the saved source when there is one, once that is known.
  useEffect(() => {
    if (draft !== undefined) return;
    if (saved.value !== undefined) setDraft(draftForPage(extraction, tab, existing, primary));
    else if (saved.error !== undefined) {
      // The page can still be saved; the background will find the saved source if there is one.
      setDraft(draftForPage(extraction, tab, undefined, primary));
      setMessage({ text: t('error_load', errorText(saved.error)), error: true });
    }
  }, [saved.value, saved.error]);

  if (draft === undefined) return <p role="status">{t('reading_page')}</p>;

  const following = AGENT_KINDS.has(draft.kind);
  const clippable = reading.ok && CLIPPABLE_KINDS.has(draft.kind);
  const pageTopics = draft.topics;

  const savePrimary = async () => {
    if (!draft.title.trim()) {
      setMessage({ text: t('error_title_required'), error: true });
      return undefined;
    }
    setBusy(true);
    try {
      const now = Date.now();
      const page = pageInput(draft, extraction, tab, existing, now);
      const feeds = primary?.feeds ?? [];
      const result =
        draft.kind === 'person'
          ? await sendMessage('savePerson', {
              person: { ...page, feeds: feeds.length ? feeds : undefined },
              sameAs: primary?.sameAs ?? [],
            })
          : await sendMessage('savePage', {
              page: { ...page, feeds: following && feeds.length ? feeds : undefined },
              authors: authors.map((a) => ({ name: a.title, url: a.url })),
              clip: clippable && keepText ? await clipTab(tab.id) : undefined,
            });
      const text = t(result.created ? 'saved_new' : 'saved_updated', categoryLabel(result.source.category));
      const clipMissed = clippable && keepText && !(await hasClip(result.source.id));
      setMessage({ text: clipMissed ? `${text} ${t('clip_failed')}` : text });
      return result.source;
    } catch (error) {
      setMessage({ text: t('error_save', errorText(error)), error: true });
      return undefined;
    } finally {
      setBusy(false);
    }
  };

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
            pageTopics,
            page.url,
            page.title,
            Date.now(),
          ),
          feeds: author.feeds.length ? author.feeds : undefined,
        },
        fromPageUrl: page.url,
      }).catch((error: unknown) => failures.push(`${author.title} (${errorText(error)})`));
    }
    setMessage(
      failures.length
        ? { text: t('error_some_authors', failures.join(', ')), error: true }
        : { text: t('saved_page_and_authors') },
    );
  };

  const reasonKey = reading.ok ? undefined : (`unreadable_${reading.reason.replace('-', '_')}` as MessageKey);

  return (
    <>
      {reasonKey && (
        <div class="notice" role="alert">
          <p>{t(reasonKey)}</p>
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
          {existing && (
            <p class="saved-flag" role="status">
              {t('already_saved', formatDate(existing.createdAt), categoryLabel(existing.category))}
            </p>
          )}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void savePrimary();
            }}
          >
            <SourceEditor draft={draft} onChange={setDraft} topics={topics} />
            {clippable && (
              <label class="check">
                <input type="checkbox" checked={keepText} onChange={(e) => setKeepText(e.currentTarget.checked)} />
                {t('keep_text')}
              </label>
            )}
            <div class="actions">
              <button type="submit" class="primary" disabled={busy}>
                {following ? t('follow') : t('save')}
              </button>
              {authors.length > 0 && !following && (
                <button type="button" disabled={busy} onClick={() => void saveWithAuthors()}>
                  {authors.length === 1 ? t('save_page_and_author') : t('save_page_and_authors')}
                </button>
              )}
            </div>
          </form>
          <MessageLine message={message} />
          {authors.length > 0 && (
            <section class="authors" aria-labelledby="authors-heading">
              <h2 id="authors-heading">{t('authors_heading')}</h2>
              <ul>
                {authors.map((author, i) => (
                  <CandidateItem
                    key={`${author.title}-${i}`}
                    candidate={author}
                    category={chosen[i]}
                    onCategory={(c) => setChosen({ ...chosen, [i]: c })}
                    defaultFor={defaultCategory('person')}
                    topics={pageTopics}
                    pageUrl={url}
                    pageTitle={draft.title}
                  />
                ))}
              </ul>
            </section>
          )}
          {agents.length > 0 && (
            <section class="authors" aria-labelledby="agents-heading">
              <h2 id="agents-heading">{t('agents_heading')}</h2>
              <ul>
                {agents.map((agent, j) => {
                  const i = authors.length + j;
                  return (
                    <CandidateItem
                      key={`${agent.role}-${agent.title}`}
                      candidate={agent}
                      category={chosen[i]}
                      onCategory={(c) => setChosen({ ...chosen, [i]: c })}
                      defaultFor={candidateCategory(agent, draft.kind)}
                      topics={pageTopics}
                      pageUrl={url}
                      pageTitle={draft.title}
                    />
                  );
                })}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}

function PagePreview({ extraction: e, url }: { extraction: Extraction | undefined; url: string }) {
  return (
    <section class="preview" aria-label={t('page_preview')}>
      <RemoteImage src={e?.image} />
      <div>
        <p class="meta">
          <span class="kind">{kindLabel(e?.kind ?? 'article')}</span>
          {e?.siteName && <span> · {e.siteName}</span>}
        </p>
        {e?.description && <p class="description">{e.description}</p>}
        <p class="muted url">{displayUrl(url)}</p>
      </div>
    </section>
  );
}

async function hasClip(sourceId: string): Promise<boolean> {
  return (await getClip(getDatabase(), sourceId)) !== undefined;
}
