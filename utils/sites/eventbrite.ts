import type { Extraction } from '../extract/extraction';
import { agent, parseUrl, segments, strip } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'Eventbrite';
const HOST =
  /(?:^|\.)eventbrite\.(?:com|ca|ie|de|fr|es|it|nl|be|ch|at|pt|se|dk|fi|no|co\.uk|co\.nz|com\.au|com\.mx|com\.br|com\.ar|com\.pe|co|cl|hk|sg|in|jp)$/;
const SUFFIX = /\s+\|\s+Eventbrite$/i;

const isOrganizerUrl = (value: string | undefined) => {
  const u = parseUrl(value);
  return !!u && HOST.test(u.hostname) && segments(u)[0] === 'o';
};

/** An event's organizer: the page's publisher when it has an organizer's address (/o/name-ID). */
function organizerOf(page: Extraction): SiteAgent | undefined {
  const pub = page.publisher;
  return pub && isOrganizerUrl(pub.url)
    ? agent(SITE, 'organization', { name: pub.name, url: pub.url, image: pub.image })
    : undefined;
}

/** Eventbrite: events (/e/name-tickets-ID, organized by their organizer) and organizers' pages (/o/name-ID). No feeds. */
export const eventbrite: SiteAdapter = {
  id: 'eventbrite',
  name: SITE,
  matches: (url) => HOST.test(url.hostname.toLowerCase()),
  read(url, page): SiteInfo | undefined {
    const [first, slug] = segments(url);
    if (!slug || !/-\d{6,}$/.test(slug)) return undefined;
    if (first === 'e') return { site: SITE, type: 'event', kind: 'event', creator: organizerOf(page) };
    if (first !== 'o') return undefined;
    const address = `${url.origin}/o/${encodeURIComponent(slug)}`;
    return {
      site: SITE,
      type: 'organization',
      kind: 'organization',
      subject: agent(SITE, 'organization', {
        name: strip(page.title, SUFFIX, /\s+Events?$/i),
        url: address,
        image: page.image,
      }),
    };
  },
};

// Test URLs:
// https://www.eventbrite.com/e/learning-in-public-tickets-123456789012
// https://www.eventbrite.co.uk/o/ada-club-12345678901
