import { useEffect, useState } from 'preact/hooks';

/**
 * The network page's places beyond its views, kept in the address's hash so that a link, a
 * reload or the weekly reminder opens them: a goal's page (`#goal/<id>`) and the reflection form
 * (`#reflect`, or `#reflect/<goal id>` for one goal).
 */
export type Route = { type: 'network' } | { type: 'goal'; id: string } | { type: 'reflect'; goalId?: string };

export function routeFromHash(hash: string): Route {
  const [name, id] = hash.replace(/^#/, '').split('/', 2);
  const value = id ? decodeURIComponent(id) : undefined;
  if (name === 'goal' && value) return { type: 'goal', id: value };
  if (name === 'reflect') return value ? { type: 'reflect', goalId: value } : { type: 'reflect' };
  return { type: 'network' };
}

export const goalHash = (id: string) => `#goal/${encodeURIComponent(id)}`;
export const reflectHash = (goalId?: string) => (goalId ? `#reflect/${encodeURIComponent(goalId)}` : '#reflect');

/** The route shown, following the hash; `go` moves to another, with a history entry. */
export function useRoute(): [Route, (hash: string) => void] {
  const [route, setRoute] = useState<Route>(() => routeFromHash(location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash(location.hash));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);
  const go = (hash: string) => {
    if (hash === '' || hash === '#') {
      history.pushState(history.state, '', location.pathname + location.search);
      setRoute({ type: 'network' });
    } else location.hash = hash;
  };
  return [route, go];
}
