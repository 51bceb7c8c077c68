import type { AuthorCandidate } from './authors';
import { MAX, absUrl, attr, clean, isoDate, safely, textOf } from './util';
import { nameKey } from '../text';

/**
 * The last resort for an author and a date: the visible byline next to the headline.
 *
 * The headline is the first <h1>, <h2>, <h3>, [itemprop=headline] or short "title" element whose
 * text is the page's title (or most of it: titles often carry a " | Site" suffix), else the page's
 * only <h1> when it is inside an <article>. Without such an element nothing is read: on listings
 * and home pages the first heading belongs to some other post.
 * Near the headline means its siblings (four after, two before), then those of its parent, up to
 * three levels up. There, a byline is an element whose class or id says byline/author/writer, an
 * `a[rel=author]`, or a short text starting with "By " (or "Par", "Von", "Av"...; a date after the name
 * is cut off); a date is a <time>, or an element whose
 * class or id says date/time/published/posted and whose short text holds a date.
 */
export interface Byline {
  /** The headline's text. */
  headline?: string;
  authors: AuthorCandidate[];
  publishedAt?: string;
}

const HEADINGS = 'h1, h2, h3, [itemprop~="headline"], div[class*="title"], p[class*="title"], span[class*="title"]';
const AUTHOR_HINT = /byline|author|writer|contributor/i;
const NOT_AUTHOR =
  /avatar|photo|image|img|bio|box|comment|share|social|follow|more|related|list|date|time|label|title/i;
const DATE_HINT = /date|time|publish|posted|dateline/i;
const NOT_DATE = /update|modif|comment|read|duration|timer|length/i;
const NOT_TIME = /modif|comment|duration|timer/i;
/** "By Name", and its words in other languages ("Par", "Von", "Av", "Di", "Por", "Door", "De"). */
const BY = /^(?:[Ww]ritten |[Pp]osted |[Pp]ublished )?(?:By|BY|by|Par|Von|Av|Di|Por|Door|De):?\s+(?!\p{Ll})\S/u;
/** A date after the name ("By Jane Doe on March 3, 2024", "By Jane Doe, 3 hours ago"). */
const DATED =
  /(?:,|\s+(?:on|at|am|le|el|il|op|em|den|[-–—]))?\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d).*$/i;

const hints = (el: Element) => `${attr(el, 'class') ?? ''} ${el.id ?? ''}`.slice(0, 300);

const SEPARATORS = /\s+[|–—·•»:-]\s+|:\s+/g;

/** The title itself, and its halves around a separator ("Post | Site" → "Post", "Site"). */
function segments(title: string): string[] {
  const out = [nameKey(title)];
  for (const m of title.slice(0, MAX.title).matchAll(SEPARATORS)) {
    out.push(nameKey(title.slice(0, m.index)), nameKey(title.slice(m.index + m[0].length)));
  }
  return out.filter((t) => t.length >= 3);
}

/** A heading that links to the site's home page holds the site's name (a blog's header). */
const linksHome = (el: Element, base?: string) =>
  Array.from(el.querySelectorAll('a[href]'))
    .slice(0, 3)
    .some((a) => /^\/?$/.test(safely(() => new URL(attr(a, 'href') ?? '', base).pathname, '')));

export function findHeadline(
  doc: Document,
  titles: readonly (string | undefined)[],
  base?: string,
): Element | undefined {
  const whole = titles.map(nameKey).filter((t) => t.length >= 3);
  const parts = titles.flatMap((t) => (t ? segments(t) : []));
  const all = doc.querySelectorAll(HEADINGS);
  let partial: Element | undefined;
  for (let i = 0; i < all.length && i < 300; i++) {
    const el = all[i];
    if (!el || el.childElementCount > 6 || linksHome(el, base)) continue;
    const h = nameKey(textOf(el, MAX.title));
    if (!h) continue;
    if (whole.includes(h)) return el;
    if (parts.includes(h) && (!partial || (partial.localName !== 'h1' && el.localName === 'h1'))) partial = el;
  }
  // Else the article's own <h1>, when it is the page's only one (a headline the title does not repeat).
  const h1 = doc.querySelectorAll('h1');
  return partial ?? (h1.length === 1 && h1[0]?.closest('article') ? h1[0] : undefined);
}

/** Elements near the headline, nearest first. */
function around(headline: Element): Element[] {
  const near: Element[] = [];
  let cur: Element | null = headline;
  for (let level = 0; level < 4 && cur && !/^(?:body|html|main)$/.test(cur.localName); level++) {
    let next = cur.nextElementSibling;
    for (let i = 0; i < 4 && next; i++, next = next.nextElementSibling) near.push(next);
    let prev = cur.previousElementSibling;
    for (let i = 0; i < 2 && prev; i++, prev = prev.previousElementSibling) near.push(prev);
    cur = cur.parentElement;
  }
  return near;
}

/** The element and its descendants, in document order, at most `max`. */
function walk(el: Element, max: number): Element[] {
  const out = [el];
  const all = el.querySelectorAll('*');
  for (let i = 0; i < all.length && out.length < max; i++) {
    const d = all[i];
    if (d) out.push(d);
  }
  return out;
}

const AUTHOR_LINK =
  'a[rel~="author"][href], a[href*="/author"], a[href*="/people/"], a[href*="/profile"], a[href*="/staff/"], a[href*="/contributor"], a[href*="/writer"]';

/** The people in a byline element: one per author link ("By <a>A</a> and <a>B</a>"), else its text. */
function bylineAuthor(el: Element, base?: string): AuthorCandidate[] {
  const links = el.matches('a[href]') ? [el] : Array.from(el.querySelectorAll(AUTHOR_LINK)).slice(0, 10);
  const named = links.map((a) => ({ name: textOf(a, 120), url: absUrl(attr(a, 'href'), base) })).filter((a) => a.name);
  if (named.length) return named;
  // Bullets and bars separate a byline's parts ("By Jane Doe • 5 min read"); names come first.
  const text = textOf(el, 160, true)?.split(/\s[•|·]\s/)[0];
  return text && text.length <= 150 ? [{ name: text }] : [];
}

export function readByline(doc: Document, titles: readonly (string | undefined)[], base?: string): Byline {
  const out: Byline = { authors: [] };
  const headline = findHeadline(doc, titles, base);
  if (!headline) return out;
  out.headline = textOf(headline, MAX.title);
  for (const node of around(headline).slice(0, 30)) {
    for (const el of walk(node, 150)) {
      if (out.authors.length && out.publishedAt) return out;
      const h = hints(el);
      if (!out.authors.length) {
        const rel = el.localName === 'a' && /(?:^|\s)author(?:\s|$)/i.test(attr(el, 'rel') ?? '');
        const hinted = (AUTHOR_HINT.test(h) && !NOT_AUTHOR.test(h)) || attr(el, 'itemprop') === 'author';
        const short = el.childElementCount <= 3 ? textOf(el, 160, true) : undefined;
        // A wrapper ("byline-wrapper") holding a more specific byline element: read that one.
        const inner =
          hinted &&
          !rel &&
          Array.from(el.querySelectorAll('[class], [id]'))
            .slice(0, 50)
            .some((d) => AUTHOR_HINT.test(hints(d)));
        if (rel || (hinted && !inner)) out.authors = bylineAuthor(el, base);
        else if (short && short.length <= 100 && BY.test(short)) out.authors = bylineAuthor(el, base);
        out.authors = out.authors
          .map((a) => ({ ...a, name: a.name && BY.test(a.name) ? a.name.replace(DATED, '') : a.name }))
          .filter((a) => !/\d/.test(a.name ?? ''));
      }
      if (!out.publishedAt) {
        if (el.localName === 'time' && !NOT_TIME.test(h))
          out.publishedAt = isoDate(attr(el, 'datetime')) ?? isoDate(textOf(el, 100));
        else if (DATE_HINT.test(h) && !NOT_DATE.test(h) && el.childElementCount <= 3) {
          const t = textOf(el, 120);
          if (t && t.length <= 100) out.publishedAt = isoDate(t);
        }
      }
    }
  }
  return out;
}

/** "Jane Doe (@jane) on Site", "Jane Doe (@jane) / Site", "Jane Doe on Site: "post"": the name. */
export function socialName(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const m =
    /^(.{1,100}?) \(@[\w.@-]{1,80}\)(?:\s*(?:on\s|[/•|·–—-])\s*[^()]{1,40})?$/u.exec(title) ??
    /^(.{1,100}) on [^:]{1,30}: ["“]/u.exec(title);
  return clean(m?.[1], MAX.name);
}
