import { agent, announced, parseUrl } from './helpers';
import { hostOf } from '../url/host';
import type { SiteAdapter, SiteInfo } from './types';

const COMMENTS = /\bcomments?\b/i;

/**
 * A person's own site: the page names an author whose address is the site's root (an h-card,
 * rel=author or JSON-LD author at "/"), so the site is that person's. On the home page the person
 * is the subject; on a post, its creator. Either way with their profiles elsewhere (rel=me,
 * sameAs) and the site's feeds. Runs last: any platform above knows its pages better.
 */
export const personalSite: SiteAdapter = {
  id: 'personal-site',
  name: 'Personal site',
  matches: () => true,
  read(url, page): SiteInfo | undefined {
    const host = hostOf(url);
    if (!host) return undefined;
    const owner = page.authors.find((a) => {
      const u = parseUrl(a.url);
      return !!u && hostOf(u) === host && u.pathname === '/' && !u.search;
    });
    if (!owner) return undefined;
    const feeds = announced(page, (u) => hostOf(u) === host || !!hostOf(u)?.endsWith(`.${host}`)).filter(
      (f) => !COMMENTS.test(f.title ?? '') && !/\/comments?\//i.test(f.url),
    );
    const person = agent(host, 'person', {
      name: owner.name,
      url: `${url.origin}/`,
      image: owner.image,
      feeds,
      sameAs: owner.sameAs,
    });
    const home = url.pathname === '/' || page.kind === 'person';
    return home
      ? {
          site: host,
          type: 'profile',
          kind: 'person',
          subject: { ...person, ...(!person.image && page.image && { image: page.image }) },
        }
      : { site: host, type: 'post', kind: page.kind, creator: person };
  },
};

// Test URLs:
// https://ada.example/ (with an h-card at "/")
// https://ada.example/2024/notes-on-learning (by the h-card at "/")
