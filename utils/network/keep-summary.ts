import { followChanges, type PlnDatabase } from '../db';
import { refreshNetworkSummary } from './first-screen';

export interface KeepOptions {
  /** How long after the last write to sources the summary is made again: a burst of writes makes it once. */
  wait?: number;
  /**
   * How long after the summary stops holding by the date alone (its `until`) it is made again:
   * follows saved or opened within a minute of each other turn stale within a minute too, and are
   * caught by one read rather than one each.
   */
  afterUntil?: number;
}

/**
 * Keeps the network page's summary current (the background does it): a while after sources are
 * written, in any context; once as it starts; and a minute after the date alone makes the summary
 * stop holding (its `until`: a follow turns stale, a month begins), the summary is made again
 * from every source, if the page has one that no longer holds. So the page, opened after a capture
 * or the next morning, draws at once. (A service worker that sleeps meanwhile catches up as it
 * wakes.) One read at a time, and at most one more waiting. Returns the way to stop.
 */
export function keepNetworkSummary(db: PlnDatabase, options: KeepOptions = {}): () => void {
  const wait = options.wait ?? 3_000;
  const afterUntil = options.afterUntil ?? 60_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expiry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let queued = false;
  let running: Promise<unknown> = Promise.resolve();
  const refresh = async () => {
    queued = false;
    if (stopped) return;
    const screen = await refreshNetworkSummary(db);
    if (expiry !== undefined) clearTimeout(expiry);
    expiry = undefined;
    if (screen && !stopped) expiry = setTimeout(() => soon(0), Math.max(0, screen.until - Date.now()) + afterUntil);
  };
  const soon = (delay: number) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (queued) return;
      queued = true;
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
