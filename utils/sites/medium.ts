import type { ExtractedPerson, Extraction } from '../extract/extraction';
import {
  agent,
  announced,
  authorAt,
  feedsOf,
  onHost,
  parseUrl,
  reserved,
  rss,
  sameAddress,
  segments,
  strip,
} from './helpers';
import { hostOf } from '../url/host';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'Medium';
const ORIGIN = 'https://medium.com';
const NOT_A_PUBLICATION = reserved(
  'm tag tags topic topics search me plans membership about jobs-at-medium creators policy feed p new-story following ' +
    'latest signin signup business mastodon gift verified-authors partner-program hc list lists',
);
/** Medium ends a post's address with its 12-hex id: /how-i-learn-abc123def456. */
const POST = /-[0-9a-f]{8,12}$/;

/** A Medium member's address (medium.com/@user or user.medium.com) with their feed. */
function memberAt(url: URL | undefined): { url: string; handle: string; feed: string } | undefined {
  if (!url || !onHost(url, 'medium.com')) return undefined;
  const host = hostOf(url);
  const first = segments(url)[0];
  if (host === 'medium.com' && first?.startsWith('@') && first.length > 1) {
    const path = encodeURIComponent(first).replace(/^%40/, '@');
    return { url: `${ORIGIN}/${path}`, handle: first, feed: `${ORIGIN}/feed/${path}` };
  }
  const sub = host?.endsWith('.medium.com') ? host.slice(0, -'.medium.com'.length) : undefined;
  return sub && /^[\w-]+$/.test(sub)
    ? { url: `https://${sub}.medium.com/`, handle: `@${sub}`, feed: `https://${sub}.medium.com/feed` }
    : undefined;
}

function member(person: ExtractedPerson | undefined, at: ReturnType<typeof memberAt>): SiteAgent | undefined {
  if (!person && !at) return undefined;
  return agent(SITE, 'person', {
    name: person?.name ?? at?.handle,
    url: at?.url ?? person?.url,
    handle: at?.handle,
    image: person?.image,
    feeds: at ? [rss(at.feed)] : [],
    sameAs: person?.sameAs,
  });
}

/** The post's author: the one at a Medium member address, else the first the page names. */
function authorOf(page: Extraction): SiteAgent | undefined {
  const person = page.authors.find((a) => memberAt(parseUrl(a.url))) ?? page.authors[0];
  return member(person, memberAt(parseUrl(person?.url)));
}

/** Whether a page on some other host is Medium's: its images, its authors or its name say so. */
function looksLikeMedium(page: Extraction): boolean {
  const onMedium = (u: string | undefined) => {
    const p = parseUrl(u);
    return !!p && (onHost(p, 'medium.com') || /^(?:miro|cdn-images-\d)\.medium\.com$/.test(p.hostname));
  };
  return page.siteName === 'Medium' || onMedium(page.image) || page.authors.some((a) => onMedium(a.url));
}

/** The publication at `url`, named by the page's publisher when that is it, else by `name`. */
function publication(page: Extraction, url: string, feed: string, name?: string): SiteAgent {
  const pub = page.publisher && sameAddress(page.publisher.url, url) ? page.publisher : undefined;
  const announcedFeeds = announced(page, (u) => onHost(u, 'medium.com') && u.pathname.startsWith('/feed/'));
  return agent(SITE, 'publication', {
    name: pub?.name ?? name,
    url,
    image: pub?.image,
    feeds: feedsOf([rss(feed)], pub?.feeds ?? [], name ? announcedFeeds : []),
  });
}

/**
 * Medium: members (medium.com/@user, user.medium.com: people, with their feed), publications
 * (medium.com/name and custom domains: with theirs), and posts (by the author the page names,
 * in their publication). A custom domain counts when the page is Medium's (its images on
 * miro.medium.com, its authors at medium.com, or og:site_name "Medium") and the address is a
 * post's (ending in Medium's id) or the home page.
 */
export const medium: SiteAdapter = {
  id: 'medium',
  name: SITE,
  matches: () => true,
  read(url, page): SiteInfo | undefined {
    const parts = segments(url);
    const last = parts.at(-1) ?? '';
    if (!onHost(url, 'medium.com')) {
      if (!looksLikeMedium(page) || parts.length > 1 || (parts.length === 1 && !POST.test(last))) return undefined;
      // og:site_name says "Medium" on a custom domain too: that names the platform, not the publication.
      const siteName = page.siteName === 'Medium' ? undefined : page.siteName;
      if (!parts.length) {
        return {
          site: SITE,
          type: 'publication',
          kind: 'publication',
          subject: publication(page, `${url.origin}/`, `${url.origin}/feed`, siteName ?? page.title),
        };
      }
      return {
        site: SITE,
        type: 'post',
        kind: 'article',
        creator: authorOf(page),
        partOf: publication(page, `${url.origin}/`, `${url.origin}/feed`, siteName),
      };
    }

    const at = memberAt(url);
    if (at) {
      const isPost =
        hostOf(url) === 'medium.com' ? parts.length >= 2 && POST.test(last) : parts.length >= 1 && POST.test(last);
      if (isPost)
        return {
          site: SITE,
          type: 'post',
          kind: 'article',
          creator: member(authorAt(page, at.url) ?? page.authors[0], at),
        };
      const self = authorAt(page, at.url) ?? authorAt(page, page.url);
      const name = strip(page.title, /\s+[–|-]\s+Medium$/) ?? at.handle;
      const subject = member(self ?? { name, url: at.url, image: page.image, sameAs: [] }, at);
      return subject && { site: SITE, type: 'profile', kind: 'person', subject };
    }
    const [first] = parts;
    if (!first || hostOf(url) !== 'medium.com') return undefined;
    if (first === 'p' && parts[1]) return { site: SITE, type: 'post', kind: 'article', creator: authorOf(page) };
    if (NOT_A_PUBLICATION(first)) return undefined;
    const address = `${ORIGIN}/${encodeURIComponent(first)}`;
    const feed = `${ORIGIN}/feed/${encodeURIComponent(first)}`;
    if (parts.length === 1)
      return {
        site: SITE,
        type: 'publication',
        kind: 'publication',
        subject: publication(page, address, feed, strip(page.title, /\s+[–|-]\s+Medium$/)),
      };
    return POST.test(last)
      ? { site: SITE, type: 'post', kind: 'article', creator: authorOf(page), partOf: publication(page, address, feed) }
      : undefined;
  },
};

// Test URLs:
// https://medium.com/@TheLarkInn
// https://medium.com/webpack/webpack-3-official-release-15fd2dd8f07b
// https://medium.com/webpack
// https://ada.medium.com/how-i-learn-0123456789ab
