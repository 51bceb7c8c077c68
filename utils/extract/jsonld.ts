import type { AuthorCandidate } from './authors';
import { isOrganizationType, ldRank } from './kind';
import { MAX, absUrl, attr, clean, isoDate, isoDuration, noSkip, type Skip } from './util';

/** A person, organization, channel or show as JSON-LD describes it. */
export interface LdAgent {
  name?: string;
  url?: string;
  image?: string;
  sameAs: string[];
  /** Typed Person (or untyped). */
  person: boolean;
}

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
  modifiedAt?: string;
  /** ISO 8601 duration of a video or an episode. */
  duration?: string;
  /** publisher.name (an event's organizer when it names no publisher and is not a person). */
  publisher?: string;
  /** The publisher with its url and logo, unless it is typed Person. */
  publisherAgent?: LdAgent;
  /** The name and url of a WebSite node. */
  siteName?: string;
  siteUrl?: string;
  lang?: string;
  /** author, creator and (of an event) organizer of the main node that are people (or plain strings). */
  authors: AuthorCandidate[];
  /** Names of authors, creators and publishers typed as something other than a Person. */
  notPeople: string[];
  /** Authors and creators typed as an organization (a syndicated outlet, a company's release). */
  orgs: LdAgent[];
  /** keywords (a list, or one comma-separated string) and the names of what the page is `about`. */
  keywords: string[];
  /** A NewsArticle (or one published by a NewsMediaOrganization) with an organization as publisher. */
  news?: boolean;
  /** For a video or an episode: its series (partOfSeries), else the video's author. */
  channel?: LdAgent;
  /** Who the page is about: a ProfilePage's mainEntity, or a main node that is a Person or an organization. */
  about?: LdAgent;
}

export type Node = Record<string, unknown>;

const MAX_SCRIPTS = 50;
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NODES = 5_000;
const MAX_DEPTH = 12;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, 100) : v === undefined ? [] : [v]);
/**
 * A property; templates sometimes capitalize keys ("DatePublished"). Prefixed keys
 * ("schema:author", with the prefix defined in an object @context) are read by their local name.
 */
const prop = (n: Node | undefined, key: string): unknown =>
  n ? (n[key] ?? n[key.charAt(0).toUpperCase() + key.slice(1)]) : undefined;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** JSON-LD written by templates often carries HTML entities ("It&#8217;s"). */
const decode = (s: string) =>
  s.replace(
    /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi,
    (m, dec?: string, hex?: string, name?: string) => {
      if (name) return ENTITIES[name.toLowerCase()] ?? m;
      const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    },
  );

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

/** Common template mistakes: trailing commas and empty values ("width": ,). */
const repair = (json: string) => json.replace(/,\s*(?=[}\]])/g, '').replace(/:\s*(?=[,}])/g, ':null');

/** Collects the nodes of every JSON-LD script: the top-level ones, and every node by @id. */
function parseScripts(doc: Document, skip: Skip) {
  const top: Node[] = [];
  const byId = new Map<string, Node>();
  let count = 0;
  let deep = false;
  const visit = (v: unknown, depth: number, isTop: boolean): void => {
    if (depth > MAX_DEPTH) return void (deep = true);
    if (count >= MAX_NODES) return;
    if (Array.isArray(v)) {
      for (const item of v.slice(0, 1_000)) visit(item, depth + 1, isTop);
      return;
    }
    if (!isNode(v)) return;
    count++;
    const keys = Object.keys(v);
    for (const key of keys) {
      const local = key.replace(/^[^@].*[/#:]/, '');
      if (local !== key) v[local] ??= v[key];
    }
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
  let n = 0;
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i];
    const type = attr(script, 'type')?.slice(0, 100) ?? '';
    if (!/^\s*application\/ld\+json\s*(?:;|$)/i.test(type)) continue;
    if (++n > MAX_SCRIPTS) {
      skip(`json-ld: over ${MAX_SCRIPTS} scripts, rest ignored`);
      break;
    }
    const source = script?.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARS) {
      skip(`json-ld: script ${n} over ${MAX_SCRIPT_CHARS} characters`);
      continue;
    }
    const json = source
      .replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)|(?:-->|(?:\/\/\s*)?\]\]>)\s*$/g, '')
      // Raw line breaks inside strings are invalid JSON but common; as white space they are harmless.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001F]+/g, ' ');
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      try {
        parsed = JSON.parse(repair(json));
      } catch {
        skip(`json-ld: invalid JSON in script ${n}`);
        continue;
      }
    }
    visit(parsed, 0, true);
  }
  if (count >= MAX_NODES) skip(`json-ld: over ${MAX_NODES} nodes, rest ignored`);
  if (deep) skip(`json-ld: nesting deeper than ${MAX_DEPTH} levels ignored`);
  return { top, byId };
}

const VIDEO = /^(?:VideoObject|Clip|Movie|(?:Podcast|Radio|TV)?Episode)$/;
const SERIES = /Series$|Season$|^(?:Channel|BroadcastChannel)$/;

export function readJsonLd(doc: Document, base?: string, skip: Skip = noSkip): JsonLd {
  const { top, byId } = parseScripts(doc, skip);
  return readNodes(top, byId, base);
}

/**
 * What a set of schema.org nodes says about the page (JSON-LD's, or microdata items turned into
 * nodes). The main node is the best-ranked candidate (`ldRank`): among several of that rank,
 * `pick` chooses (the first, by default); a best rank above `maxRank` gives no main node.
 */
export function readNodes(
  top: Node[],
  byId: ReadonlyMap<string, Node>,
  base?: string,
  maxRank = 5,
  pick = (tied: Node[]): Node | undefined => tied[0],
): JsonLd {
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
    for (const entity of list(prop(n, 'mainEntity'))) {
      const next = deref(entity);
      if (next) queue.push(next);
    }
  }
  let best = Infinity;
  let tied: Node[] = [];
  for (const node of candidates) {
    const rank = ldRank(typesOf(node));
    if (rank < best) [best, tied] = [rank, [node]];
    else if (rank === best) tied.push(node);
  }
  const main = best > maxRank ? undefined : pick(tied);
  const notPeople: string[] = [];
  const orgs: LdAgent[] = [];
  const website = candidates.find((n) => typesOf(n).includes('WebSite'));

  const image = (v: unknown, depth = 0): string | undefined => {
    for (const item of list(v)) {
      const node = deref(item);
      const url =
        typeof item === 'string'
          ? absUrl(item, base)
          : node && depth < 2 && image(prop(node, 'url') ?? prop(node, 'contentUrl'), depth + 1);
      if (url) return url;
    }
    return undefined;
  };
  /** A URL: a string, or a node's url, else its @id without the #fragment (often the address). */
  const link = (v: unknown) => {
    const node = deref(v);
    const id = text(node?.['@id'], MAX.url)?.replace(/#.*/, '');
    return absUrl(node ? (text(prop(node, 'url'), MAX.url) ?? id) : text(v, MAX.url), base);
  };
  const nameOf = (n: Node) =>
    text(prop(n, 'name'), MAX.authors) ??
    clean([text(prop(n, 'givenName'), MAX.name), text(prop(n, 'familyName'), MAX.name)].join(' '), MAX.name);
  const agent = (v: unknown): LdAgent | undefined => {
    const node = deref(v);
    if (!node) return typeof v === 'string' ? { name: clean(v, MAX.name), sameAs: [], person: true } : undefined;
    const types = typesOf(node);
    const sameAs = list(prop(node, 'sameAs'))
      .map(link)
      .filter((u): u is string => !!u)
      .slice(0, 20);
    const name = nameOf(node);
    const url = link(prop(node, 'url')) ?? sameAs[0];
    if (!name && !url) return undefined;
    return {
      name,
      url,
      image: image(prop(node, 'image') ?? prop(node, 'logo')),
      sameAs,
      person: !types.length || types.includes('Person'),
    };
  };
  const siteName = website && text(prop(website, 'name'), MAX.siteName);
  const siteUrl = website && link(prop(website, 'url'));
  if (!main) return { types: [], authors: [], notPeople, orgs, keywords: [], siteName, siteUrl };

  /** The main node's value, else that of its mainEntity (a ProfilePage's Person, say). */
  const entity = deref(list(prop(main, 'mainEntity'))[0]);
  const get = (key: string) => prop(main, key) ?? prop(entity, key);
  const types = typesOf(main);
  // A page whose main entity is a person is that person's profile.
  if (/(?<!Profile)Page\b/.test(types.join(' ')) && entity && typesOf(entity).includes('Person'))
    types.push('ProfilePage');
  // A project with its code repository is one.
  if (prop(main, 'codeRepository')) types.push('SoftwareSourceCode');

  const authors: AuthorCandidate[] = [];
  const addAuthor = (v: unknown, depth: number): void => {
    if (depth > 3 || authors.length >= 50) return;
    if (Array.isArray(v)) return v.slice(0, 50).forEach((item) => addAuthor(item, depth + 1));
    if (typeof v === 'string') return void authors.push({ name: v });
    const node = deref(v);
    if (!node || node === main) return;
    const a = agent(node);
    if (!a) return;
    if (!a.person) return void (a.name && notPeople.push(a.name) && orgs.push(a));
    authors.push({ name: a.name, url: a.url, image: a.image, sameAs: a.sameAs });
  };
  addAuthor(prop(main, 'author'), 0);
  addAuthor(prop(main, 'creator'), 0);

  // An event's organizer, unless a person (a host: an author), is who published it.
  const organizer = deref(list(prop(main, 'organizer'))[0]);
  addAuthor(prop(main, 'organizer'), 0);
  const publisherNode =
    deref(list(prop(main, 'publisher'))[0]) ??
    (organizer && !typesOf(organizer).includes('Person') ? organizer : undefined);
  // A personal site names its owner as publisher: that person is not a publication.
  const publisherAgent = publisherNode && !typesOf(publisherNode).includes('Person') ? agent(publisherNode) : undefined;
  // A name that is an address is none.
  const publisherName =
    text(prop(publisherNode, 'name'), MAX.siteName)?.replace(/^(?:https?:|www\.).*/i, '') || undefined;
  if (publisherName && typesOf(publisherNode ?? {}).some(isOrganizationType)) notPeople.push(publisherName);

  let channel: LdAgent | undefined;
  if (types.some((t) => VIDEO.test(t))) {
    const series = [prop(main, 'partOfSeries'), prop(main, 'isPartOf')]
      .flatMap(list)
      .map(deref)
      .find((n) => n && typesOf(n).some((t) => SERIES.test(t)));
    channel = agent(series) ?? agent(list(prop(main, 'author'))[0]) ?? agent(list(prop(main, 'creator'))[0]);
  }
  const aboutNode = types.includes('ProfilePage') ? entity : best === 3 || best === 4 ? main : undefined;
  const keywords = [...list(get('keywords')), ...list(get('about'))].flatMap((k) =>
    typeof k === 'string' ? k.split(',') : isNode(k) ? [text(prop(k, 'name'), 100) ?? ''] : [],
  );

  return {
    types,
    title: text(get('headline'), MAX.title) ?? text(get('name'), MAX.title),
    description: text(get('description'), MAX.description),
    image: image(get('image')) ?? image(get('thumbnailUrl')),
    url: link(list(prop(main, 'mainEntityOfPage'))[0]) ?? (best <= 2 ? link(prop(main, 'url')) : undefined),
    publishedAt: isoDate(text(get('datePublished') ?? get('uploadDate') ?? get('dateCreated'), 64)),
    modifiedAt: isoDate(text(get('dateModified'), 64)),
    duration: isoDuration(text(get('duration'), 40)),
    publisher: publisherName,
    publisherAgent,
    siteName,
    siteUrl,
    lang: text(prop(main, 'inLanguage'), 35),
    authors,
    notPeople,
    orgs,
    keywords,
    news: !!publisherAgent && /NewsArticle\b|NewsMediaOrg/.test([...types, ...typesOf(publisherNode ?? {})].join(' ')),
    channel,
    about: agent(aboutNode),
  };
}
