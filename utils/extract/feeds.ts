import { MAX, absUrl, attr, clean } from './util';

import type { FeedType } from '../model/vocabulary';

export interface PageFeed {
  url: string;
  title?: string;
  type: FeedType;
}

/**
 * The feeds a page announces: `<link rel="alternate">` with an RSS, Atom or JSON Feed type,
 * URLs resolved, deduplicated, at most 20, in page order. A plain `application/json` alternate is
 * a feed only when its URL or title says so (sites also announce JSON APIs that way).
 */
export function readFeeds(doc: Document, base?: string): PageFeed[] {
  const feeds: PageFeed[] = [];
  const all = doc.querySelectorAll('link[rel][href][type]');
  for (let i = 0; i < all.length && i < 500 && feeds.length < 20; i++) {
    const el = all[i];
    if (!el || !/(?:^|\s)alternate(?:\s|$)/i.test(attr(el, 'rel')?.slice(0, 200) ?? '')) continue;
    const mime = (attr(el, 'type') ?? '')
      .slice(0, 100)
      .trim()
      .toLowerCase()
      .replace(/\s*;.*/, '');
    const m = /^application\/(?:(rss|rdf|atom)\+xml|(?:feed\+)?json)$/.exec(mime);
    const type: FeedType | undefined = m ? (m[1] === 'atom' ? 'atom' : m[1] ? 'rss' : 'json') : undefined;
    const url = absUrl(attr(el, 'href'), base);
    const title = clean(attr(el, 'title'), MAX.title);
    if (!type || !url || feeds.some((f) => f.url === url)) continue;
    if (mime === 'application/json' && !/feed/i.test(`${url} ${title ?? ''}`)) continue;
    feeds.push({ url, ...(title && { title }), type });
  }
  return feeds;
}

/** A feed of comments rather than of posts. */
export const isCommentsFeed = (f: PageFeed): boolean =>
  /\bcomments?\b|\bkommentare\b|\bcommentaires\b|\bcomentarios\b/i.test(f.title ?? '') || /\/comments?\//i.test(f.url);

/**
 * The site's name in a feed title: "Example » Feed", "Example RSS Feed", "Example - Atom",
 * "Example: All posts". Only when a word naming the feed was removed.
 */
export function siteNameFromFeed(f: PageFeed): string | undefined {
  const t = f.title ?? '';
  const name = t
    .replace(/\s*\bfeed\s*$/i, '')
    .replace(/\s*\b(?:(?:all|main|latest)\s+)?(?:posts|entries|articles|rss\s*2?(?:\.0)?|atom|json)\s*$/i, '')
    .replace(/\s*[»|:·•–—-]\s*$/, '');
  return name !== t && name.length >= 2 ? clean(name, MAX.siteName) : undefined;
}
