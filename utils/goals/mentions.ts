import type { Source } from '../model/source';
import { foldForSearch } from '../text';

/** Titles shorter than this are too common to count as named ("Go", "AI"). */
export const MIN_NAMED_LENGTH = 4;
const MAX_NAMED = 50;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Each source's title folded for comparing (lower case, no accents, trimmed), once per list of
 * sources: a reflection is matched against every saved title at each keystroke.
 */
const foldedLists = new WeakMap<readonly Source[], string[]>();
export function foldedTitles(sources: readonly Source[]): readonly string[] {
  let folded = foldedLists.get(sources);
  if (!folded) {
    folded = sources.map((s) => foldForSearch(s.title).trim());
    foldedLists.set(sources, folded);
  }
  return folded;
}

/**
 * The saved sources and people a text names: those whose title (a person's name) appears in it
 * as whole words, compared without case or accents. In the order the text first names them.
 */
export function namedSources(text: string, sources: readonly Source[]): Source[] {
  const folded = foldForSearch(text);
  if (folded.trim().length < MIN_NAMED_LENGTH) return [];
  const found: { source: Source; at: number }[] = [];
  const titles = foldedTitles(sources);
  sources.forEach((source, i) => {
    const title = titles[i] ?? '';
    if (title.length < MIN_NAMED_LENGTH) return;
    let at = folded.indexOf(title);
    while (at !== -1) {
      if (!isWordChar(folded[at - 1]) && !isWordChar(folded[at + title.length])) {
        found.push({ source, at });
        break;
      }
      at = folded.indexOf(title, at + 1);
    }
  });
  return found
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_NAMED)
    .map((f) => f.source);
}
