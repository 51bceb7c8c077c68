/**
 * OPML subscription lists, as feed readers (Feedly, Inoreader, NetNewsWire, Miniflux...),
 * podcast apps and YouTube export them: `<outline text title xmlUrl htmlUrl type>` feeds,
 * nested in folder outlines.
 *
 * Each feed becomes a followed source of kind 'publication' with that feed, at its site's
 * address (htmlUrl). Folder names and the outline's `category` attribute become topics.
 * Outlines that share a site address merge into one source with all their feeds.
 * A pure string parser (markup.ts), no DOMParser: it runs in a service worker too.
 *
 * The person heuristic (looksLikePersonName): a feed whose title is 2 or 3 capitalised words
 * ("Julia Evans", "Martin J. Fowler"), without digits, possessives ("Simon's") or any of the
 * words in NOT_A_NAME (Blog, News, Podcast, Weekly, Journal, Magazine, The, Daily, Show...) is
 * taken for a person's feed: kind 'person', category 'experts'. It is a guess: two-word
 * publication names ("Daring Fireball", "Ars Technica") pass it too; the user can change the kind.
 */
import type { Source } from '../model/source';
import { CATEGORIES, type Category, type FeedType, type Kind } from '../model/vocabulary';
import { MarkupReader, type TagToken } from './markup';
import { RowCollector, asCategory, asKind, asStatus, exactUrl, feedType, parseTime, urlProblem } from './rows';
import { escapeAttribute, escapeMarkup, plainText, stripNonXml } from './text';
import type { ImportError, ParsedImport } from './types';
import type { FileFormat } from './format';
import { categoryLabel } from '../labels';

/** Words that make a title a publication's, not a person's name (compared lower-case). */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  // From the brief.
  'blog',
  'news',
  'podcast',
  'weekly',
  'journal',
  'magazine',
  'the',
  'daily',
  'show',
  'radio',
  'review',
  'digest',
  // The same idea: words that name a publication, a group or a feed.
  'weblog',
  'newsletter',
  'feed',
  'posts',
  'notes',
  'updates',
  'times',
  'tv',
  'channel',
  'media',
  'press',
  'official',
  'team',
  'lab',
  'labs',
  'group',
  'engineering',
  'releases',
  'status',
  'monthly',
  'quarterly',
  'gazette',
  'tribune',
  'post',
  'herald',
  'report',
  'letter',
  'online',
]);

/** A capitalised word of a name: Ada, Jean-Luc, O'Brien, McDonald, Zoë (not NASA, not Web3). */
const NAME_WORD = /^(?=.{2})\p{Lu}[\p{Ll}\p{M}]*(?:[-'’]?\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
const INITIAL = /^\p{Lu}\.$/u;

/** See the module comment: 2–3 capitalised words, no digits, no publication words. */
export function looksLikePersonName(title: string): boolean {
  const words = title.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  const last = words[words.length - 1] ?? '';
  if (!NAME_WORD.test(last) || !NAME_WORD.test(words[0] ?? '')) return false;
  return words.every(
    (w) => (NAME_WORD.test(w) || INITIAL.test(w)) && !/['’]s$/.test(w) && !NOT_A_NAME.has(w.toLowerCase()),
  );
}

/**
 * The site of a feed that does not name it (no htmlUrl): the feed's address without its feed
 * part ("/feed", "/rss.xml", "?format=rss", Medium's "/feed/@ada" → "/@ada"), which for a feed
 * at a site's root is the feed's origin. A feed on a path that says nothing of a site
 * (feeds.feedburner.com/Example) stands for itself, so that two such feeds on one host never
 * merge into one source. YouTube channel feeds give the channel's page.
 */
export function siteOfFeed(feedUrl: string): { url: string; kind?: Kind } {
  const u = new URL(feedUrl);
  const host = u.hostname.replace(/^(?:www|m)\./, '');
  const channel = u.searchParams.get('channel_id');
  if (host === 'youtube.com' && u.pathname === '/feeds/videos.xml' && channel && /^[\w-]+$/.test(channel)) {
    return { url: `https://www.youtube.com/channel/${channel}`, kind: 'channel' };
  }
  const path = u.pathname.replace(/\/+$/, '');
  const suffixless = path.replace(
    /\/(?:(?:feeds?|rss|atom)(?:\/(?:rss2?|atom|posts\/default|all))?|(?:feed|rss2?|atom|index|posts|all)\.(?:xml|rss|atom|json)|\.rss)$/i,
    '',
  );
  const stripped = suffixless !== path ? suffixless : (/^\/(?:feed|rss)(\/.+)$/i.exec(path)?.[1] ?? path);
  if (stripped !== path || /^(?:feed|format|type)=(?:rss|atom)/i.test(u.search.slice(1)) || path === '') {
    return { url: `${u.origin}${stripped}/` };
  }
  return { url: feedUrl };
}

/** Topics from OPML 2.0's `category` attribute: "/Boston/Weather,/Politics" or "tag1,tag2". */
function categoryTopics(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .slice(0, 16 * 1024)
    .split(',')
    .flatMap((c) => c.split('/'))
    .map((t) => t.trim())
    .filter(Boolean);
}

interface Open {
  /** Folder name, when this outline is a folder (no feed). */
  folder?: string;
  tag: TagToken;
  line: number;
  children: number;
}

function attrText(tag: TagToken, name: string): string | undefined {
  const v = tag.attrs.get(name);
  return v === undefined ? undefined : plainText(v).trim() || undefined;
}

/** A folder of podcasts: "Podcasts", "Mine podkaster"... (its name is no topic). */
const PODCAST_FOLDER = /\bpod(?:cast|kast)(?:s|er)?\b/i;
/** The folders a podcast app files every show in (Overcast's "feeds"): no topic either. */
const APP_FOLDER = /^(?:feeds|subscriptions)$/i;
/** Hosts that serve only podcast feeds. */
const PODCAST_HOSTS =
  /(?:^|\.)(?:libsyn\.com|megaphone\.fm|simplecast\.com|buzzsprout\.com|transistor\.fm|podbean\.com|anchor\.fm|art19\.com|omny\.fm|omnycontent\.com|acast\.com|captivate\.fm|spreaker\.com|podigee\.io|blubrry\.com|fireside\.fm|redcircle\.com|audioboom\.com|soundcloud\.com|pinecast\.com|castos\.com|podomatic\.com|rss\.com|podcastics\.com|feeds\.npr\.org|podcasts\.apple\.com)$/i;
/** Attributes only podcast apps write on a show's outline. */
const PODCAST_ATTRIBUTES = ['overcastid', 'pocketcastsuuid', 'podcastguid', 'itunesid'];

/**
 * Whether a feed is a podcast: its app says so (a podcast app's OPML is titled so, or marks its
 * shows), it sits in a Podcasts folder, or it is served from a podcast host.
 */
export function isPodcastFeed(
  feedUrl: string,
  tag: TagToken,
  folders: readonly string[],
  podcastFile: boolean,
): boolean {
  if (podcastFile || folders.some((f) => PODCAST_FOLDER.test(f))) return true;
  if (PODCAST_ATTRIBUTES.some((a) => tag.attrs.has(a))) return true;
  try {
    return PODCAST_HOSTS.test(new URL(feedUrl).hostname);
  } catch {
    return false;
  }
}

export function parseOpml(text: string): ParsedImport | ImportError {
  if (!/<opml[\s>]/i.test(text.slice(0, 64 * 1024))) {
    return { error: { code: 'problem_not_opml' } };
  }
  const reader = new MarkupReader(text, { rawText: ['script', 'style'] });
  const rows = new RowCollector('opml');
  // Podcast apps title their export so: "Overcast Podcast Subscriptions", "Pocket Casts Feeds".
  const docTitle = /<head[\s>][\s\S]{0,4000}?<title>([^<]{0,300})<\/title>/i.exec(text.slice(0, 8192))?.[1] ?? '';
  const podcastFile = /podcast|pocket casts|overcast|castro|antennapod|podkast/i.test(docTitle);
  const stack: Open[] = [];

  const folders = () => stack.flatMap((o) => (o.folder ? [o.folder] : []));

  const link = (open: Open) => {
    const url = open.tag.attrs.get('htmlurl') ?? open.tag.attrs.get('url');
    if (url === undefined) return; // an empty folder
    rows.add({
      line: open.line,
      url,
      title: attrText(open.tag, 'text') ?? attrText(open.tag, 'title'),
      kind:
        asKind(open.tag.attrs.get('plnkind')) ??
        (open.tag.attrs.get('type')?.toLowerCase() === 'link' ? undefined : 'publication'),
      category: asCategory(open.tag.attrs.get('plncategory')),
      status: asStatus(open.tag.attrs.get('plnstatus')),
      description: attrText(open.tag, 'description'),
      topics: [...folders(), ...categoryTopics(open.tag.attrs.get('category'))],
      createdAt: parseTime(open.tag.attrs.get('created')),
    });
  };

  const feed = (tag: TagToken, line: number, xmlUrl: string) => {
    const feedUrl = exactUrl(xmlUrl);
    if (!feedUrl) return rows.refuse(line, { code: 'problem_feed_url', subs: [urlProblem(xmlUrl)] });
    const { attrs } = tag;
    const text = attrText(tag, 'text');
    const title = attrText(tag, 'title');
    const name = text ?? title;
    const site = exactUrl(attrs.get('htmlurl')) ? { url: attrs.get('htmlurl') ?? '' } : siteOfFeed(feedUrl);
    const ours = asCategory(attrs.get('plncategory'));
    const podcast = !ours && !site.kind && isPodcastFeed(feedUrl, tag, folders(), podcastFile);
    const person = !podcast && !site.kind && name !== undefined && looksLikePersonName(name);
    const kind = asKind(attrs.get('plnkind')) ?? site.kind ?? (person ? 'person' : 'publication');
    // OPML's type="rss" stands for any feed: unless the file says atom or json, the address decides.
    const declared = attrs.get('type')?.trim().toLowerCase();
    const type: FeedType = feedType(
      attrs.get('plnfeedtype') ?? (declared === 'atom' || declared === 'json' ? declared : undefined),
      feedUrl,
    );
    rows.add({
      line,
      url: site.url,
      title: name,
      kind,
      category: ours ?? (podcast ? 'podcasts' : kind === 'person' ? 'experts' : undefined),
      status: asStatus(attrs.get('plnstatus')) ?? 'following',
      description: attrText(tag, 'description'),
      // Our own export files each feed under its category's folder, a podcast app its shows
      // under "Podcasts": those folders are not topics.
      topics: [
        ...(ours ? [] : folders().filter((f) => !PODCAST_FOLDER.test(f) && !(podcastFile && APP_FOLDER.test(f)))),
        ...categoryTopics(attrs.get('category')),
      ],
      createdAt: parseTime(attrs.get('created')),
      feeds: [{ url: feedUrl, ...((title ?? text) && { title: title ?? text }), type }],
    });
  };

  for (let token = reader.next(); token; token = reader.next()) {
    if (token.type !== 'tag' || token.name !== 'outline') continue;
    if (token.closing) {
      const open = stack.pop();
      if (open?.folder !== undefined && open.children === 0) link(open);
      continue;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children++;
    const line = reader.lineAt(token.start);
    const xmlUrl = token.attrs.get('xmlurl');
    if (xmlUrl !== undefined) feed(token, line, xmlUrl);
    const open: Open = {
      ...(xmlUrl === undefined && { folder: attrText(token, 'text') ?? attrText(token, 'title') ?? '' }),
      tag: token,
      line,
      children: 0,
    };
    if (!token.selfClosing) stack.push(open);
    else if (xmlUrl === undefined) link(open);
  }
  return rows.result();
}

export interface OpmlWriteOptions {
  /** Folder name for a category (default: the English label). */
  categoryLabel?: (category: Category) => string;
  title?: string;
  /** The export time (epoch ms), for `<dateCreated>`. */
  now?: number;
}

/**
 * An OPML 2.0 subscription list of the feeds of the sources given (pass the followed ones),
 * one folder outline per category. Each feed is an outline with the source's title as text,
 * the feed's title as title, the source's address as htmlUrl and its topics in `category`;
 * plnKind, plnCategory, plnStatus and plnFeedType keep what OPML has no attribute for (feed
 * readers ignore them). `created` is RFC 822, so times lose their milliseconds.
 */
export function writeOpml(sources: readonly Source[], options: OpmlWriteOptions = {}): string {
  const label = options.categoryLabel ?? categoryLabel;
  const attr = (name: string, value: string) => `${name}="${escapeAttribute(stripNonXml(value))}"`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeMarkup(stripNonXml(options.title ?? 'PLN Capture subscriptions'))}</title>`,
    `    <dateCreated>${new Date(options.now ?? Date.now()).toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
  ];
  for (const category of CATEGORIES) {
    const followed = sources.filter((s) => s.category === category && s.feeds.length);
    if (!followed.length) continue;
    const name = label(category);
    out.push(`    <outline ${attr('text', name)} ${attr('title', name)}>`);
    for (const source of followed) {
      for (const f of source.feeds) {
        const attrs = [
          attr('type', 'rss'),
          attr('text', source.title),
          attr('title', f.title ?? source.title),
          attr('xmlUrl', f.url),
          ...(source.url ? [attr('htmlUrl', source.url)] : []),
          ...(source.description ? [attr('description', source.description)] : []),
          ...(source.topics.length ? [attr('category', source.topics.join(','))] : []),
          attr('created', new Date(source.createdAt).toUTCString()),
          attr('plnKind', source.kind),
          attr('plnCategory', source.category),
          attr('plnStatus', source.status),
          attr('plnFeedType', f.type),
        ];
        out.push(`      <outline ${attrs.join(' ')}/>`);
      }
    }
    out.push('    </outline>');
  }
  out.push('  </body>', '</opml>', '');
  return out.join('\n');
}

/** OPML subscription lists: markup with an <opml> element. */
export const opmlFormat: FileFormat<'opml'> = {
  id: 'opml',
  label: 'format_opml',
  extensions: ['opml', 'xml'],
  sniff: ({ first, head }) => (first.startsWith('<') && /<opml[\s>]/.test(head) ? 'sure' : false),
  parse: parseOpml,
  export: {
    label: 'export_opml',
    mime: 'text/x-opml',
    stem: 'pln-capture-feeds',
    reads: 'sources',
    write: ({ sources }) => writeOpml(sources),
  },
};
