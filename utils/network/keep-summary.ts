import { followChanges, type PlnDatabase } from '../db';
import { refreshNetworkSummary } from './first-screen';

/** How long after the last write to sources the summary is made again: a burst of writes makes it once. */
export const SUMMARY_WAIT_MS = 3_000;

/**
 * Keeps the network page's summary current (the background does it): a while after sources are
 * written, in any context, and once as it starts, the summary is made again from every source, if
 * the page has one that no longer holds. So the page, opened after a capture, draws at once.
 * Returns the way to stop.
 */
export function keepNetworkSummary(db: PlnDatabase, wait: number = SUMMARY_WAIT_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const refresh = () => {
    timer = undefined;
    running = running.then(() => refreshNetworkSummary(db)).catch(() => undefined);
  };
  const soon = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(refresh, wait);
  };
  const stop = followChanges(db, (change) => {
    if (change.sourceIds.length > 0 || change.sourcesUnnamed) soon();
  });
  soon();
  return () => {
    stop();
    if (timer !== undefined) clearTimeout(timer);
  };
}
