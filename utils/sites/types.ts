import type { Extraction, Feed } from '../extract/extraction';
import type { Kind } from '../model/vocabulary';

/**
 * Someone or something on a platform: a person, a channel or show, a community, an
 * organization, a publication. Names come from the page: untrusted text, shown as text.
 */
export interface SiteAgent {
  kind: Kind;
  name?: string;
  /**
   * The agent's address on the platform (http(s) only). Optional because some platforms name
   * people without giving them an address: a paper's authors, a course's instructors.
   */
  url?: string;
  /** How the platform names it: "@ada", "@ada@example.social", "u/ada", "r/learnpython", an ORCID iD... */
  handle?: string;
  image?: string;
  /** The platform, as people call it: 'YouTube', 'Mastodon'... or the host of a personal site. */
  site: string;
  /**
   * Feeds that follow it (the platform's own, where it has one). The Extraction's `Feed` shape,
   * which candidates carry (a SourceFeed once saved).
   */
  feeds: Feed[];
  /**
   * Its other addresses: a YouTube channel's /channel/ID beside its /@handle, a person's links
   * from the page (rel=me, sameAs).
   */
  sameAs?: string[];
}

export const PAGE_TYPES = [
  'profile',
  'channel',
  'post',
  'video',
  'playlist',
  'show',
  'episode',
  'course',
  'talk',
  'event',
  'community',
  'paper',
  'repository',
  'organization',
  'publication',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** What a platform page is, and who is behind it. */
export interface SiteInfo {
  /** The platform: 'YouTube', 'Mastodon'... */
  site: string;
  type: PageType;
  /** What the page is, in our vocabulary. */
  kind: Kind;
  /** On a profile, channel, community, show, playlist or publication page: who or what the page is. */
  subject?: SiteAgent;
  /**
   * On content: who made it (a video's channel, never a commenter; a post's author; a
   * repository's owner; a course's instructor; a talk's speaker; a paper's first author). On a
   * playlist or a show: who runs it, when the page says.
   */
  creator?: SiteAgent;
  /** When several made it (a paper's authors, a course's instructors), the creator first. */
  creators?: SiteAgent[];
  /**
   * Where a piece was published when that is not its creator: a Reddit post's subreddit, a
   * Medium post's publication, a Substack post's newsletter.
   */
  partOf?: SiteAgent;
}

export interface SiteAdapter {
  id: string;
  name: string;
  /** Whether the address is one of the platform's; cheap, from the URL alone. */
  matches(url: URL): boolean;
  /** What the page is, or undefined when this adapter does not recognize it after all. */
  read(url: URL, page: Extraction): SiteInfo | undefined;
}
