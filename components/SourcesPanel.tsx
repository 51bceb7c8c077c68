import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { watchPanelFocus } from '@/utils/browser/panel-focus';
import { formatNumber, plural, t } from '@/utils/i18n';
import type { LiveCollection, Entry } from '@/utils/search/live-collection';
import { visibleEntries, type ListFilters, type Sort } from '@/utils/search/list-query';
import { LoadError, MessageLine } from './MessageLine';
import { BulkBar } from './panel/BulkBar';
import { FilterBar } from './panel/FilterBar';
import { JournalMatches } from './panel/JournalMatches';
import { ListHead } from './panel/ListHead';
import { ReviewQueue } from './panel/ReviewQueue';
import { SourceDetail } from './panel/SourceDetail';
import { SourceList } from './panel/SourceList';
import type { RowActions } from './panel/SourceRow';
import { TabContext } from './panel/TabContext';
import { useCollection } from './panel/use-collection';
import { useJournalMatches } from './panel/use-journal-matches';
import { usePanelKeys } from './panel/use-panel-keys';
import { usePanelView } from './panel/use-panel-view';
import { useSelection } from './panel/use-selection';
import { useSourceActions } from './panel/use-source-actions';
import { UndoToast } from './UndoToast';

const NO_TERMS: readonly string[] = [];

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

  // The collection changes in place; its versions say when. (The hooks' rule cannot know that.)
  /* eslint-disable react-hooks/exhaustive-deps */
  const sorted = useMemo(() => collection.sorted(sort), [collection, status.version, sort]);
  const hits = useMemo(() => collection.search(text), [collection, status.indexVersion, text]);
  const shown = useMemo(() => visibleEntries(sorted, filters, hits, Date.now()), [sorted, filters, hits]);
  const terms = hits?.terms ?? NO_TERMS;
  const journal = useJournalMatches(collection, terms, status.version);
  const topics = useMemo(() => collection.topics(), [collection, status.version]);
  /* eslint-enable react-hooks/exhaustive-deps */

  const { selection, toggle, clear, allShown, someShown, toggleAllShown } = useSelection(
    collection,
    status.version,
    shown,
  );
  const { view, setView, detailId, open, show, backToList, goBack, ...list } = usePanelView();
  const acts = useSourceActions(collection);
  const { clearError, remove, bulkChange } = acts;

  const openDetail = useCallback(
    (id: string, editing = false) => {
      open(id, editing);
      clearError();
    },
    [open, clearError],
  );

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
    show(showSource);
    clearError();
  }, [collection, showSource, status.version, show, clearError]);

  const actions = useMemo<RowActions>(
    () => ({
      onToggle: toggle,
      onDetails: (id) => openDetail(id),
      onEdit: (id) => openDetail(id, true),
      onDelete: (id) => void remove(id),
      onLinkGoal: (id, goal) => void bulkChange([id], { addGoal: goal.id }, goal.title),
      // The list opens rows' menus itself.
      onMenu: () => undefined,
    }),
    [toggle, openDetail, remove, bulkChange],
  );

  usePanelKeys({
    detail: view.mode === 'detail',
    selected: selection.size > 0,
    onSearch: () => {
      if (view.mode === 'detail') setView({ mode: 'list' });
      list.focusSearch();
    },
    onBack: goBack,
    onClearSelection: clear,
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
            list.setCurrentId((id) => id ?? shown[0]?.source.id);
            list.focusList();
          }}
          searchRef={list.searchRef}
          filters={filters}
          onFilters={setFilters}
          sort={sort}
          onSort={setSort}
          topics={topics}
          personName={(id) => collection.get(id)?.title ?? id}
        />
        <LoadError error={status.error} />
        {!status.loaded && status.total > 0 && <p class="muted">{plural('panel_loading', status.total)}</p>}
        {status.loaded && status.indexing && terms.length > 0 && (
          <p class="muted">
            {t('panel_indexing', formatNumber(status.indexing.done), formatNumber(status.indexing.total))}
          </p>
        )}
        {selection.size > 0 && (
          <BulkBar
            count={selection.size}
            busy={acts.busy}
            topics={topics}
            onChange={(change, goalTitle) => void bulkChange([...selection], change, goalTitle)}
            onDelete={() => void acts.bulkDelete([...selection], clear)}
            onClear={clear}
          />
        )}
        <MessageLine message={acts.notice ? { text: acts.notice } : undefined} />
        <MessageLine message={acts.error ? { text: acts.error, error: true } : undefined} />
        {status.loaded && status.total === 0 && <p class="empty">{t('panel_empty')}</p>}
        <JournalMatches
          entries={journal}
          terms={terms}
          titleOf={(id) => collection.get(id)?.title}
          onOpen={(id) => openDetail(id)}
        />
        {status.total > 0 && shown.length === 0 && journal.length === 0 && (status.loaded || !searching) && (
          <p class="empty" role="status">
            {t('no_matches')}
          </p>
        )}
        {shown.length > 0 && (
          <ListHead
            shown={shown.length}
            allSelected={allShown}
            someSelected={someShown}
            searching={searching}
            onToggleAll={toggleAllShown}
          />
        )}
        <SourceList
          entries={shown}
          terms={terms}
          selection={selection}
          currentId={list.currentId}
          focusRequest={list.focusRequest}
          creatorsOf={creatorsOf}
          hasClip={hasClip}
          actions={actions}
          onCurrent={(id, focus) => {
            list.setCurrentId(id);
            if (focus) list.focusList();
          }}
          onKeyAction={(action, id) => {
            if (action === 'open') openDetail(id);
            else if (action === 'edit') openDetail(id, true);
            else toggle(id);
          }}
        />
      </div>

      {acts.undo && (
        <UndoToast
          title={acts.undo.title}
          message={acts.undo.message}
          onDismiss={acts.dismissUndo}
          onUndo={acts.runUndo}
        />
      )}
    </main>
  );
}
