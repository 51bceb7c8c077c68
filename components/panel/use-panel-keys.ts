import { useEffect, useRef } from 'preact/hooks';

/** Keys typed into these are text, not shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  );
}

export interface PanelKeys {
  /** A source's details are open. */
  detail: boolean;
  /** Some sources are selected. */
  selected: boolean;
  /** "/": to the search. */
  onSearch: () => void;
  /** Escape in the details: one step back. */
  onBack: () => void;
  /** Escape in the list, outside a text field: the selection cleared. */
  onClearSelection: () => void;
}

/**
 * The side panel's own keys, wherever the focus is: "/" goes to the search, Escape backs out of
 * the details or clears the selection. The handler reads `keys` as they are at the key press.
 */
export function usePanelKeys(keys: PanelKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const now = latest.current;
      if (e.key === '/' && !isTyping(e.target)) {
        e.preventDefault();
        now.onSearch();
      } else if (e.key === 'Escape') {
        if (now.detail) {
          e.preventDefault();
          now.onBack();
        } else if (now.selected && !isTyping(e.target)) {
          e.preventDefault();
          now.onClearSelection();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
