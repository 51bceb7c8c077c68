import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** The list, or a source's details: the trail of sources opened from one another, and whether it is edited. */
export type PanelView = { mode: 'list' } | { mode: 'detail'; stack: string[]; editing: boolean; fromList: boolean };

/**
 * Where the side panel is: the list (with its current row, and the requests to focus it or its
 * search) or a source's details. The list comes back scrolled where it was left; the details start at the top.
 */
export function usePanelView() {
  const [view, setView] = useState<PanelView>({ mode: 'list' });
  const [currentId, setCurrentId] = useState<string | undefined>();
  const [focusRequest, setFocusRequest] = useState(0);
  const listScroll = useRef<number | undefined>(undefined);

  // Handlers read the view as it is now, without being made again at each change of it.
  const viewRef = useRef(view);
  viewRef.current = view;

  /** A source's details, over the list or on top of the details open now. */
  const open = useCallback((id: string, editing = false) => {
    const v = viewRef.current;
    if (v.mode === 'list') {
      listScroll.current = window.scrollY;
      setCurrentId(id);
      setView({ mode: 'detail', stack: [id], editing, fromList: true });
    } else setView({ mode: 'detail', stack: [...v.stack, id], editing, fromList: editing ? false : v.fromList });
  }, []);

  /** A source's details alone, as if opened from the list. */
  const show = useCallback((id: string) => {
    setCurrentId(id);
    setView({ mode: 'detail', stack: [id], editing: false, fromList: true });
  }, []);

  const focusList = useCallback(() => setFocusRequest((n) => n + 1), []);

  const backToList = useCallback(() => {
    setView({ mode: 'list' });
    focusList();
  }, [focusList]);

  const goBack = useCallback(() => {
    const v = viewRef.current;
    if (v.mode === 'detail' && v.stack.length > 1) setView({ ...v, stack: v.stack.slice(0, -1), editing: false });
    else backToList();
  }, [backToList]);

  // The search gets the focus, its text selected, after the render that shows it.
  const searchRef = useRef<HTMLInputElement>(null);
  const [searchFocus, setSearchFocus] = useState(0);
  const focusSearch = useCallback(() => setSearchFocus((n) => n + 1), []);
  useLayoutEffect(() => {
    if (searchFocus === 0) return;
    searchRef.current?.focus();
    searchRef.current?.select();
  }, [searchFocus]);

  const detailId = view.mode === 'detail' ? view.stack.at(-1) : undefined;
  useLayoutEffect(() => {
    if (view.mode === 'list' && listScroll.current !== undefined) {
      window.scrollTo(0, listScroll.current);
      listScroll.current = undefined;
    } else if (view.mode === 'detail') window.scrollTo(0, 0);
  }, [view.mode, detailId]);

  return {
    view,
    setView,
    detailId,
    currentId,
    setCurrentId,
    focusRequest,
    focusList,
    searchRef,
    focusSearch,
    open,
    show,
    backToList,
    goBack,
  };
}
