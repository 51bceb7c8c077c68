import { MAX, absUrl, clean, langTag } from './util';

/** What the document itself says: its base URL, <title>, canonical link, language, author and rel=me links. */
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
}

export function readDocument(doc: Document, pageUrl: string): PageDocument {
  const page = absUrl(pageUrl);
  const base = absUrl(doc.querySelector('base[href]')?.getAttribute('href'), page) ?? page;
  const links: Record<string, string | undefined> = {};
  const me: string[] = [];
  const all = doc.querySelectorAll('link[rel][href], a[rel][href]');
  for (let i = 0; i < all.length && i < 1_000; i++) {
    const el = all[i];
    const isLink = el?.localName === 'link';
    for (const rel of (el?.getAttribute('rel') ?? '').slice(0, 200).toLowerCase().split(/\s+/)) {
      if (isLink && (rel === 'canonical' || rel === 'author') && !links[rel])
        links[rel] = absUrl(el?.getAttribute('href'), base);
      if (rel === 'me' && me.length < 20) {
        const url = absUrl(el?.getAttribute('href'), base);
        if (url && !me.includes(url)) me.push(url);
      }
    }
  }
  const html = doc.documentElement;
  const authorUrl = links['author'];
  return {
    base,
    // document.title follows the HTML rules (the first <title> in the HTML namespace).
    title: clean(typeof doc.title === 'string' ? doc.title : doc.querySelector('title')?.textContent, MAX.title),
    canonical: links['canonical'],
    lang: langTag(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang')),
    // humans.txt and the like are not profiles.
    authorUrl: authorUrl && !/\.txt$/i.test(new URL(authorUrl).pathname) ? authorUrl : undefined,
    me,
  };
}
