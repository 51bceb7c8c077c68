import type { Extraction } from '../extract/extraction';
import { agent, onHost, peopleOf, segments } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'Spotify';
const ORIGIN = 'https://open.spotify.com';
const ID = /^[A-Za-z0-9]{10,40}$/;

/** The show an episode belongs to: the page's show, else the one its description names. */
function showOf(page: Extraction): SiteAgent | undefined {
  const named = page.description?.match(/^Listen to this episode from (.{1,200}?) on Spotify\b/)?.[1];
  const show = page.channel ?? (named ? { name: named, url: undefined, image: undefined } : undefined);
  if (!show) return undefined;
  const url = show.url && /\/show\//.test(show.url) ? show.url : undefined;
  return agent(SITE, 'channel', { name: show.name, url, image: show.image });
}

/**
 * Spotify: shows (a channel, hosted by the page's authors), their episodes (made by the show),
 * artists and users (profiles) and playlists. Spotify publishes no feeds.
 */
export const spotify: SiteAdapter = {
  id: 'spotify',
  name: SITE,
  matches: (url) => onHost(url, 'open.spotify.com'),
  read(url, page): SiteInfo | undefined {
    const parts = segments(url);
    // Localized addresses: open.spotify.com/intl-es/show/ID.
    const [type, id] = parts[0]?.startsWith('intl-') ? parts.slice(1) : parts;
    if (!type || !id || (type !== 'user' && !ID.test(id))) return undefined;
    const address = `${ORIGIN}/${type}/${encodeURIComponent(id)}`;
    const hosts = peopleOf(SITE, page.authors);
    switch (type) {
      case 'show':
        return {
          site: SITE,
          type: 'show',
          kind: 'channel',
          subject: agent(SITE, 'channel', { name: page.title, url: address, image: page.image }),
          ...(hosts.length && { creator: hosts[0], creators: hosts }),
        };
      case 'episode':
        return { site: SITE, type: 'episode', kind: 'podcast_episode', creator: showOf(page) };
      case 'artist':
      case 'user':
        return {
          site: SITE,
          type: 'profile',
          kind: 'person',
          subject: agent(SITE, 'person', { name: page.title, url: address, image: page.image }),
        };
      case 'playlist':
        return {
          site: SITE,
          type: 'playlist',
          kind: 'channel',
          subject: agent(SITE, 'channel', { name: page.title, url: address, image: page.image }),
        };
      default:
        return undefined;
    }
  },
};

// Test URLs:
// https://open.spotify.com/show/4kYCRYJ3yK5DQbP5tbfZby
// https://open.spotify.com/episode/64TORH3xleuD1wcnFsrH1E
// https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF
