import type { AuthorCandidate } from './authors';
import { isOrganizationType, ldRank } from './kind';
import { MAX, absUrl, clean, isoDate, isoDuration, textOf } from './util';

/** What schema.org microdata (itemscope / itemprop) says about the page's main item. */
export interface Microdata {
  /** Types of the main item ("BlogPosting", "VideoObject"). */
  types: string[];
  title?: string;
  publishedAt?: string;
  modifiedAt?: string;
  duration?: string;
  authors: AuthorCandidate[];
  /** Authors typed as something other than a Person. */
  notPeople: string[];
  publisher?: string;
  /** For a video or an episode: its author (the channel). */
  channel?: { name?: string; url?: string; image?: string };
}

const MAX_ITEMS = 1_000;
const MAX_PROPS = 3_000;
const VIDEO = /^(?:VideoObject|Clip|Movie|Episode|PodcastEpisode)$/;

const typesOf = (el: Element) =>
  (el.getAttribute('itemtype') ?? '')
    .slice(0, 500)
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.replace(/\/+$/, '').replace(/^.*[/#:]/, ''));

/** An itemprop's value, as microdata defines it (plus `content` anywhere, which pages use). */
function value(el: Element, max: number): string | undefined {
  const tag = el.localName;
  const attr =
    tag === 'meta'
      ? 'content'
      : /^(?:a|link|area)$/.test(tag)
        ? 'href'
        : /^(?:img|audio|video|source|embed|iframe|track)$/.test(tag)
          ? 'src'
          : tag === 'time'
            ? 'datetime'
            : /^(?:data|meter)$/.test(tag)
              ? 'value'
              : '';
  const v = (attr && el.getAttribute(attr)) || el.getAttribute('content');
  return v ? clean(v, max) : textOf(el, max);
}

/**
 * Reads microdata. The main item is the best-ranked item (content before pages, people and
 * organizations, as for JSON-LD): the only one of its rank, else the one that holds the page's
 * <h1>. Several items of the same rank and none holding the <h1> is a listing: nothing is read.
 * Props in no item at all (`<meta itemprop=datePublished>` in <head>) count for the dates.
 */
export function readMicrodata(doc: Document, base?: string): Microdata {
  const out: Microdata = { types: [], authors: [], notPeople: [] };
  const items = Array.from(doc.querySelectorAll('[itemscope]')).slice(0, MAX_ITEMS);
  const props = new Map<Element | null, Element[]>();
  const all = doc.querySelectorAll('[itemprop]');
  for (let i = 0; i < all.length && i < MAX_PROPS; i++) {
    const el = all[i];
    if (!el) continue;
    const owner = el.parentElement?.closest('[itemscope]') ?? null;
    const list = props.get(owner);
    if (list) list.push(el);
    else props.set(owner, [el]);
  }
  const get = (item: Element | null, ...names: string[]) =>
    (props.get(item) ?? []).find((el) =>
      (el.getAttribute('itemprop') ?? '')
        .slice(0, 200)
        .split(/\s+/)
        .some((n) => names.includes(n)),
    );
  const all_ = (item: Element | null, name: string) =>
    (props.get(item) ?? []).filter((el) =>
      (el.getAttribute('itemprop') ?? '').slice(0, 200).split(/\s+/).includes(name),
    );
  const date = (item: Element | null, ...names: string[]) => {
    const el = get(item, ...names);
    return el && isoDate(value(el, 64));
  };

  const h1 = doc.querySelector('h1');
  let main: Element | undefined;
  let best = 5;
  let tied: Element[] = [];
  for (const item of items) {
    const rank = ldRank(typesOf(item));
    if (rank < best) [best, tied] = [rank, [item]];
    else if (rank === best) tied.push(item);
  }
  if (best <= 2) main = tied.length === 1 ? tied[0] : tied.find((item) => h1 && item.contains(h1));

  out.publishedAt = date(null, 'datePublished');
  out.modifiedAt = date(null, 'dateModified');
  if (!main) return out;

  out.types = typesOf(main);
  const title = get(main, 'headline', 'name');
  out.title = title && value(title, MAX.title);
  out.publishedAt = date(main, 'datePublished', 'uploadDate', 'dateCreated') ?? out.publishedAt;
  out.modifiedAt = date(main, 'dateModified') ?? out.modifiedAt;
  const duration = get(main, 'duration');
  out.duration = duration && isoDuration(value(duration, 40));
  const publisher = get(main, 'publisher');
  if (publisher) {
    const name = publisher.hasAttribute('itemscope') ? get(publisher, 'name') : publisher;
    out.publisher = name && value(name, MAX.siteName)?.replace(/^(?:https?:|www\.).*/i, '');
  }

  for (const el of [...all_(main, 'author'), ...all_(main, 'creator')].slice(0, 50)) {
    let name: string | undefined;
    let url: string | undefined;
    let image: string | undefined;
    const sameAs: string[] = [];
    const link =
      el.localName === 'a' ? el : el.querySelectorAll('a[href]').length === 1 ? el.querySelector('a[href]') : null;
    if (el.hasAttribute('itemscope')) {
      const types = typesOf(el);
      const [n, given, family] = [get(el, 'name'), get(el, 'givenName'), get(el, 'familyName')];
      name = n
        ? value(n, MAX.authors)
        : given || family
          ? clean(`${given ? value(given, 100) : ''} ${family ? value(family, 100) : ''}`, MAX.name)
          : textOf(el, MAX.authors);
      const u = get(el, 'url');
      url = absUrl(u && value(u, MAX.url), base) ?? absUrl(link?.getAttribute('href'), base);
      const img = get(el, 'image');
      image = absUrl(img && value(img, MAX.url), base);
      for (const s of all_(el, 'sameAs').slice(0, 20)) {
        const v = absUrl(value(s, MAX.url), base);
        if (v) sameAs.push(v);
      }
      if (types.some(isOrganizationType)) {
        if (name) out.notPeople.push(name);
        out.channel ??= { name, url, image };
        continue;
      }
    } else {
      name =
        el.localName === 'meta' || el.localName === 'link'
          ? clean(el.getAttribute('content'), MAX.authors)
          : textOf(el, MAX.authors);
      url = absUrl(link?.getAttribute('href') ?? (el.localName === 'link' ? el.getAttribute('href') : null), base);
    }
    out.authors.push({ name, url, image, sameAs });
    out.channel ??= { name, url, image };
  }
  if (!out.types.some((t) => VIDEO.test(t))) out.channel = undefined;
  return out;
}
