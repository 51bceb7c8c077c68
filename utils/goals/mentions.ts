import type { Source } from '../model/source';
import { foldForSearch } from '../text';

/** Titles shorter than this are too common to count as named ("Go", "AI"). */
export const MIN_NAMED_LENGTH = 4;
const MAX_NAMED = 50;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The saved sources and people a text names: those whose title (a person's name) appears in it
 * as whole words, compared without case or accents. In the order the text first names them.
 */
export function namedSources(text: string, sources: readonly Source[]): Source[] {
  const folded = foldForSearch(text);
  if (folded.trim().length < MIN_NAMED_LENGTH) return [];
  const found: { source: Source; at: number }[] = [];
  for (const source of sources) {
    const title = foldForSearch(source.title).trim();
    if (title.length < MIN_NAMED_LENGTH) continue;
    let at = folded.indexOf(title);
    while (at !== -1) {
      if (!isWordChar(folded[at - 1]) && !isWordChar(folded[at + title.length])) {
        found.push({ source, at });
        break;
      }
      at = folded.indexOf(title, at + 1);
    }
  }
  return found
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_NAMED)
    .map((f) => f.source);
}
