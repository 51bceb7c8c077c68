import type { Extraction } from '../extract/extraction';
import { agent, onHost, parseUrl, segments } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'Reddit';
const ORIGIN = 'https://www.reddit.com';
const NAME = /^[\w-]{2,40}$/;

const subreddit = (name: string): SiteAgent =>
  agent(SITE, 'community', {
    name: `r/${name}`,
    url: `${ORIGIN}/r/${name}`,
    handle: `r/${name}`,
    feeds: [{ url: `${ORIGIN}/r/${name}/.rss`, type: 'rss' }],
  });

const redditor = (name: string, image?: string): SiteAgent =>
  agent(SITE, 'person', {
    name: `u/${name}`,
    url: `${ORIGIN}/user/${name}`,
    handle: `u/${name}`,
    image,
    feeds: [{ url: `${ORIGIN}/user/${name}/.rss`, type: 'rss' }],
  });

/** A post's author when the page names one at a Reddit user address. */
function authorOf(page: Extraction): SiteAgent | undefined {
  for (const a of page.authors) {
    const u = parseUrl(a.url);
    const [first, name] = u && onHost(u, 'reddit.com') ? segments(u) : [];
    if ((first === 'user' || first === 'u') && name && NAME.test(name)) return redditor(name, a.image);
  }
  return undefined;
}

/**
 * Reddit: subreddits (communities, with their .rss feed), users (with theirs), and posts
 * (/r/name/comments/ID/…: in their subreddit, by the author the page names, if any).
 */
export const reddit: SiteAdapter = {
  id: 'reddit',
  name: SITE,
  matches: (url) => onHost(url, 'reddit.com'),
  read(url, page): SiteInfo | undefined {
    const parts = segments(url);
    const [first, name, third] = parts;
    if (!name || !NAME.test(name)) return undefined;
    if (first === 'r') {
      if (third === 'comments' && parts[3])
        return { site: SITE, type: 'post', kind: 'article', creator: authorOf(page), partOf: subreddit(name) };
      if (third && !/^(?:hot|new|top|rising|controversial|gilded|wiki|about)$/.test(third)) return undefined;
      const subject = subreddit(name);
      return {
        site: SITE,
        type: 'community',
        kind: 'community',
        subject: { ...subject, ...(page.image && { image: page.image }) },
      };
    }
    if (first === 'user' || first === 'u') {
      if (third === 'comments' && parts[3])
        return { site: SITE, type: 'post', kind: 'article', creator: redditor(name) };
      return { site: SITE, type: 'profile', kind: 'person', subject: redditor(name, page.image) };
    }
    return undefined;
  },
};

// Test URLs:
// https://www.reddit.com/r/learnpython/
// https://www.reddit.com/r/lotus/comments/1pzbv0z/my_lotus_elise_72d_with_17_rays_volk_gtp/
// https://old.reddit.com/user/spez
