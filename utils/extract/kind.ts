import type { Kind } from '../model/vocabulary';

/**
 * What a schema.org type says about the page. `strong` types describe the page itself; `weak`
 * ones (Person, Organization) are often site-wide boilerplate, so they only decide the kind when
 * nothing more specific does.
 */
export function ldKind(type: string): { kind: Kind; strong: boolean } | undefined {
  const strong = (kind: Kind) => ({ kind, strong: true });
  if (/ScholarlyArticle$|^Thesis$/.test(type)) return strong('paper');
  if (/Article$|^(?:BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report)$/.test(type))
    return strong('article');
  if (/^(?:VideoObject|Movie)$/.test(type)) return strong('video');
  if (type === 'PodcastEpisode') return strong('podcast_episode');
  if (type === 'PodcastSeries') return strong('channel');
  if (type === 'ProfilePage') return strong('person');
  if (type === 'Blog') return strong('publication');
  if (/^Course(?:Instance)?$/.test(type)) return strong('course');
  if (/Event$/.test(type)) return strong('event');
  if (/^(?:Book|Audiobook)$/.test(type)) return strong('book');
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
  /^(?:WebSite|BreadcrumbList|ListItem|ItemList|ImageObject|SiteNavigationElement|SearchAction|WPHeader|WPFooter|WPSideBar)$/;

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
}

/**
 * Precedence: a strong JSON-LD (or microdata) type > a URL shape > og:type > a weak JSON-LD type
 * (Person, Organization; only on an undated page) > og:video > 'article'.
 */
export function classifyKind({ ldTypes = [], ogType, urls = [], dated, video }: KindSignals): Kind {
  const kinds = ldTypes.map(ldKind);
  const ld = kinds.find((k) => k?.strong) ?? kinds.find(Boolean);
  if (ld?.strong) return ld.kind;
  for (const url of urls) {
    const kind = urlKind(url);
    if (kind) return kind;
  }
  return ogKind(ogType) ?? (ld && !dated ? ld.kind : video ? 'video' : 'article');
}
