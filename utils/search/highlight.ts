import { foldForSearch } from '../text';

/**
 * Where a search's words appear in a text, for showing them marked. The text stays text: the
 * view renders each segment as a text node, matched ones inside <mark>, never as HTML.
 */
export interface Segment {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The text cut into segments, marking the part of each word that a query word begins
 * ("lear" marks "Lear" in "Learning"). `terms` are folded query words (see `queryTerms`).
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  const segments: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const folded = foldForSearch(word);
    let best = 0;
    for (const term of terms) if (term.length > best && folded.startsWith(term)) best = term.length;
    if (best === 0) continue;
    const length = originalLength(word, best);
    const start = match.index;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, start + length), match: true });
    at = start + length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** How many characters of `word` fold into its first `folded` folded characters. */
function originalLength(word: string, folded: number): number {
  let count = 0;
  let length = 0;
  for (const char of word) {
    if (count >= folded) {
      // Combining marks that follow belong to the last matched letter.
      if (/\p{M}/u.test(char)) {
        length += char.length;
        continue;
      }
      break;
    }
    count += foldForSearch(char).length;
    length += char.length;
  }
  return length;
}

/** Whether any query word begins a word of the text. */
export function matchesAny(text: string | undefined, terms: readonly string[]): boolean {
  if (!text || terms.length === 0) return false;
  for (const match of foldForSearch(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    if (terms.some((term) => match[0].startsWith(term))) return true;
  }
  return false;
}

/**
 * A short piece of a long text around its first match, cut at word boundaries, with "…" where
 * it was cut; the start of the text when nothing matches.
 */
export function snippet(text: string, terms: readonly string[], room = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= room) return flat;
  let center = 0;
  let at = 0;
  for (const segment of highlight(flat, terms)) {
    if (segment.match) {
      center = at;
      break;
    }
    at += segment.text.length;
  }
  let start = Math.max(0, center - Math.floor(room / 3));
  let end = Math.min(flat.length, start + room);
  start = Math.max(0, end - room);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space !== -1 && space < center) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start && space > center) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
