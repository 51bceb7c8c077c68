import { MAX, absUrl, attr, clean, langTag, textOf } from './util';

/**
 * What the document itself says: its base URL, <title>, canonical link, language, author, rel=me
 * and rel=tag links, and whether it is a sound.
 */
export interface PageDocument {
  /** The URL relative links resolve against: <base href>, else the page URL (http(s) only). */
  base?: string;
  title?: string;
  canonical?: string;
  lang?: string;
  /** link[rel=author] href (a profile page, when it is an http(s) URL). */
  authorUrl?: string;
  /** link[rel=me] and a[rel=me] hrefs: the page owner's other profiles (at most 20). */
  me: string[];
  /** The text of rel=tag links (at most 30). */
  tags: string[];
  /**
   * The page is a sound: it holds one <audio> player (several are an article's samples or a list
   * of episodes), or an audio enclosure (link or a[rel=enclosure] of an audio type).
   */
  audio?: boolean;
}

export function readDocument(doc: Document, pageUrl: string): PageDocument {
  const page = absUrl(pageUrl);
  const base = absUrl(attr(doc.querySelector('base[href]'), 'href'), page) ?? page;
  const links: Record<string, string | undefined> = {};
  const me: string[] = [];
  const tags: string[] = [];
  let audio = doc.querySelectorAll('audio').length === 1;
  const all = doc.querySelectorAll('link[rel][href], a[rel][href]');
  for (let i = 0; i < all.length && i < 1_000; i++) {
    const el = all[i];
    const isLink = el?.localName === 'link';
    for (const rel of (attr(el, 'rel') ?? '').slice(0, 200).toLowerCase().split(/\s+/)) {
      if (isLink && (rel === 'canonical' || rel === 'author') && !links[rel])
        links[rel] = absUrl(attr(el, 'href'), base);
      if (rel === 'me' && me.length < 20) {
        const url = absUrl(attr(el, 'href'), base);
        if (url && !me.includes(url)) me.push(url);
      }
      if (rel === 'tag' && tags.length < 30) tags.push(textOf(el, 100) ?? '');
      if (rel === 'enclosure') audio ||= /^audio\//i.test(attr(el, 'type') ?? '');
    }
  }
  const html = doc.documentElement;
  const authorUrl = links['author'];
  return {
    base,
    // document.title follows the HTML rules (the first <title> in the HTML namespace).
    title: clean(typeof doc.title === 'string' ? doc.title : doc.querySelector('title')?.textContent, MAX.title),
    canonical: links['canonical'],
    lang: langTag(attr(html, 'lang') ?? attr(html, 'xml:lang')),
    // humans.txt and the like are not profiles.
    authorUrl: authorUrl && !/\.txt$/i.test(new URL(authorUrl).pathname) ? authorUrl : undefined,
    me,
    tags,
    audio,
  };
}
