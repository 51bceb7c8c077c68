import { followChanges, type PlnDatabase } from '../db';
import { readNetworkSummary, refreshNetworkSummary } from './first-screen';

/** How long after the last write to sources the summary is made again: a burst of writes makes it once. */
export const SUMMARY_WAIT_MS = 3_000;
/** After the moment a summary stops holding (its `until`), the wait before it is made again. */
const AFTER_UNTIL_MS = 100;

/**
 * Keeps the network page's summary current (the background does it): a while after sources are
 * written, in any context; once as it starts; and when the date alone makes the summary stop
 * holding (its `until`: a follow turns stale, a month begins), the summary is made again from every
 * source, if the page has one that no longer holds. So the page, opened after a capture or the
 * next morning, draws at once. (A service worker that sleeps meanwhile catches up as it wakes.)
 * Returns the way to stop.
 */
export function keepNetworkSummary(db: PlnDatabase, wait: number = SUMMARY_WAIT_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expiry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const refresh = async () => {
    await refreshNetworkSummary(db);
    const { screen } = await readNetworkSummary(db);
    if (expiry !== undefined) clearTimeout(expiry);
    expiry = undefined;
    if (screen && !stopped) expiry = setTimeout(() => soon(0), Math.max(0, screen.until - Date.now()) + AFTER_UNTIL_MS);
  };
  const soon = (delay: number) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      running = running.then(refresh).catch(() => undefined);
    }, delay);
  };
  const stop = followChanges(db, (change) => {
    if (change.sourceIds.length > 0 || change.sourcesUnnamed) soon(wait);
  });
  soon(wait);
  return () => {
    stopped = true;
    stop();
    if (timer !== undefined) clearTimeout(timer);
    if (expiry !== undefined) clearTimeout(expiry);
  };
}
