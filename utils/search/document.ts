import { hostOf } from '../url/host';
import type { Clip } from '../model/clip';
import type { Source } from '../model/source';

/**
 * The text search looks in for a source: its title, site, address's host, description, the
 * names of its creators, topics, note, quote, the reason for its rating, and its kept article
 * text when there is one.
 */
export function sourceText(
  source: Source,
  creatorNames: readonly string[],
  clip?: Pick<Clip, 'title' | 'byline' | 'excerpt' | 'blocks'>,
): string {
  const parts: (string | undefined)[] = [
    source.title,
    source.siteName,
    hostOf(source.url),
    source.description,
    ...creatorNames,
    ...source.topics,
    source.note,
    source.quote,
    source.reliability?.reason,
  ];
  if (clip) parts.push(clip.title, clip.byline, clip.excerpt, ...clip.blocks.map((b) => b.text));
  return parts.filter(Boolean).join('\n');
}

/** What a source's entry in the index depends on: the source and its kept text. */
export function sourceStamp(source: Pick<Source, 'updatedAt'>, clippedAt: number | undefined): string {
  return `${source.updatedAt}:${clippedAt ?? 0}`;
}
