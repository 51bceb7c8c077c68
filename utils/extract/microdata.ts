import { readNodes, type JsonLd, type Node } from './jsonld';
import { MAX, attr, clean, isoDate, textOf } from './util';

const MAX_ITEMS = 1_000;
const MAX_PROPS = 3_000;

const typesOf = (el: Element) =>
  (attr(el, 'itemtype') ?? '')
    .slice(0, 500)
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.replace(/\/+$/, '').replace(/^.*[/#:]/, ''));

/**
 * An itemprop's value: its content, href, src, datetime or value attribute (microdata's per
 * element, and `content` anywhere, which pages use), else its text.
 */
function value(el: Element, max: number): string | undefined {
  for (const name of ['content', 'href', 'src', 'datetime', 'value']) {
    const v = attr(el, name);
    if (v) return clean(v, max);
  }
  return textOf(el, max);
}

/**
 * Reads schema.org microdata (itemscope / itemprop) the way JSON-LD is read (`readNodes`): each
 * item becomes a node, each itemprop a property holding its value or its item. A plain author,
 * creator or publisher (an element, not an item) is a name, with the address of its one link; an
 * organization when that link's hovercard says so (GitHub's markup for an owner). The main item
 * is the best-ranked content or page item, nested or not (people and organizations are not): the only one of
 * its rank, else the one that holds the page's <h1>; several of the same rank and none holding the
 * <h1> is a listing, and nothing is read. Props in no item at all (`<meta itemprop=datePublished>`
 * in <head>) count for the dates.
 */
export function readMicrodata(doc: Document, base?: string): JsonLd {
  const items = Array.from(doc.querySelectorAll('[itemscope]')).slice(0, MAX_ITEMS);
  const nodes = new Map<Element | null, Node>([[null, {}]]);
  for (const item of items) nodes.set(item, { '@type': typesOf(item), '@el': item });
  const all = doc.querySelectorAll('[itemprop]');
  for (let i = 0; i < all.length && i < MAX_PROPS; i++) {
    const el = all[i];
    const node = el && nodes.get(el.parentElement?.closest('[itemscope]') ?? null);
    if (!el || !node) continue;
    const names = (attr(el, 'itemprop') ?? '').slice(0, 200).split(/\s+/);
    let v: unknown = nodes.get(el) ?? value(el, MAX.authors);
    if (!nodes.has(el) && names.some((n) => /^(?:author|creator|publisher)$/.test(n))) {
      const links = el.matches('a[href]') ? [el] : Array.from(el.querySelectorAll('a[href]')).slice(0, 2);
      const link = links.length === 1 ? links[0] : undefined;
      v = {
        name: v,
        url: attr(link, 'href'),
        ...(attr(link, 'data-hovercard-type') === 'organization' && { '@type': 'Organization' }),
      };
    }
    for (const name of names) if (name) ((node[name] ??= []) as unknown[]).push(v);
  }
  const h1 = doc.querySelector('h1');
  // Every item is a candidate, nested ones too (a Blog's BlogPosting).
  const top = items.map((item) => nodes.get(item) ?? {});
  const out = readNodes(top, new Map(), base, 2, (tied) =>
    tied.length === 1 ? tied[0] : tied.find((n) => h1 && (n['@el'] as Element).contains(h1)),
  );
  const loose = nodes.get(null) ?? {};
  const date = (key: string) => isoDate((loose[key] as unknown[] | undefined)?.[0]);
  out.publishedAt ??= date('datePublished');
  out.modifiedAt ??= date('dateModified');
  return out;
}
