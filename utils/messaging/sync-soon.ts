import { onLocalWrites, type PlnDatabase } from '../db';
import { sendMessage } from './protocol';

/** How long a page waits after a write before asking (a burst of writes asks once). */
export const SYNC_SOON_WAIT_MS = 1_000;

/**
 * For a page that writes to the database itself (the network page writes goals, journal entries
 * and the goals' links): a moment after each burst of its own writes, asks the background to sync
 * in a few seconds, as it does after its own writes. Writes by other contexts (a sync applying
 * what came in, say) are not the page's, and ask nothing. The background does nothing when sync
 * is off. Returns the way to stop.
 */
export function askSyncAfterWrites(
  db: PlnDatabase,
  ask: () => Promise<unknown> = () => sendMessage('syncSoon', {}),
  wait: number = SYNC_SOON_WAIT_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = onLocalWrites(db, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void ask().catch(() => undefined), wait);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
