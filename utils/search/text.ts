import { foldForSearch } from '../text';

/**
 * How search sees text: folded (lower case, accents stripped, see `fold`) and cut into words of
 * letters and digits. "Five-card" is two words, "five" and "card"; "Café" is "cafe".
 */

/** Words longer than this are cut: a prefix this long finds them all the same. */
export const MAX_TERM_LENGTH = 32;
/** A query uses its first words only: more narrows nothing that a person would notice. */
export const MAX_QUERY_TERMS = 12;

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct words of a text, folded, in the order they first appear. */
export function terms(text: string): string[] {
  const seen = new Set<string>();
  for (const match of foldForSearch(text).matchAll(WORD)) {
    seen.add(match[0].length > MAX_TERM_LENGTH ? match[0].slice(0, MAX_TERM_LENGTH) : match[0]);
  }
  return [...seen];
}

/**
 * The words of a query: each one must begin a word of a source (search as you type, so the
 * word being typed matches the words it starts). A word that starts another is dropped
 * ("learn learning" asks for the same as "learning").
 */
export function queryTerms(query: string): string[] {
  const words = terms(query).sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  for (const word of words) if (!kept.some((k) => k.startsWith(word))) kept.push(word);
  return kept.slice(0, MAX_QUERY_TERMS);
}

/** The search's rule: each word of the query begins a word of the text (its `terms`). */
export function matchesTerms(words: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}
