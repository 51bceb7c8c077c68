import type { Extraction } from '../extract/extraction';
import { agent, announced, authorAt, feedsOf, onHost, parseUrl, peopleOf, rss, sameAddress, segments } from './helpers';
import { hostOf } from '../url/host';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'Substack';

/** A Substack member's address: substack.com/@user. */
function memberAt(url: URL | undefined): { url: string; handle: string } | undefined {
  if (!url || hostOf(url) !== 'substack.com') return undefined;
  const first = segments(url)[0];
  return first?.startsWith('@') && first.length > 1
    ? { url: `https://substack.com/${encodeURIComponent(first).replace(/^%40/, '@')}`, handle: first }
    : undefined;
}

/** The page's authors as Substack members (with their @handle when their address gives it). */
function authorsOf(page: Extraction): SiteAgent[] {
  return peopleOf(SITE, page.authors, (p) => {
    const at = memberAt(parseUrl(p.url));
    return at ? { url: at.url, handle: at.handle } : {};
  });
}

/** Whether a page on some other host is a Substack newsletter's. */
function looksLikeSubstack(page: Extraction): boolean {
  const on = (u: string | undefined, test: (p: URL) => boolean) => {
    const p = parseUrl(u);
    return !!p && test(p);
  };
  return (
    page.feeds.some((f) => on(f.url, (p) => onHost(p, 'substack.com') && p.pathname === '/feed')) ||
    on(page.image, (p) => onHost(p, 'substackcdn.com')) ||
    page.authors.some((a) => !!memberAt(parseUrl(a.url)))
  );
}

/** The newsletter: the page's publisher when it is this site, with the feed at /feed. */
function newsletter(page: Extraction, url: URL, fallbackName?: string): SiteAgent {
  const pub = page.publisher && parseUrl(page.publisher.url);
  // A newsletter on its own domain still announces its feed at name.substack.com/feed.
  const home =
    pub && (sameAddress(pub.origin, url.origin) || sameAddress(pub.origin, parseUrl(page.url)?.origin))
      ? `${pub.origin}/`
      : `${url.origin}/`;
  const feeds = feedsOf(
    announced(
      page,
      (u) => u.pathname === '/feed' && (onHost(u, 'substack.com') || sameAddress(u.origin, home.slice(0, -1))),
    ),
    [rss(`${url.origin}/feed`)],
  );
  return agent(SITE, 'publication', {
    name: page.publisher?.name ?? page.siteName ?? fallbackName,
    url: home,
    image: page.publisher?.image ?? (fallbackName ? page.image : undefined),
    feeds,
  });
}

/**
 * Substack: newsletters (name.substack.com and custom domains, with their /feed), their posts
 * (/p/slug: by their authors, in the newsletter) and members' profiles (substack.com/@user). A
 * custom domain counts when the page shows Substack's feed, images or member addresses.
 */
export const substack: SiteAdapter = {
  id: 'substack',
  name: SITE,
  matches: () => true,
  read(url, page): SiteInfo | undefined {
    const parts = segments(url);
    const host = hostOf(url);
    if (host === 'substack.com') {
      const at = memberAt(url);
      if (at && parts.length === 1) {
        const self = authorAt(page, at.url) ?? authorAt(page, page.url);
        return {
          site: SITE,
          type: 'profile',
          kind: 'person',
          subject: agent(SITE, 'person', {
            name: self?.name ?? page.title,
            url: at.url,
            handle: at.handle,
            image: self?.image ?? page.image,
            sameAs: self?.sameAs,
          }),
        };
      }
      if ((parts[0] === 'home' && parts[1] === 'post') || (at && parts[1] === 'p')) {
        const [creator] = authorsOf(page);
        return { site: SITE, type: 'post', kind: 'article', ...(creator && { creator, creators: authorsOf(page) }) };
      }
      return undefined;
    }
    if (!host?.endsWith('.substack.com') && !looksLikeSubstack(page)) return undefined;
    if (parts[0] === 'p' && parts[1]) {
      const authors = authorsOf(page);
      return {
        site: SITE,
        type: 'post',
        kind: 'article',
        ...(authors[0] && { creator: authors[0], creators: authors }),
        partOf: newsletter(page, url),
      };
    }
    if (parts.length > 1 || (parts[0] && !/^(?:archive|about|podcast|notes|recommendations|s)$/.test(parts[0])))
      return undefined;
    return { site: SITE, type: 'publication', kind: 'publication', subject: newsletter(page, url, page.title) };
  },
};

// Test URLs:
// https://simonsarris.substack.com/
// https://simonsarris.substack.com/p/the-most-precious-resource-is-agency
// https://substack.com/@simonsarris
