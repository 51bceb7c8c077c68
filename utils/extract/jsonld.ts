import type { AuthorCandidate } from './authors';
import { isOrganizationType, ldRank } from './kind';
import { MAX, absUrl, clean, isoDate } from './util';

/** What the page's JSON-LD says about its main node, cleaned and bounded. */
export interface JsonLd {
  /** schema.org types of the main node, without prefixes ("Article", "ProfilePage"). */
  types: string[];
  title?: string;
  description?: string;
  image?: string;
  /** mainEntityOfPage, else the main node's url (content nodes only). */
  url?: string;
  publishedAt?: string;
  /** publisher.name. */
  publisher?: string;
  /** The name of a WebSite node. */
  siteName?: string;
  lang?: string;
  /** author and creator of the main node that are people (or plain strings). */
  authors: AuthorCandidate[];
  /** Names of authors, creators and publishers typed as something other than a Person. */
  notPeople: string[];
}

type Node = Record<string, unknown>;

const MAX_SCRIPTS = 50;
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NODES = 5_000;
const MAX_DEPTH = 12;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, 100) : v === undefined ? [] : [v]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** JSON-LD written by templates often carries HTML entities ("It&#8217;s"). */
const decode = (s: string) =>
  s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, (m, dec?: string, hex?: string, name?: string) => {
    if (name) return ENTITIES[name.toLowerCase()] ?? m;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });

/** A string value: a string, the first string of an array, or a {"@value": ...} object. */
function text(v: unknown, max: number): string | undefined {
  for (const item of list(v)) {
    const s = typeof item === 'string' ? item : isNode(item) ? item['@value'] : undefined;
    const out = typeof s === 'string' ? clean(decode(s.slice(0, max * 2 + 1_024)), max) : undefined;
    if (out) return out;
  }
  return undefined;
}

const typesOf = (n: Node): string[] =>
  list(n['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.slice(0, 200).replace(/^.*[/#:]/, ''));

/** Collects the nodes of every JSON-LD script: the top-level ones, and every node by @id. */
function parseScripts(doc: Document) {
  const top: Node[] = [];
  const byId = new Map<string, Node>();
  let count = 0;
  const visit = (v: unknown, depth: number, isTop: boolean): void => {
    if (depth > MAX_DEPTH || count >= MAX_NODES) return;
    if (Array.isArray(v)) {
      for (const item of v.slice(0, 1_000)) visit(item, depth + 1, isTop);
      return;
    }
    if (!isNode(v)) return;
    count++;
    const keys = Object.keys(v);
    const id = v['@id'];
    if (typeof id === 'string' && keys.length > 1 && keys.length > Object.keys(byId.get(id) ?? {}).length)
      byId.set(id, v);
    if (isTop && v['@type'] !== undefined) top.push(v);
    for (const key of keys.slice(0, 200)) {
      const child = v[key];
      if (typeof child === 'object') visit(child, depth + 1, isTop && key === '@graph');
    }
  };
  const scripts = doc.querySelectorAll('script[type]');
  for (let i = 0, n = 0; i < scripts.length && n < MAX_SCRIPTS; i++) {
    const script = scripts[i];
    const type = script?.getAttribute('type')?.slice(0, 100) ?? '';
    if (!/^\s*application\/ld\+json\s*(?:;|$)/i.test(type)) continue;
    n++;
    const source = script?.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARS) continue;
    try {
      const json = source
        .replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)|(?:-->|(?:\/\/\s*)?\]\]>)\s*$/g, '')
        // Raw line breaks inside strings are invalid JSON but common; as white space they are harmless.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001F]+/g, ' ');
      visit(JSON.parse(json), 0, true);
    } catch {
      // Invalid JSON-LD: skip this script, keep the others.
    }
  }
  return { top, byId };
}

export function readJsonLd(doc: Document, base?: string): JsonLd {
  const { top, byId } = parseScripts(doc);
  /** A node as fully as the page describes it: {"@id": ...} references resolve, one hop only. */
  const deref = (v: unknown): Node | undefined => {
    if (!isNode(v)) return undefined;
    const id = v['@id'];
    return (typeof id === 'string' && byId.get(id)) || v;
  };

  // Candidates for the main node: top-level nodes and, transitively, their mainEntity.
  const candidates: Node[] = [];
  const seen = new Set<Node>();
  const queue = [...top];
  for (let n = queue.shift(); n; n = queue.shift()) {
    if (seen.has(n)) continue;
    seen.add(n);
    candidates.push(n);
    for (const entity of list(n['mainEntity'])) {
      const next = deref(entity);
      if (next) queue.push(next);
    }
  }
  let main: Node | undefined;
  let best = Infinity;
  for (const node of candidates) {
    const rank = ldRank(typesOf(node));
    if (rank < best) [main, best] = [node, rank];
  }
  const notPeople: string[] = [];
  const website = candidates.find((n) => typesOf(n).includes('WebSite'));
  const siteName = website && text(website['name'], MAX.siteName);
  if (!main) return { types: [], authors: [], notPeople, siteName };

  /** The main node's value, else that of its mainEntity (a ProfilePage's Person, say). */
  const entity = deref(list(main['mainEntity'])[0]);
  const get = (key: string) => main?.[key] ?? entity?.[key];

  const image = (v: unknown, depth = 0): string | undefined => {
    for (const item of list(v)) {
      const node = deref(item);
      const url =
        typeof item === 'string'
          ? absUrl(item, base)
          : node && depth < 2 && image(node['url'] ?? node['contentUrl'], depth + 1);
      if (url) return url;
    }
    return undefined;
  };
  /** A URL: a string, or a node's url, else its @id without the #fragment (often the address). */
  const link = (v: unknown) => {
    const node = deref(v);
    const id = text(node?.['@id'], MAX.url)?.replace(/#.*/, '');
    return absUrl(node ? (text(node['url'], MAX.url) ?? id) : text(v, MAX.url), base);
  };
  const nameOf = (n: Node) =>
    text(n['name'], MAX.authors) ??
    clean([text(n['givenName'], MAX.name), text(n['familyName'], MAX.name)].join(' '), MAX.name);

  const authors: AuthorCandidate[] = [];
  const addAuthor = (v: unknown, depth: number): void => {
    if (depth > 3 || authors.length >= 50) return;
    if (Array.isArray(v)) return v.slice(0, 50).forEach((item) => addAuthor(item, depth + 1));
    if (typeof v === 'string') return void authors.push({ name: v });
    const node = deref(v);
    if (!node || node === main) return;
    const types = typesOf(node);
    const name = nameOf(node);
    if (types.length && !types.includes('Person')) return void (name && notPeople.push(name));
    const url = link(node['url']) ?? list(node['sameAs']).map(link).find(Boolean);
    if (name || url) authors.push({ name, url, image: image(node['image']) });
  };
  addAuthor(main['author'], 0);
  addAuthor(main['creator'], 0);

  const publisher = deref(list(main['publisher'])[0]);
  const publisherName = publisher && text(publisher['name'], MAX.siteName);
  if (publisherName && typesOf(publisher).some(isOrganizationType)) notPeople.push(publisherName);

  return {
    types: typesOf(main),
    title: text(get('headline'), MAX.title) ?? text(get('name'), MAX.title),
    description: text(get('description'), MAX.description),
    image: image(get('image')) ?? image(get('thumbnailUrl')),
    url: link(list(main['mainEntityOfPage'])[0]) ?? (best <= 2 ? link(main['url']) : undefined),
    publishedAt: isoDate(text(get('datePublished') ?? get('uploadDate') ?? get('dateCreated'), 64)),
    publisher: publisherName,
    siteName,
    lang: text(main['inLanguage'], 35),
    authors,
    notPeople,
  };
}
