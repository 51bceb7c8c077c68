import type { Extraction } from '../extract/extraction';
import { agent, onHost, parseUrl, reserved, segments, strip } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'Luma';
const NOT_A_PAGE = reserved(
  'home discover signin login create explore settings pricing about privacy terms help ios android download calendar user',
);
const SUFFIX = /\s+[·|]\s+Luma$/i;

/** Who runs an event: the page's publisher when it is a calendar on Luma, else the first host the page names. */
function organizerOf(page: Extraction): SiteAgent | undefined {
  const pub = page.publisher;
  const u = parseUrl(pub?.url);
  if (pub && u && onHost(u, 'lu.ma', 'luma.com') && u.pathname.length > 1) {
    return agent(SITE, 'community', { name: pub.name, url: pub.url, image: pub.image });
  }
  const person = page.authors[0];
  return (
    person && agent(SITE, 'person', { name: person.name, url: person.url, image: person.image, sameAs: person.sameAs })
  );
}

/**
 * Luma: events (lu.ma/slug when the page is an event: run by its calendar or its first host),
 * calendars (the same address shape otherwise, and /calendar/…: communities) and people (/user/…).
 * A calendar's iCal subscription is not a feed this extension follows.
 */
export const luma: SiteAdapter = {
  id: 'luma',
  name: SITE,
  matches: (url) => onHost(url, 'lu.ma', 'luma.com'),
  read(url, page): SiteInfo | undefined {
    const [first, second] = segments(url);
    if (!first) return undefined;
    if (first === 'user' && second) {
      return {
        site: SITE,
        type: 'profile',
        kind: 'person',
        subject: agent(SITE, 'person', {
          name: strip(page.title, SUFFIX),
          url: `${url.origin}/user/${encodeURIComponent(second)}`,
          handle: second,
          image: page.image,
        }),
      };
    }
    const calendar = first === 'calendar' && second;
    if (!calendar && (NOT_A_PAGE(first) || second)) return undefined;
    if (!calendar && page.kind === 'event')
      return { site: SITE, type: 'event', kind: 'event', creator: organizerOf(page) };
    return {
      site: SITE,
      type: 'community',
      kind: 'community',
      subject: agent(SITE, 'community', {
        name: strip(page.title, SUFFIX),
        url: url.origin + url.pathname,
        image: page.image,
      }),
    };
  },
};

// Test URLs:
// https://lu.ma/ai-learning-circle (an event page)
// https://lu.ma/learning-circles (a calendar)
// https://lu.ma/user/usr-abc123
