import type { Source } from '../model/source';
import type { Category, Kind } from '../model/vocabulary';

export interface ListQuery {
  text: string;
  kind?: Kind | undefined;
  category?: Category | undefined;
}

/** Lower-cases and strips accents, so that "cafe" finds "Café". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
}

/** The text a search looks in: title, site, the names of its creators, topics and note. */
export function searchText(source: Source, creatorNames: readonly string[]): string {
  return fold([source.title, source.siteName, ...creatorNames, ...source.topics, source.note].filter(Boolean).join('\n'));
}

/**
 * Sources that match the query: every word of the text appears somewhere in a source's
 * searchable text, and the kind and category match when given. Order is kept.
 */
export function filterSources(sources: readonly Source[], query: ListQuery): Source[] {
  const names = new Map(sources.filter((s) => s.kind === 'person').map((p) => [p.id, p.title]));
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  return sources.filter((source) => {
    if (query.kind !== undefined && source.kind !== query.kind) return false;
    if (query.category !== undefined && source.category !== query.category) return false;
    if (words.length === 0) return true;
    const creatorNames = source.creators.flatMap((id) => names.get(id) ?? []);
    const haystack = searchText(source, creatorNames);
    return words.every((w) => haystack.includes(w));
  });
}
