import type { Extraction } from '../extract/extraction';
import { agent, authorAt, onHost, parseUrl, segments, strip } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'TED';
const ORIGIN = 'https://www.ted.com';
const SUFFIX = /\s+\|\s+TED(?:\s+Talk)?$/i;

const speakerSlug = (url: string | undefined) => {
  const u = parseUrl(url);
  const [first, slug] = u && onHost(u, 'ted.com') ? segments(u) : [];
  return first === 'speakers' ? slug : undefined;
};

/** A talk's speakers: the people the page names (as author, or as the video's channel), at /speakers/ when known. */
function speakers(page: Extraction): SiteAgent[] {
  const people = page.authors.length ? page.authors : page.channel ? [{ ...page.channel, sameAs: [] }] : [];
  return people.map((p) => {
    const slug = speakerSlug(p.url);
    return agent(SITE, 'person', {
      name: p.name,
      url: slug ? `${ORIGIN}/speakers/${encodeURIComponent(slug)}` : p.url,
      handle: slug,
      image: p.image,
      sameAs: p.sameAs,
    });
  });
}

/** TED: talks (a video, by its speakers), speakers' pages (people) and playlists. */
export const ted: SiteAdapter = {
  id: 'ted',
  name: SITE,
  matches: (url) => onHost(url, 'ted.com'),
  read(url, page): SiteInfo | undefined {
    const [first, second, third] = segments(url);
    if (!second) return undefined;
    if (first === 'talks') {
      const people = speakers(page);
      return { site: SITE, type: 'talk', kind: 'video', ...(people[0] && { creator: people[0], creators: people }) };
    }
    if (first === 'speakers') {
      const address = `${ORIGIN}/speakers/${encodeURIComponent(second)}`;
      const self = authorAt(page, address) ?? authorAt(page, page.url);
      return {
        site: SITE,
        type: 'profile',
        kind: 'person',
        subject: agent(SITE, 'person', {
          name: self?.name ?? strip(page.title, SUFFIX, /:\s+Speaker$/i),
          url: address,
          handle: second,
          image: self?.image ?? page.image,
        }),
      };
    }
    if (first === 'playlists' && /^\d+$/.test(second)) {
      const address = `${ORIGIN}/playlists/${second}${third ? `/${encodeURIComponent(third)}` : ''}`;
      return {
        site: SITE,
        type: 'playlist',
        kind: 'channel',
        subject: agent(SITE, 'channel', { name: strip(page.title, SUFFIX), url: address, image: page.image }),
      };
    }
    return undefined;
  },
};

// Test URLs:
// https://www.ted.com/talks/tim_urban_inside_the_mind_of_a_master_procrastinator
// https://www.ted.com/speakers/tim_urban
// https://www.ted.com/playlists/171/the_most_popular_talks_of_all
