import { AGENT_KINDS, type Kind } from '../model/vocabulary';
import type { ExtractedPerson, Extraction, Feed } from './extraction';
import { normalizeUrl } from '../url/normalize';
import { nameKey } from '../text';

export type CandidateRole = 'page' | 'author' | 'publication' | 'channel';

/** Something on the page the user may save as a source. */
export interface Candidate {
  role: CandidateRole;
  kind: Kind;
  title: string;
  url?: string;
  image?: string;
  description?: string;
  siteName?: string;
  feeds: Feed[];
  sameAs: string[];
  /** How the platform names it ("@ada", "@ada@example.social", "r/learnpython"), when a site adapter knows. */
  handle?: string;
  /** The platform it is on ("YouTube", "Mastodon", or a personal site's host), when a site adapter knows. */
  site?: string;
}

/**
 * A URL as an identity for telling candidates apart: the extension's normalization (tracking
 * parameters, fragments, mobile hosts...), then without the scheme and "www.".
 */
export function urlKey(url: string | undefined): string | undefined {
  const normalized = url === undefined ? undefined : normalizeUrl(url);
  return normalized?.replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/$/, '');
}

const isComments = (f: Feed) => /\bcomments?\b/i.test(f.title ?? '') || /\/comments?\//i.test(f.url);

/** Feeds under a person's address ("/author/jane/feed" for "/author/jane/") are that person's. */
function feedsUnder(url: string | undefined, feeds: readonly Feed[]): Feed[] {
  const key = urlKey(url);
  if (!key || !/\/./.test(key)) return [];
  return feeds.filter((f) => urlKey(f.url)?.startsWith(`${key}/`));
}

/**
 * What the user can save from a validated Extraction, the one the page is mostly about first:
 * - the page itself (its kind: the article, the video, the person on a profile page, the
 *   channel on a channel page), with the page's feeds when it is a person, a channel or a
 *   publication;
 * - for a video or an episode, its channel or show (an episode's show is the site it is on when
 *   the page names none: a podcast's own site);
 * - each author, as a person (with the feeds published under the author's address);
 * - each organization credited with the page (an author that is an organization), as one;
 * - on a piece of content, the publication or site that published it, with its feeds.
 * Nothing appears twice: an author whose address is the page's (a profile) is the page, an author
 * who is the video's channel is the channel, an author or organization named like the publication
 * (or the channel) is the publication (or the channel), and any two candidates with the same
 * address are one.
 */
export function buildCandidates(e: Extraction): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (c: Candidate) => {
    const key = urlKey(c.url) ?? `${c.kind}:${nameKey(c.title)}`;
    if (!c.title || seen.has(key)) return undefined;
    seen.add(key);
    out.push(c);
    return c;
  };
  const url = e.url ?? e.pageUrl;
  const pageKey = urlKey(url);
  const agentPage = AGENT_KINDS.has(e.kind);
  const ownFeeds = e.feeds.filter((f) => !isComments(f));
  const person = (a: ExtractedPerson) =>
    ({
      kind: 'person',
      title: a.name,
      url: a.url,
      image: a.image,
      feeds: feedsUnder(a.url, ownFeeds),
      sameAs: a.sameAs,
    }) as const;

  // The person a profile page is about is one of its authors, at the page's address.
  const self = agentPage ? e.authors.find((a) => urlKey(a.url) === pageKey) : undefined;
  const title = (e.kind === 'person' ? self?.name : undefined) ?? e.title ?? self?.name ?? e.siteName ?? url;
  if (title && !e.unreadable) {
    add({
      role: 'page',
      kind: e.kind,
      title,
      url,
      image: e.image ?? self?.image,
      description: e.description,
      siteName: e.siteName,
      feeds: agentPage ? ownFeeds.slice(0, 10) : [],
      sameAs: self?.sameAs ?? [],
    });
  }

  const publisher =
    e.publisher ?? (e.siteName ? { name: e.siteName, url: undefined, image: undefined, feeds: [] } : undefined);
  const channel = e.kind === 'video' ? e.channel : e.kind === 'podcast_episode' ? (e.channel ?? publisher) : undefined;
  // A show's own site: the publisher is the channel, and its feeds are the show's.
  const showSite = !!channel && !!publisher && nameKey(publisher.name) === nameKey(channel.name);
  if (channel) {
    const feeds = channel.feeds.length ? channel.feeds : showSite ? (publisher?.feeds ?? []) : [];
    add({
      role: 'channel',
      kind: 'channel',
      title: channel.name,
      url: channel.url,
      image: channel.image,
      feeds,
      sameAs: [],
    });
  }
  for (const a of e.authors) {
    if (a === self) continue;
    if (channel && (nameKey(a.name) === nameKey(channel.name) || (a.url && urlKey(a.url) === urlKey(channel.url))))
      continue;
    if (publisher && nameKey(a.name) === nameKey(publisher.name)) continue;
    add({ role: 'author', ...person(a) });
  }
  for (const o of e.organizations) {
    if ([publisher?.name, channel?.name].some((n) => n && nameKey(n) === nameKey(o.name))) continue;
    add({
      role: 'publication',
      kind: 'organization',
      title: o.name,
      url: o.url,
      image: o.image,
      feeds: [],
      sameAs: [],
    });
  }
  if (publisher && !agentPage && !showSite) {
    add({
      role: 'publication',
      kind: 'publication',
      title: publisher.name,
      url: publisher.url,
      image: publisher.image,
      siteName: e.siteName,
      feeds: publisher.feeds,
      sameAs: [],
    });
  }
  return out;
}
