import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { watchPanelFocus } from '@/utils/browser/panel-focus';
import { formatNumber, plural, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import type { BulkChange } from '@/utils/model/bulk';
import type { LiveCollection, Entry } from '@/utils/search/live-collection';
import { visibleEntries, type ListFilters, type Sort } from '@/utils/search/list-query';
import { categoryLabel, statusLabel } from './labels';
import { BulkBar } from './panel/BulkBar';
import { FilterBar } from './panel/FilterBar';
import { ReviewQueue } from './panel/ReviewQueue';
import { SourceDetail } from './panel/SourceDetail';
import { SourceList } from './panel/SourceList';
import type { RowActions } from './panel/SourceRow';
import { TabContext } from './panel/TabContext';
import { useCollection } from './panel/use-collection';
import { UndoToast } from './UndoToast';
import { errorText } from '@/utils/errors';

const NO_TERMS: readonly string[] = [];

type View = { mode: 'list' } | { mode: 'detail'; stack: string[]; editing: boolean; fromList: boolean };

interface Undo {
  title: string;
  message?: string;
  run: () => Promise<unknown>;
  failure: (error: unknown) => string;
}

/** Keys typed into these are text, not shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  );
}

/**
 * The side panel: the tab in front and what was saved from it; the whole collection, searched
 * as you type, filtered, sorted, in a virtual list; the details of a source; bulk edits, each
 * with its undo. Keyboard: "/" goes to the search, Escape backs out (details → list, search →
 * cleared, selection → cleared), and the list has its own keys (see SourceList).
 */
export function SourcesPanel({
  initialQuery = '',
  collection: given,
}: {
  initialQuery?: string;
  collection?: LiveCollection;
}) {
  const { collection, status } = useCollection(given);
  const [text, setText] = useState(initialQuery);
  const [filters, setFilters] = useState<ListFilters>({});
  const [sort, setSort] = useState<Sort>('newest');
  const [selection, setSelection] = useState<ReadonlySet<string>>(() => new Set());
  const [view, setView] = useState<View>({ mode: 'list' });
  const [currentId, setCurrentId] = useState<string | undefined>();
  const [focusRequest, setFocusRequest] = useState(0);
  const [undo, setUndo] = useState<Undo | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const listScroll = useRef<number | undefined>(undefined);

  // The collection changes in place; its versions say when. (The hooks' rule cannot know that.)
  /* eslint-disable react-hooks/exhaustive-deps */
  const sorted = useMemo(() => collection.sorted(sort), [collection, status.version, sort]);
  const hits = useMemo(() => collection.search(text), [collection, status.indexVersion, text]);
  const shown = useMemo(() => visibleEntries(sorted, filters, hits, Date.now()), [sorted, filters, hits]);
  const terms = hits?.terms ?? NO_TERMS;
  const topics = useMemo(() => collection.topics(), [collection, status.version]);
  /* eslint-enable react-hooks/exhaustive-deps */

  // Sources deleted elsewhere leave the selection.
  useEffect(() => {
    setSelection((s) => {
      const kept = [...s].filter((id) => collection.get(id) !== undefined);
      return kept.length === s.size ? s : new Set(kept);
    });
  }, [collection, status.version]);

  // Handlers read the view as it is now, without being made again at each change of it.
  const viewRef = useRef(view);
  viewRef.current = view;

  const openDetail = useCallback((id: string, editing = false) => {
    const v = viewRef.current;
    if (v.mode === 'list') {
      listScroll.current = window.scrollY;
      setCurrentId(id);
      setView({ mode: 'detail', stack: [id], editing, fromList: true });
    } else setView({ mode: 'detail', stack: [...v.stack, id], editing, fromList: editing ? false : v.fromList });
    setError(undefined);
  }, []);

  // "Show in side panel" from the popup: that source's details, once the collection has it.
  const [showSource, setShowSource] = useState<string | undefined>();
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    void browser.windows
      .getCurrent()
      .then(
        (w) => w.id,
        () => undefined,
      )
      .then((windowId) => {
        if (live) stop = watchPanelFocus(windowId, setShowSource);
      });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  useEffect(() => {
    if (showSource === undefined || collection.get(showSource) === undefined) return;
    setShowSource(undefined);
    // The list behind it shows everything, so that Back finds the source in it.
    setText('');
    setFilters({});
    setCurrentId(showSource);
    setView({ mode: 'detail', stack: [showSource], editing: false, fromList: true });
    setError(undefined);
  }, [collection, showSource, status.version]);

  const backToList = useCallback(() => {
    setView({ mode: 'list' });
    setFocusRequest((n) => n + 1);
  }, []);

  const goBack = useCallback(() => {
    const v = viewRef.current;
    if (v.mode === 'detail' && v.stack.length > 1) setView({ ...v, stack: v.stack.slice(0, -1), editing: false });
    else backToList();
  }, [backToList]);

  const [searchFocus, setSearchFocus] = useState(0);
  useLayoutEffect(() => {
    if (searchFocus === 0) return;
    searchRef.current?.focus();
    searchRef.current?.select();
  }, [searchFocus]);

  // The list comes back where it was left; the details start at the top.
  const detailShown = view.mode === 'detail' ? view.stack.at(-1) : undefined;
  useLayoutEffect(() => {
    if (view.mode === 'list' && listScroll.current !== undefined) {
      window.scrollTo(0, listScroll.current);
      listScroll.current = undefined;
    } else if (view.mode === 'detail') window.scrollTo(0, 0);
  }, [view.mode, detailShown]);

  const remove = useCallback(
    async (id: string) => {
      const title = collection.get(id)?.title ?? '';
      try {
        await sendMessage('removeSource', { id });
        setUndo({
          title,
          run: () => sendMessage('restoreSource', { id }),
          failure: (e) => t('error_restore', errorText(e)),
        });
      } catch (e) {
        setError(t('error_delete', errorText(e)));
      }
    },
    [collection],
  );

  const actions = useMemo<RowActions>(
    () => ({
      onToggle: (id) =>
        setSelection((s) => {
          const next = new Set(s);
          if (!next.delete(id)) next.add(id);
          return next;
        }),
      onDetails: (id) => openDetail(id),
      onEdit: (id) => openDetail(id, true),
      onDelete: (id) => void remove(id),
      // The list opens rows' menus itself.
      onMenu: () => undefined,
    }),
    [openDetail, remove],
  );

  const bulkChange = async (change: BulkChange) => {
    const ids = [...selection];
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const result = await sendMessage('bulkUpdate', { ids, change });
      if (result.updated === 0) setNotice(t('panel_bulk_nothing'));
      else {
        setUndo({
          title: '',
          message: describeChange(change, result.updated),
          run: () => sendMessage('bulkRevert', { previous: result.previous }),
          failure: (e) => t('panel_error_undo', errorText(e)),
        });
      }
    } catch (e) {
      setError(t('panel_error_bulk', errorText(e)));
    } finally {
      setBusy(false);
    }
  };

  const bulkDelete = async () => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const moved = await sendMessage('bulkRemove', { ids: [...selection] });
      setSelection(new Set());
      if (moved.length > 0) {
        setUndo({
          title: '',
          message: plural('panel_bulk_deleted', moved.length),
          run: () => sendMessage('bulkRestore', { ids: moved }),
          failure: (e) => t('panel_error_undo', errorText(e)),
        });
      }
    } catch (e) {
      setError(t('panel_error_bulk', errorText(e)));
    } finally {
      setBusy(false);
    }
  };

  const runUndo = () => {
    if (!undo) return;
    undo
      .run()
      .then(() => {
        setUndo(undefined);
        if (undo.message !== undefined) setNotice(t('panel_undone'));
      })
      .catch((e: unknown) => setError(undo.failure(e)));
  };

  // "/" and Escape, wherever the focus is. The handler reads the state as it is at the key press.
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const mode = viewRef.current.mode;
      if (e.key === '/' && !isTyping(e.target)) {
        e.preventDefault();
        if (mode === 'detail') setView({ mode: 'list' });
        setSearchFocus((n) => n + 1);
      } else if (e.key === 'Escape') {
        if (mode === 'detail') {
          e.preventDefault();
          goBack();
        } else if (selectionRef.current.size > 0 && !isTyping(e.target)) {
          e.preventDefault();
          setSelection(new Set());
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [goBack]);

  const allShownSelected =
    selection.size >= shown.length && shown.length > 0 && shown.every((e) => selection.has(e.source.id));
  const someShownSelected = !allShownSelected && selection.size > 0 && shown.some((e) => selection.has(e.source.id));
  const selectAll = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = someShownSelected;
  });
  const toggleAllShown = () =>
    setSelection((s) => {
      const next = new Set(s);
      if (allShownSelected) for (const e of shown) next.delete(e.source.id);
      else for (const e of shown) next.add(e.source.id);
      return next;
    });

  const showSite = useCallback((site: string) => setFilters({ site }), []);
  const showPerson = useCallback((creator: string) => setFilters({ creator }), []);

  /* eslint-disable react-hooks/exhaustive-deps -- the collection changes in place (see above) */
  const creatorsOf = useCallback(
    (entry: Entry) => entry.source.creators.flatMap((id) => collection.get(id)?.title ?? []).join(', '),
    [collection, status.version],
  );
  const hasClip = useCallback((id: string) => collection.hasClip(id), [collection, status.version]);
  /* eslint-enable react-hooks/exhaustive-deps */

  const detailId = view.mode === 'detail' ? view.stack.at(-1) : undefined;
  const detailSource = detailId === undefined ? undefined : collection.get(detailId);
  const previousId = view.mode === 'detail' ? view.stack.at(-2) : undefined;
  // A source deleted while its details are open: back to the list.
  useEffect(() => {
    if (detailId !== undefined && status.loaded && detailSource === undefined) backToList();
  }, [detailId, detailSource, status.loaded, backToList]);

  const searching = terms.length > 0 || Object.values(filters).some((v) => v !== undefined);

  return (
    <main class="panel">
      <header class="bar">
        <h1>{t('panel_title')}</h1>
        {status.total >= 0 && <span class="muted">{t('count_sources', formatNumber(status.total))}</span>}
      </header>

      {detailSource && view.mode === 'detail' && (
        <SourceDetail
          key={detailSource.id}
          source={detailSource}
          collection={collection}
          editing={view.editing}
          backTo={previousId === undefined ? undefined : collection.get(previousId)?.title}
          onBack={goBack}
          onOpen={(id) => openDetail(id)}
          onEdit={() => setView({ ...view, editing: true })}
          onEditDone={() => (view.fromList ? backToList() : setView({ ...view, editing: false }))}
          onDelete={() => {
            void remove(detailSource.id);
            backToList();
          }}
          onTopic={(topic) => {
            setFilters({ topic });
            backToList();
          }}
          onShowPerson={(creator) => {
            setFilters({ creator });
            backToList();
          }}
        />
      )}

      <div hidden={view.mode === 'detail'}>
        <TabContext
          collection={collection}
          version={status.version}
          onOpen={openDetail}
          onShowSite={showSite}
          onShowPerson={showPerson}
        />
        <ReviewQueue collection={collection} version={status.version} onOpen={openDetail} />
        <FilterBar
          text={text}
          onText={setText}
          onLeave={() => {
            setCurrentId((id) => id ?? shown[0]?.source.id);
            setFocusRequest((n) => n + 1);
          }}
          searchRef={searchRef}
          filters={filters}
          onFilters={setFilters}
          sort={sort}
          onSort={setSort}
          topics={topics}
          personName={(id) => collection.get(id)?.title ?? id}
        />
        {status.error !== undefined && (
          <p role="alert" class="message error">
            {t('error_load', errorText(status.error))}
          </p>
        )}
        {!status.loaded && status.total > 0 && <p class="muted">{plural('panel_loading', status.total)}</p>}
        {status.loaded && status.indexing && terms.length > 0 && (
          <p class="muted">
            {t('panel_indexing', formatNumber(status.indexing.done), formatNumber(status.indexing.total))}
          </p>
        )}
        {selection.size > 0 && (
          <BulkBar
            count={selection.size}
            busy={busy}
            topics={topics}
            onChange={(change) => void bulkChange(change)}
            onDelete={() => void bulkDelete()}
            onClear={() => setSelection(new Set())}
          />
        )}
        {notice && (
          <p role="status" class="message">
            {notice}
          </p>
        )}
        {error && (
          <p role="alert" class="message error">
            {error}
          </p>
        )}
        {status.loaded && status.total === 0 && <p class="empty">{t('panel_empty')}</p>}
        {status.total > 0 && shown.length === 0 && (status.loaded || !searching) && (
          <p class="empty" role="status">
            {t('no_matches')}
          </p>
        )}
        {shown.length > 0 && (
          <div class="list-head">
            <label class="check">
              <input ref={selectAll} type="checkbox" checked={allShownSelected} onChange={toggleAllShown} />
              {t('panel_select_all', formatNumber(shown.length))}
            </label>
            {searching && (
              <span role="status" class="muted">
                {t('panel_shown', formatNumber(shown.length))}
              </span>
            )}
          </div>
        )}
        <SourceList
          entries={shown}
          terms={terms}
          selection={selection}
          currentId={currentId}
          focusRequest={focusRequest}
          creatorsOf={creatorsOf}
          hasClip={hasClip}
          actions={actions}
          onCurrent={(id, focus) => {
            setCurrentId(id);
            if (focus) setFocusRequest((n) => n + 1);
          }}
          onKeyAction={(action, id) => {
            if (action === 'open') openDetail(id);
            else if (action === 'edit') openDetail(id, true);
            else actions.onToggle(id);
          }}
        />
      </div>

      {undo && (
        <UndoToast title={undo.title} message={undo.message} onDismiss={() => setUndo(undefined)} onUndo={runUndo} />
      )}
    </main>
  );
}

function describeChange(change: BulkChange, count: number): string {
  return [
    change.category !== undefined && plural('panel_bulk_done_category', count, categoryLabel(change.category)),
    change.status !== undefined && plural('panel_bulk_done_status', count, statusLabel(change.status)),
    !!change.addTopics?.length && plural('panel_bulk_done_add', count, change.addTopics.join(', ')),
    !!change.removeTopics?.length && plural('panel_bulk_done_remove', count, change.removeTopics.join(', ')),
  ]
    .filter((part) => part !== false)
    .join(' ');
}
