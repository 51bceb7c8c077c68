import type { Source } from '../model/source';
import { sourceText } from './document';
import { matchesTerms, queryTerms, terms } from './text';

/**
 * Sources matching a query by a plain scan, for small callers (the omnibox) that have no index:
 * the same text and the same rule as the side panel's index (each word of the query begins a
 * word of the source). Order is kept.
 */
export function matchSources(sources: readonly Source[], query: string): Source[] {
  const wanted = queryTerms(query);
  if (wanted.length === 0) return [...sources];
  const names = new Map(sources.filter((s) => s.kind === 'person').map((p) => [p.id, p.title]));
  return sources.filter((source) => {
    const words = terms(
      sourceText(
        source,
        source.creators.flatMap((id) => names.get(id) ?? []),
      ),
    );
    return matchesTerms(words, wanted);
  });
}
