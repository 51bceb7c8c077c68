import type { Extraction } from '../extract/extraction';
import { agent, announced, authorAt, onHost, reserved, segments, strip } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'SoundCloud';
const NOT_A_USER = reserved(
  'discover stream search upload you charts pages jobs mobile terms-of-use people settings messages notifications ' +
    'stations tags popular signin signup login logout imprint press creators premium go connect for artists feed home ' +
    'community-guidelines pro',
);
const TABS = new Set([
  'tracks',
  'albums',
  'sets',
  'reposts',
  'popular-tracks',
  'likes',
  'followers',
  'following',
  'comments',
  'spotlight',
]);

/** "Stream Title by Name on desktop and mobile…" → "Name" (SoundCloud's own description). */
function nameInDescription(page: Extraction): string | undefined {
  const d = page.description ?? '';
  const title = page.title ?? '';
  const after =
    title && d.startsWith(`Stream ${title} by `)
      ? d.slice(`Stream ${title} by `.length)
      : d.match(/^Stream .{1,300}? by (.+)$/)?.[1];
  return strip(after?.match(/^(.{1,100}?) on desktop and mobile\b/)?.[1]);
}

function user(page: Extraction, slug: string, name?: string): SiteAgent {
  const url = `https://soundcloud.com/${encodeURIComponent(slug)}`;
  const self = authorAt(page, url);
  return agent(SITE, 'channel', {
    name: self?.name ?? name ?? slug,
    url,
    handle: slug,
    image: self?.image,
    // SoundCloud announces a user's feed (feeds.soundcloud.com/users/soundcloud:users:ID/sounds.rss).
    feeds: announced(page, (u) => onHost(u, 'feeds.soundcloud.com') && /\/users\//.test(u.pathname)),
  });
}

/**
 * SoundCloud: a user's page (a channel, with the feed the page announces), their tracks
 * (audio: episodes made by the user) and their sets (playlists).
 */
export const soundcloud: SiteAdapter = {
  id: 'soundcloud',
  name: SITE,
  matches: (url) =>
    onHost(url, 'soundcloud.com') && !onHost(url, 'on.soundcloud.com', 'api.soundcloud.com', 'w.soundcloud.com'),
  read(url, page): SiteInfo | undefined {
    const [slug, second, third] = segments(url);
    if (!slug || NOT_A_USER(slug)) return undefined;
    if (!second || (TABS.has(second) && !third)) {
      const self = user(
        page,
        slug,
        strip(page.title, /^Stream\s+/, /\s+music \| Listen to songs.*$/i, /\s+\|\s+Listen.*$/i),
      );
      return {
        site: SITE,
        type: 'channel',
        kind: 'channel',
        subject: { ...self, ...(!self.image && page.image && { image: page.image }) },
      };
    }
    if (second === 'sets' && third) {
      return {
        site: SITE,
        type: 'playlist',
        kind: 'channel',
        subject: agent(SITE, 'channel', {
          name: page.title,
          url: `https://soundcloud.com/${encodeURIComponent(slug)}/sets/${encodeURIComponent(third)}`,
          image: page.image,
        }),
        creator: user(page, slug, nameInDescription(page)),
      };
    }
    if (TABS.has(second)) return undefined;
    return { site: SITE, type: 'episode', kind: 'podcast_episode', creator: user(page, slug, nameInDescription(page)) };
  },
};

// Test URLs:
// https://soundcloud.com/beautybrainsp
// https://soundcloud.com/beautybrainsp/beauty-brain-swag-bandicoot
// https://soundcloud.com/beautybrainsp/sets/favourites
