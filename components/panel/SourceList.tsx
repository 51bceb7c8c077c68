import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { Entry } from '@/utils/search/live-collection';
import { openReader } from '@/utils/navigation';
import { GoalLinkDialog } from './GoalLinkDialog';
import { RowMenu, type MenuItem } from './RowMenu';
import { SourceRow, type RowActions } from './SourceRow';
import { renderedIndexes, visibleRange } from './virtual';

/** Rows rendered beyond those in view, on each side. */
const OVERSCAN = 5;
/** Until a row is measured (the CSS sets every row's height). */
const ESTIMATED_ROW = 64;
/** Room a row's menu needs below its button, else it opens above. */
const MENU_ROOM = 180;
/** The benchmark reads when the first rows were in the page. */
let firstRowsMarked = false;

interface Props {
  entries: readonly Entry[];
  terms: readonly string[];
  selection: ReadonlySet<string>;
  /** The id of the row in the tab order. */
  currentId: string | undefined;
  /** Bumped to move the focus to the current row (after arrow keys, or back from details). */
  focusRequest: number;
  creatorsOf: (entry: Entry) => string;
  hasClip: (id: string) => boolean;
  actions: RowActions;
  onCurrent: (id: string, focus: boolean) => void;
  onKeyAction: (action: 'open' | 'edit' | 'toggle', id: string) => void;
}

interface OpenMenu {
  id: string;
  position: { top: number } | { bottom: number };
  button: HTMLElement;
}

/**
 * The saved sources as a virtual list: only the rows in view (and a few around) are in the
 * page, positioned in a box as tall as all rows; the page itself scrolls.
 *
 * Keyboard (a list with roving focus: one row is in the tab order, and its controls): Up and
 * Down move between rows, Home and End to the first and last, Page Up and Page Down by a
 * screenful; on a row, Enter opens its details, E edits it, Space selects it. Tab goes on into
 * the row's checkbox, link and its actions button (the Context Menu key or Shift+F10 opens the
 * menu too). While searching, rows are a line taller, for the text that matched. `aria-setsize` and `aria-posinset` say where a row sits
 * in the whole list, since the page holds only some of them.
 */
export function SourceList(props: Props) {
  const { entries, currentId } = props;
  const list = useRef<HTMLUListElement>(null);
  const [rowHeight, setRowHeight] = useState(ESTIMATED_ROW);
  const [measured, setRange] = useState({ start: 0, end: 20 });
  // Until the next measure, the last range, within the rows there are now.
  const range = { start: Math.min(measured.start, entries.length), end: Math.min(measured.end, entries.length) };

  const searching = props.terms.length > 0;
  const [menu, setMenu] = useState<OpenMenu | undefined>();
  // The source being linked to a goal from its menu, and the menu button to give the focus back to.
  const [linking, setLinking] = useState<{ id: string; button: HTMLElement } | undefined>();

  const measure = useCallback(() => {
    const el = list.current;
    if (!el) return;
    const next = visibleRange(entries.length, rowHeight, el.getBoundingClientRect().top, window.innerHeight, OVERSCAN);
    setRange((r) => (r.start === next.start && r.end === next.end ? r : next));
  }, [entries.length, rowHeight]);

  useLayoutEffect(measure, [measure]);
  useEffect(() => {
    window.addEventListener('scroll', measure, { passive: true });
    const resized = () => {
      setMeasuredFor(undefined);
      measure();
    };
    window.addEventListener('resize', resized);
    return () => {
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', resized);
    };
  }, [measure]);
  // What sits above the list can grow or shrink (the journal entries a search finds, the review
  // queue), moving the list without a scroll: measure again when the box around it changes size.
  useEffect(() => {
    const around = list.current?.parentElement;
    if (!around || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(around);
    return () => observer.disconnect();
  }, [measure]);

  const currentIndex = currentId === undefined ? -1 : entries.findIndex((e) => e.source.id === currentId);
  const tabIndexRow = currentIndex >= 0 ? currentIndex : range.start < entries.length ? range.start : -1;

  // The CSS decides a row's height; the first row rendered tells it (again after a resize).
  const [measuredFor, setMeasuredFor] = useState<string | undefined>();
  const hasRows = entries.length > 0;
  // After every render: a row can only be measured once it is shown (not behind the details).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const key = `${window.innerWidth} ${searching}`;
    if (!hasRows || measuredFor === key) return;
    const row = list.current?.querySelector<HTMLElement>('li.source');
    const height = row?.getBoundingClientRect().height;
    if (!height) return;
    setMeasuredFor(key);
    if (Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
    if (!firstRowsMarked) {
      firstRowsMarked = true;
      performance.mark('pln:first-rows');
    }
  });

  useLayoutEffect(() => {
    if (props.focusRequest === 0 || currentIndex < 0) return;
    list.current?.querySelector<HTMLElement>(`li[data-index="${currentIndex}"]`)?.focus();
    // Only when asked: the current row changes without taking the focus too.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.focusRequest]);

  const move = (to: number) => {
    const index = Math.max(0, Math.min(entries.length - 1, to));
    const entry = entries[index];
    if (entry) props.onCurrent(entry.source.id, true);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>('li[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const entry = entries[index];
    if (!entry) return;
    const onRow = target === row;
    const page = Math.max(1, Math.floor(window.innerHeight / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      Home: () => move(0),
      End: () => move(entries.length - 1),
      PageDown: () => move(index + page),
      PageUp: () => move(index - page),
    };
    if (onRow) {
      const openMenu = () => {
        const button = row.querySelector<HTMLElement>('.row-menu-button');
        if (button) toggleMenu(entry.source.id, button);
      };
      keys.ContextMenu = openMenu;
      if (e.shiftKey && e.key === 'F10') keys.F10 = openMenu;
      keys.Enter = () => props.onKeyAction('open', entry.source.id);
      keys[' '] = () => props.onKeyAction('toggle', entry.source.id);
      keys.e = () => props.onKeyAction('edit', entry.source.id);
      keys.E = keys.e;
    }
    const run = keys[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  };

  /** Opens a row's menu under its button (above it near the bottom of the window), or closes it. */
  const toggleMenu = useCallback((id: string, button: HTMLElement) => {
    setMenu((open) => {
      if (open?.id === id) return undefined;
      const box = list.current?.getBoundingClientRect();
      const at = button.getBoundingClientRect();
      if (!box) return undefined;
      const position =
        at.bottom + MENU_ROOM > window.innerHeight && at.top - box.top > MENU_ROOM
          ? { bottom: box.bottom - at.top + 2 }
          : { top: at.bottom - box.top + 2 };
      return { id, position, button };
    });
  }, []);
  const rowActions = useMemo<RowActions>(() => ({ ...props.actions, onMenu: toggleMenu }), [props.actions, toggleMenu]);
  const closeMenu = (refocus: boolean) => {
    if (refocus && menu?.button.isConnected) menu.button.focus();
    setMenu(undefined);
  };
  const menuSource = menu && entries.find((e) => e.source.id === menu.id)?.source;
  const linkSource = linking && entries.find((e) => e.source.id === linking.id)?.source;
  // Back to the menu's button once the dialog is gone (while it is open, the rest of the page is inert).
  const [refocus, setRefocus] = useState<HTMLElement | undefined>();
  useEffect(() => {
    if (linking || !refocus) return;
    if (refocus.isConnected) refocus.focus();
    setRefocus(undefined);
  }, [linking, refocus]);
  const closeLinking = () => {
    setRefocus(linking?.button);
    setLinking(undefined);
  };
  // The source went from the list while its dialog was open (deleted elsewhere): the dialog is
  // gone, so is the wish to link it (it must not open again if the source comes back).
  useEffect(() => {
    if (linking && !linkSource) {
      setRefocus(linking.button);
      setLinking(undefined);
    }
  }, [linking, linkSource]);
  const menuItems = (id: string, title: string): MenuItem[] => [
    { label: t('panel_details'), name: t('panel_details_of', title), run: () => props.actions.onDetails(id) },
    ...(props.hasClip(id)
      ? [{ label: t('read_offline'), name: t('read_offline_source', title), run: () => void openReader(id) }]
      : []),
    { label: t('edit'), name: t('edit_source', title), run: () => props.actions.onEdit(id) },
    {
      label: t('panel_link_goal'),
      name: t('panel_link_goal_of', title),
      run: () => menu && setLinking({ id, button: menu.button }),
    },
    { label: t('delete'), name: t('delete_source', title), run: () => props.actions.onDelete(id), danger: true },
  ];

  const onFocusIn = (e: FocusEvent) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    const entry = row ? entries[Number(row.dataset.index)] : undefined;
    if (entry && entry.source.id !== currentId) props.onCurrent(entry.source.id, false);
  };

  return (
    <>
      <p id="list-hint" class="sr-only">
        {t('panel_list_hint')}
      </p>
      <div class="sources-box">
        <ul
          ref={list}
          class={searching ? 'sources searching' : 'sources'}
          aria-label={t('panel_list')}
          aria-describedby="list-hint"
          style={{ height: `${entries.length * rowHeight}px` }}
          onKeyDown={onKeyDown}
          onFocusIn={onFocusIn}
        >
          {renderedIndexes(range, currentIndex >= 0 ? currentIndex : undefined).map((i) => {
            const entry = entries[i]!;
            const { source } = entry;
            return (
              <SourceRow
                // Keyed by source: a row keeps its element (and the focus in it) while the list
                // moves around it.
                key={source.id}
                source={source}
                index={i}
                count={entries.length}
                top={i * rowHeight}
                current={i === tabIndexRow}
                selected={props.selection.has(source.id)}
                clipped={props.hasClip(source.id)}
                creators={props.creatorsOf(entry)}
                terms={props.terms}
                menuOpen={menu?.id === source.id}
                actions={rowActions}
              />
            );
          })}
        </ul>
        {menu && menuSource && (
          <RowMenu
            source={menuSource}
            items={menuItems(menuSource.id, menuSource.title)}
            position={menu.position}
            onClose={closeMenu}
          />
        )}
        {linkSource && (
          <GoalLinkDialog
            source={linkSource}
            onLink={(goal) => {
              props.actions.onLinkGoal(linkSource.id, goal);
              closeLinking();
            }}
            onClose={closeLinking}
          />
        )}
      </div>
    </>
  );
}
