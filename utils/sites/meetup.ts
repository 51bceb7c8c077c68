import type { Extraction } from '../extract/extraction';
import { agent, onHost, reserved, sameAddress, segments, strip } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'Meetup';
const ORIGIN = 'https://www.meetup.com';
const NOT_A_GROUP = reserved(
  'find topics cities apps login register pro lp blog help about members account messages notifications home start ' +
    'create media privacy terms cookie_policy meetup_api careers promo',
);
const SUFFIX = /\s+\|\s+Meetup$/i;

/** The group, with its events feed; named by the page's publisher when that is the group (its organizer). */
function group(page: Extraction, slug: string, name?: string): SiteAgent {
  const url = `${ORIGIN}/${encodeURIComponent(slug)}/`;
  const pub = page.publisher && sameAddress(page.publisher.url, url) ? page.publisher : undefined;
  return agent(SITE, 'community', {
    name: pub?.name ?? name ?? slug.replace(/-/g, ' '),
    url,
    handle: slug,
    image: pub?.image,
    feeds: [{ url: `${ORIGIN}/${encodeURIComponent(slug)}/events/rss/`, type: 'rss' }],
  });
}

/**
 * Meetup: groups (meetup.com/name: communities, with their events feed) and their events
 * (meetup.com/name/events/ID, organized by the group); members' pages (people).
 */
export const meetup: SiteAdapter = {
  id: 'meetup',
  name: SITE,
  matches: (url) => onHost(url, 'meetup.com'),
  read(url, page): SiteInfo | undefined {
    const parts = segments(url);
    // Localized addresses: meetup.com/es-ES/name/.
    if (/^[a-z]{2}-[A-Z]{2}$/.test(parts[0] ?? '')) parts.shift();
    const [slug, second, third] = parts;
    if (!slug) return undefined;
    if (slug === 'members' && second && /^\d+$/.test(second)) {
      return {
        site: SITE,
        type: 'profile',
        kind: 'person',
        subject: agent(SITE, 'person', {
          name: strip(page.title, SUFFIX),
          url: `${ORIGIN}/members/${second}/`,
          image: page.image,
        }),
      };
    }
    if (NOT_A_GROUP(slug) || !/^[\w-]{2,80}$/.test(slug)) return undefined;
    if (second === 'events' && third && /^\w+$/.test(third))
      return { site: SITE, type: 'event', kind: 'event', creator: group(page, slug) };
    if (second && !/^(?:events|members|photos|discussions|about)$/.test(second)) return undefined;
    const subject = group(page, slug, strip(page.title, SUFFIX));
    return {
      site: SITE,
      type: 'community',
      kind: 'community',
      subject: { ...subject, ...(!subject.image && page.image && { image: page.image }) },
    };
  },
};

// Test URLs:
// https://www.meetup.com/reactjs-dallas/
// https://www.meetup.com/reactjs-dallas/events/299999999/
