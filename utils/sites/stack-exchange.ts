import type { Extraction } from '../extract/extraction';
import { agent, authorAt, onHost, parseUrl, segments, strip } from './helpers';
import { hostOf } from '../url/host';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const HOSTS = [
  'stackoverflow.com',
  'stackexchange.com',
  'superuser.com',
  'serverfault.com',
  'askubuntu.com',
  'mathoverflow.net',
  'stackapps.com',
];

const siteOf = (url: URL) => (onHost(url, 'stackoverflow.com') ? 'Stack Overflow' : 'Stack Exchange');

/** A user's address on a Stack Exchange site, with the Atom feed of their activity. */
function userAt(url: URL | undefined, page: Extraction, fallbackName?: string): SiteAgent | undefined {
  if (!url || !onHost(url, ...HOSTS)) return undefined;
  const [first, id, slug] = segments(url);
  if (first !== 'users' || !id || !/^\d+$/.test(id)) return undefined;
  const origin = `https://${url.hostname.toLowerCase()}`;
  const address = `${origin}/users/${id}${slug ? `/${encodeURIComponent(slug)}` : ''}`;
  const self = authorAt(page, address) ?? authorAt(page, `${origin}/users/${id}`);
  return agent(siteOf(url), 'person', {
    name: self?.name ?? fallbackName,
    url: address,
    image: self?.image,
    feeds: [{ url: `${origin}/feeds/user/${id}`, type: 'atom' }],
    sameAs: self?.sameAs,
  });
}

/**
 * Stack Overflow and the other Stack Exchange sites: users (/users/ID/name, with the Atom feed
 * of their activity) and questions (a post, by the author the page names at a user address).
 */
export const stackExchange: SiteAdapter = {
  id: 'stack-exchange',
  name: 'Stack Overflow',
  matches: (url) => onHost(url, ...HOSTS) && hostOf(url) !== 'stackexchange.com',
  read(url, page): SiteInfo | undefined {
    const [first, id] = segments(url);
    const site = siteOf(url);
    if ((first === 'questions' || first === 'q' || first === 'a') && id && /^\d+$/.test(id)) {
      const author = page.authors.map((a) => userAt(parseUrl(a.url), page, a.name)).find(Boolean);
      return { site, type: 'post', kind: 'article', ...(author && { creator: author }) };
    }
    // "User Ada Lovelace - Stack Overflow" once the site's name is gone.
    const subject = userAt(url, page, strip(page.title, /^User\s+/, /\s+-\s+Stack\s+\w+$/));
    return subject
      ? {
          site,
          type: 'profile',
          kind: 'person',
          subject: { ...subject, ...(!subject.image && page.image && { image: page.image }) },
        }
      : undefined;
  },
};

// Test URLs:
// https://stackoverflow.com/users/22656/jon-skeet
// https://stackoverflow.com/questions/927358/how-do-i-undo-the-most-recent-local-commits-in-git
// https://unix.stackexchange.com/users/1/someone
