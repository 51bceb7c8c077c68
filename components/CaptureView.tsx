import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  draftForPage,
  pageInput,
  pageUrlOf,
  personInput,
  type SourceDraft,
} from '@/utils/capture/draft';
import { clipTab, readTab, resolveTab, type TabReading } from '@/utils/capture/read-tab';
import { getDatabase } from '@/utils/db/database';
import { findByAddress, findPerson, listTopics } from '@/utils/db/repository';
import type { ExtractedPerson, Extraction } from '@/utils/extract/extraction';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import type { Source } from '@/utils/model/source';
import { CATEGORIES, defaultCategory, type Category, type Kind } from '@/utils/model/vocabulary';
import { openNetworkPage, openSidePanel } from '@/utils/navigation';
import { ExternalLink } from './ExternalLink';
import { categoryLabel, displayUrl, formatDate, kindLabel } from './labels';
import { Shortcuts } from './Shortcuts';
import { SourceEditor } from './SourceEditor';
import { useLiveQuery } from './use-live-query';

/** Kinds whose readable text is worth keeping for offline reading and search. */
const CLIPPABLE: ReadonlySet<Kind> = new Set<Kind>(['article', 'paper']);

type Phase = { phase: 'reading' } | { phase: 'no-tab' } | { phase: 'read'; reading: TabReading };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

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

  // A page still loading is read again by itself as soon as it has loaded.
  const waitingFor = state.phase === 'read' && !state.reading.ok && state.reading.reason === 'loading' ? state.reading.tab.id : undefined;
  useEffect(() => {
    if (waitingFor === undefined) return;
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId === waitingFor && change.status === 'complete') setAttempt((a) => a + 1);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    // It may have finished between the reading and this listener.
    void browser.tabs.get(waitingFor).then((tab) => tab.status === 'complete' && setAttempt((a) => a + 1), () => undefined);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [waitingFor]);

  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('extName')}</h1>
        <div class="bar-actions">
          <button
            type="button"
            class="link"
            disabled={state.phase !== 'read'}
            onClick={() => state.phase === 'read' && void openSidePanel(state.reading.tab.windowId).then(() => window.close())}
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
  const candidates = useMemo(
    () => [...new Set([url, extraction?.pageUrl, tab.url].filter((u): u is string => !!u))],
    [url, extraction, tab.url],
  );
  const saved = useLiveQuery(async () => {
    for (const u of candidates) {
      const found = await findByAddress(db, u);
      if (found) return found;
    }
    return null;
  }, [candidates.join(' ')]);
  const topics = useLiveQuery(() => listTopics(db), []).value ?? [];
  const existing = saved.value ?? undefined;

  const [draft, setDraft] = useState<SourceDraft | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | undefined>();
  // Whether to keep the article's readable text; offered for articles and papers that could be read.
  const [keepText, setKeepText] = useState(true);
  // The category chosen for each author, by position; unset keeps a known person's category.
  const [authorCategory, setAuthorCategory] = useState<Record<number, Category>>({});

  // The form starts from the saved source when there is one, once that is known.
  useEffect(() => {
    if (draft !== undefined) return;
    if (saved.value !== undefined) setDraft(draftForPage(extraction, tab, existing));
    else if (saved.error !== undefined) {
      // The page can still be saved; the background will find the saved source if there is one.
      setDraft(draftForPage(extraction, tab, undefined));
      setMessage({ text: t('error_load', errorText(saved.error)), error: true });
    }
  }, [saved.value, saved.error]);

  if (draft === undefined) return <p role="status">{t('reading_page')}</p>;

  const savePage = async () => {
    if (!draft.title.trim()) {
      setMessage({ text: t('error_title_required'), error: true });
      return undefined;
    }
    setBusy(true);
    try {
      const clip = clippable && keepText ? await clipTab(tab.id) : undefined;
      const result = await sendMessage('savePage', {
        page: pageInput(draft, extraction, tab, existing, Date.now()),
        authors: (extraction?.authors ?? []).map(({ name, url: profile }) => ({ name, url: profile })),
        clip,
      });
      const saved = t(result.created ? 'saved_new' : 'saved_updated', categoryLabel(result.source.category));
      setMessage({ text: clippable && keepText && !clip ? `${saved} ${t('clip_failed')}` : saved });
      return result.source;
    } catch (error) {
      setMessage({ text: t('error_save', errorText(error)), error: true });
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const authors = extraction?.authors ?? [];
  const clippable = reading.ok && CLIPPABLE.has(draft.kind);
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
              void savePage();
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
                {t('save')}
              </button>
              {authors.length > 0 && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={async () => {
                    const page = await savePage();
                    if (!page) return;
                    const failures: string[] = [];
                    for (const [i, author] of authors.entries()) {
                      await sendMessage('savePerson', {
                        person: personInput(author, authorCategory[i], draft.topics, page.url, page.title, Date.now()),
                        fromPageUrl: page.url,
                      }).catch((error: unknown) => failures.push(`${author.name} (${errorText(error)})`));
                    }
                    setMessage(
                      failures.length
                        ? { text: t('error_some_authors', failures.join(', ')), error: true }
                        : { text: t('saved_page_and_authors') },
                    );
                  }}
                >
                  {authors.length === 1 ? t('save_page_and_author') : t('save_page_and_authors')}
                </button>
              )}
            </div>
          </form>
          {message && (
            <p class={message.error ? 'message error' : 'message'} role={message.error ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
          {authors.length > 0 && (
            <section class="authors" aria-labelledby="authors-heading">
              <h2 id="authors-heading">{t('authors_heading')}</h2>
              <ul>
                {authors.map((author, i) => (
                  <AuthorItem
                    key={`${author.name}-${i}`}
                    author={author}
                    category={authorCategory[i]}
                    onCategory={(c) => setAuthorCategory({ ...authorCategory, [i]: c })}
                    topics={draft.topics}
                    pageUrl={url}
                    pageTitle={draft.title}
                  />
                ))}
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
      {e?.image && <img src={e.image} alt="" referrerpolicy="no-referrer" loading="lazy" />}
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

function AuthorItem(props: {
  author: ExtractedPerson;
  category: Category | undefined;
  onCategory: (category: Category) => void;
  topics: string[];
  pageUrl: string;
  pageTitle: string;
}) {
  const { author } = props;
  const db = getDatabase();
  const known = useLiveQuery(async () => (await findPerson(db, author)) ?? null, [author.name, author.url]);
  const person: Source | undefined = known.value ?? undefined;
  const [message, setMessage] = useState<{ text: string; error?: boolean } | undefined>();
  const nameId = `author-${author.name.replace(/\W+/g, '-')}`;
  const chosen = props.category ?? person?.category ?? defaultCategory('person');

  const save = async () => {
    try {
      const result = await sendMessage('savePerson', {
        person: { ...personInput(author, props.category, props.topics, props.pageUrl, props.pageTitle, Date.now()), id: person?.id },
        fromPageUrl: props.pageUrl,
      });
      setMessage({ text: t(result.created ? 'saved_new' : 'saved_updated', categoryLabel(result.source.category)) });
    } catch (error) {
      setMessage({ text: t('error_save', errorText(error)), error: true });
    }
  };

  return (
    <li class="author">
      <div class="author-head">
        {author.image && <img src={author.image} alt="" class="avatar" referrerpolicy="no-referrer" />}
        <div>
          <ExternalLink href={author.url} class="author-name">
            <span id={nameId}>{author.name}</span>
          </ExternalLink>
          <p class="muted">{person ? t('author_saved') : kindLabel('person')}</p>
        </div>
      </div>
      <div class="row">
        <label class="sr-only" for={`${nameId}-category`}>
          {t('author_category', author.name)}
        </label>
        <select id={`${nameId}-category`} value={chosen} onChange={(e) => props.onCategory(e.currentTarget.value as Category)}>
          {CATEGORIES.map((c) => (
            <option value={c} key={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
        <button type="button" aria-describedby={nameId} onClick={() => void save()}>
          {t('save_author')}
        </button>
      </div>
      {message && (
        <p class={message.error ? 'message error' : 'message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </li>
  );
}
