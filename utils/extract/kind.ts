import type { Kind } from '../model/vocabulary';

/** schema.org types that describe the page itself, and the kind each says. */
const STRONG: [RegExp, Kind][] = [
  [/ScholarlyArticle$|^Thesis$/, 'paper'],
  [/Article$|^(?:BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report)$/, 'article'],
  [/^(?:VideoObject|Movie)$/, 'video'],
  [/^(?:PodcastEpisode|RadioEpisode|AudioObject)$/, 'podcast_episode'],
  // A code repository is a project people gather around: its issues, discussions and releases.
  [/^SoftwareSourceCode$/, 'community'],
  [/^PodcastSeries$/, 'channel'],
  [/^ProfilePage$/, 'person'],
  [/^Blog$/, 'publication'],
  [/^Course(?:Instance)?$/, 'course'],
  [/Event$/, 'event'],
  [/^(?:Book|Audiobook)$/, 'book'],
];

/**
 * What a schema.org type says about the page. `strong` types describe the page itself; `weak`
 * ones (Person, Organization) are often site-wide boilerplate, so they only decide the kind when
 * nothing more specific does.
 */
export function ldKind(type: string): { kind: Kind; strong: boolean } | undefined {
  for (const [re, kind] of STRONG) if (re.test(type)) return { kind, strong: true };
  if (type === 'Person') return { kind: 'person', strong: false };
  if (isOrganizationType(type)) return { kind: 'organization', strong: false };
  return undefined;
}

export function isOrganizationType(type: string): boolean {
  return /Organi[sz]ation$|^(?:Corporation|NGO|LocalBusiness|OnlineBusiness|CollegeOrUniversity|Consortium|Project|Brand)$/.test(
    type,
  );
}

/** Page furniture: never the main node when anything else is there. */
const FURNITURE =
  /^(?:WebSite|BreadcrumbList|ListItem|ItemList|ImageObject|SiteNavigationElement|SearchAction|WP(?:Header|Footer|SideBar))$/;

/**
 * How good a node with these types is as the page's main node, lower is better: content (0),
 * pages about a person, show or blog (1), other pages and unknown types (2), a person (3),
 * an organization (4), page furniture (5).
 */
export function ldRank(types: readonly string[]): number {
  let rank = 5;
  for (const type of types) {
    const k = ldKind(type);
    const r = k
      ? k.strong
        ? AGENTS.has(k.kind)
          ? 1
          : 0
        : k.kind === 'person'
          ? 3
          : 4
      : FURNITURE.test(type)
        ? 5
        : 2;
    rank = Math.min(rank, r);
  }
  return rank;
}
const AGENTS = new Set<Kind>(['person', 'channel', 'publication']);

/** og:type → kind; "website", "object" and music.* say nothing. */
function ogKind(type = ''): Kind | undefined {
  if (type.startsWith('video')) return 'video';
  if (type === 'profile') return 'person';
  if (type === 'book' || type === 'books.book') return 'book';
  if (type === 'article') return 'article';
  return undefined;
}

/**
 * URL shapes known everywhere: the two big video hosts, and the "/@handle" profile path that
 * many platforms share. No other site is named here (site adapters live in utils/sites).
 */
export function urlKind(url: string | undefined): Kind | undefined {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return undefined;
  }
  const host = u.hostname.replace(/^(?:www|m)\./, '');
  const path = u.pathname;
  if (host === 'youtube.com') {
    if (/^\/(?:watch$|shorts\/|live\/)/.test(path)) return 'video';
    if (/^\/(?:@[^/]+|channel\/[^/]+|c\/[^/]+|user\/[^/]+)\/?$/.test(path)) return 'channel';
  }
  if (host === 'youtu.be' && path.length > 1) return 'video';
  if (host === 'vimeo.com' && /^\/\d+\/?$/.test(path)) return 'video';
  if (/^\/@[\w.-]+\/?$/.test(path)) return 'person';
  return undefined;
}

export interface KindSignals {
  /** Types of the JSON-LD main node. */
  ldTypes?: readonly string[];
  ogType?: string;
  /** The canonical URL and the page URL. */
  urls?: readonly (string | undefined)[];
  /** A publication date: the page is a piece of content, not a profile or an organization. */
  dated?: boolean;
  /** The page announces a video (og:video). */
  video?: boolean;
  /** citation_* tags, Dublin Core or PRISM say it is a scholarly work. */
  scholarly?: boolean;
  /** The page is a sound: og:audio, an audio player, an audio enclosure (see readers). */
  audio?: boolean;
  /** The page is a code repository's (go-import / go-source, GitHub's repository metadata). */
  repo?: boolean;
  /** The page's representative h-card is its own: a person's site. */
  owner?: boolean;
  /** A news article (JSON-LD NewsArticle): what it says it is, whatever else it holds. */
  news?: boolean;
}

/**
 * Precedence: a strong JSON-LD (or microdata) type, unless a plain article > a URL shape > og:type
 * profile or book > scholarly tags (paper) > audio (podcast episode) > a repository's metadata
 * (community) > a representative h-card on an undated page (person) > the article type > og:type >
 * a weak JSON-LD type (Person, Organization; only on an undated page) > og:video > 'article'.
 * A news article stays one, whatever else the page holds: its publisher said so.
 */
export function classifyKind(s: KindSignals): Kind {
  const kinds = (s.ldTypes ?? []).map(ldKind);
  const ld = kinds.find((k) => k?.strong) ?? kinds.find(Boolean);
  const strong = ld?.strong ? ld.kind : undefined;
  if (strong && (strong !== 'article' || s.news)) return strong;
  const og = ogKind(s.ogType);
  if (!strong) {
    for (const url of s.urls ?? []) {
      const kind = urlKind(url);
      if (kind) return kind;
    }
    if (og === 'person' || og === 'book') return og;
  }
  if (s.scholarly) return 'paper';
  if (s.audio) return 'podcast_episode';
  if (s.repo) return 'community';
  if (s.owner && !s.dated) return 'person';
  return strong ?? og ?? (ld && !s.dated ? ld.kind : s.video ? 'video' : 'article');
}
