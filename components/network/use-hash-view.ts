import { useEffect, useState } from 'preact/hooks';

/** The network page's views, in tab order; the address's hash names the one shown. */
export const VIEWS = ['by-category', 'by-topic', 'by-person', 'graph'] as const;
export type View = (typeof VIEWS)[number];

export function viewFromHash(hash: string): View {
  const name = hash.replace(/^#/, '');
  return (VIEWS as readonly string[]).includes(name) ? (name as View) : 'by-category';
}

/**
 * The view shown, kept in the address (`options.html#by-topic`) so that a reload or a bookmark
 * opens the same view. Switching views replaces the history entry rather than adding one.
 */
export function useHashView(): [View, (view: View) => void] {
  const [view, setView] = useState<View>(() => viewFromHash(location.hash));
  useEffect(() => {
    const onHashChange = () => setView(viewFromHash(location.hash));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);
  const choose = (next: View) => {
    history.replaceState(history.state, '', `#${next}`);
    setView(next);
  };
  return [view, choose];
}
