import type { AuthorCandidate } from './authors';
import { MAX, absUrl, attr, isoDate, textOf } from './util';

/** What microformats say: the page's h-entry (or classic hAtom hentry) and its representative h-card. */
export interface Microformats {
  title?: string;
  publishedAt?: string;
  modifiedAt?: string;
  /** p-author h-card(s) of the entry (hAtom: .author .vcard). */
  authors: AuthorCandidate[];
  /** The page's own h-card (a personal site or a profile): the representative one, else one whose u-url is the page, else the only one. */
  card?: { name?: string; url?: string; image?: string };
  /** The page has a representative h-card and no entry of its own: it is that person's page. */
  owner?: boolean;
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
    attr(el, 'datetime') ?? attr(el, 'title') ?? attr(el.querySelector('.value-title'), 'title') ?? textOf(el, 100),
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
    name: textOf(nameEl ?? el, MAX.authors) ?? attr(el.querySelector('img[alt]'), 'alt') ?? undefined,
    url: absUrl(attr(link, 'href'), base),
    image: absUrl(attr(photo, 'src') ?? attr(photo, 'href'), base),
  };
}

/** The absolute hrefs of `el` and its descendants that match `selector`. */
const hrefs = (el: Element, selector: string, base?: string) =>
  [el, ...Array.from(el.querySelectorAll(selector)).slice(0, 20)]
    .filter((e) => e.matches(selector))
    .map((e) => absUrl(attr(e, 'href'), base));

/**
 * Reads the page's entry: the only h-entry / hentry, else the one that holds the <h1> (a page
 * that lists several entries and none holds the <h1> is a listing: no entry). The entry's author
 * is its p-author (an h-card or plain text) or, in hAtom, its `.author` vcard.
 *
 * The representative h-card (microformats.org/wiki/representative-h-card-parsing), among the
 * top-level h-cards: the first whose u-uid and a u-url are the page; else the first with a u-url
 * that is also a rel=me link of the page; else the only one, when a u-url of it is the page.
 */
export function readMicroformats(
  doc: Document,
  pageUrls: readonly (string | undefined)[],
  base?: string,
  me: readonly string[] = [],
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
  // Addresses compare without a fragment or a trailing slash.
  const key = (u?: string) => u?.replace(/#.*/, '').replace(/\/$/, '');
  const among = (list: readonly (string | undefined)[]) => (u?: string) => !!u && list.map(key).includes(key(u));
  const [here, mine] = [among(pageUrls), among(me)];
  const read = cards.map((el) => {
    const c = card(el, base);
    return { ...c, urls: [c.url, ...hrefs(el, '.u-url[href]', base)], uids: hrefs(el, '.u-uid[href]', base) };
  });
  const rep =
    read.find((c) => c.uids.some(here) && c.urls.some(here)) ??
    read.find((c) => c.urls.some(mine)) ??
    (read.length === 1 && read[0]?.urls.some(here) ? read[0] : undefined);
  out.card = rep ?? read.find((c) => here(c.url)) ?? (read.length === 1 ? read[0] : undefined);
  out.owner = !!rep && !entry;
  return out;
}
