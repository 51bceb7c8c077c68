import type { AuthorCandidate } from './authors';
import { MAX, absUrl, isoDate, textOf } from './util';

/** What microformats say: the page's h-entry (or classic hAtom hentry) and its representative h-card. */
export interface Microformats {
  title?: string;
  publishedAt?: string;
  modifiedAt?: string;
  /** p-author h-card(s) of the entry (hAtom: .author .vcard). */
  authors: AuthorCandidate[];
  /** The page's own h-card (a personal site or a profile): the one whose u-url is the page, else the only one. */
  card?: { name?: string; url?: string; image?: string };
}

const ENTRY = '.h-entry, .hentry';
/** What an entry's own properties may not be nested in: another entry, a cited post or a comment. */
const SCOPE = '.h-entry, .hentry, .h-cite, .p-comment, .u-comment';
const CARD = '.h-card, .vcard';

/** The entry or card `el` belongs to (its closest ancestor-or-self of that kind). */
const owner = (el: Element, selector: string) => el.closest(selector);

/** The first descendant matching `selector` that belongs to `root`, not to an entry or card nested in it. */
function find(root: Element, selector: string, scope: string): Element | undefined {
  const all = root.querySelectorAll(selector);
  for (let i = 0; i < all.length && i < 100; i++) {
    const el = all[i];
    if (el && owner(el.parentElement ?? el, scope) === root) return el;
  }
  return undefined;
}

const dt = (el: Element | undefined) =>
  el &&
  isoDate(
    el.getAttribute('datetime') ??
      el.getAttribute('title') ??
      el.querySelector('.value-title')?.getAttribute('title') ??
      textOf(el, 100),
  );

/** An h-card (or vcard, or a plain p-author element) as a person. */
function card(el: Element, base?: string) {
  const isCard = el.matches(CARD);
  const nameEl = isCard ? find(el, '.p-name, .fn', CARD) : undefined;
  const urlEl = isCard ? find(el, '.u-url[href], a.url[href]', CARD) : undefined;
  const photo = isCard ? find(el, '.u-photo, .photo', CARD) : undefined;
  const link =
    urlEl ??
    (el.localName === 'a' ? el : el.querySelectorAll('a[href]').length === 1 ? el.querySelector('a[href]') : null);
  return {
    name: textOf(nameEl ?? el, MAX.authors) ?? el.querySelector('img[alt]')?.getAttribute('alt') ?? undefined,
    url: absUrl(link?.getAttribute('href'), base),
    image: absUrl(photo?.getAttribute('src') ?? photo?.getAttribute('href'), base),
  };
}

/**
 * Reads the page's entry: the only h-entry / hentry, else the one that holds the <h1> (a page
 * that lists several entries and none holds the <h1> is a listing: no entry). The entry's author
 * is its p-author (an h-card or plain text) or, in hAtom, its `.author` vcard.
 */
export function readMicroformats(
  doc: Document,
  pageUrls: readonly (string | undefined)[],
  base?: string,
): Microformats {
  const out: Microformats = { authors: [] };
  const entries = Array.from(doc.querySelectorAll(ENTRY))
    .slice(0, 200)
    .filter((el) => !el.parentElement?.closest(ENTRY));
  const h1 = doc.querySelector('h1');
  const entry = entries.length === 1 ? entries[0] : entries.find((el) => h1 && el.contains(h1));
  if (entry) {
    out.title = textOf(find(entry, '.p-name, .entry-title', SCOPE), MAX.title);
    out.publishedAt = dt(find(entry, '.dt-published, .published', SCOPE));
    out.modifiedAt = dt(find(entry, '.dt-updated, .updated', SCOPE));
    const authors = entry.querySelectorAll('.p-author, .author');
    for (let i = 0; i < authors.length && out.authors.length < 20; i++) {
      const el = authors[i];
      if (!el || owner(el.parentElement ?? el, SCOPE) !== entry) continue;
      // hAtom nests the vcard: <span class="author vcard"> or <span class="author"><span class="vcard">.
      const vcard = el.matches(CARD) ? el : (el.querySelector(CARD) ?? el);
      const person = card(vcard, base);
      if (person.name || person.url) out.authors.push(person);
    }
  }

  const cards = Array.from(doc.querySelectorAll('.h-card'))
    .slice(0, 100)
    .filter((el) => !el.parentElement?.closest(`${ENTRY}, .h-card`));
  const pages = pageUrls.filter(Boolean);
  const own = cards.map((el) => card(el, base)).find((c) => c.url && pages.includes(c.url));
  const only = cards.length === 1 && cards[0] ? card(cards[0], base) : undefined;
  out.card = own ?? only;
  return out;
}
