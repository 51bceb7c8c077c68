import { useMemo } from 'preact/hooks';
import { listJournal } from '@/utils/db';
import type { JournalEntry } from '@/utils/model/journal';
import { journalMatches } from '@/utils/search/journal-search';
import type { LiveCollection } from '@/utils/search/live-collection';
import { useDatabase } from '../database';
import { useLiveQuery } from '../use-live-query';

const NONE: JournalEntry[] = [];

/**
 * The journal entries the side panel's search finds (see `journalMatches`), newest first, kept
 * up to date. The journal is read only while there is something to search for.
 */
export function useJournalMatches(
  collection: LiveCollection,
  terms: readonly string[],
  version: number,
): JournalEntry[] {
  const db = useDatabase();
  const searching = terms.length > 0;
  const journal = useLiveQuery(() => (searching ? listJournal(db) : Promise.resolve(NONE)), [db, searching]);
  const entries = journal.value ?? NONE;
  return useMemo(
    () => journalMatches(entries, terms, (id) => collection.get(id)?.title),
    // The collection changes in place; its version says when (titles of the sources named).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entries, terms, collection, version],
  );
}
