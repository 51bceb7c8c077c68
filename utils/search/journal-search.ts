import type { JournalEntry } from '../model/journal';
import { matchesTerms, terms as wordsOf } from './text';

/**
 * The journal entries a side panel search finds: those in which every query word begins a word of
 * the entry's text or of the title of a source or person it names, as sources are searched.
 * `entries` keep their order (the journal's: newest first); `queryTerms` come from `queryTerms`.
 */
export function journalMatches(
  entries: readonly JournalEntry[],
  queryTerms: readonly string[],
  titleOf: (id: string) => string | undefined,
): JournalEntry[] {
  if (queryTerms.length === 0) return [];
  return entries.filter((entry) => {
    const words = wordsOf([entry.text, ...entry.sourceIds.map((id) => titleOf(id) ?? '')].join('\n'));
    return matchesTerms(words, queryTerms);
  });
}
