import type { Extraction } from '../extract/extraction';
import { agent, onHost, param, peopleOf, segments, strip } from './helpers';
import type { SiteAdapter, SiteInfo } from './types';

const SITE = 'Apple Podcasts';
const ON_APPLE = /\s+\S{1,12}\s+Apple Podcasts$/u;

/** An episode's title names its show first: "Show: Episode on Apple Podcasts" → "Show". */
function showInTitle(page: Extraction): string | undefined {
  const title = strip(page.title, ON_APPLE);
  const i = title?.indexOf(': ') ?? -1;
  return i > 0 ? title?.slice(0, i) : undefined;
}

/**
 * Apple Podcasts: shows (podcasts.apple.com/cc/podcast/slug/idN: a channel, with its hosts) and
 * episodes (the same address with ?i=, made by the show); publishers' channels as organizations.
 * Apple's pages do not give a show's RSS feed.
 */
export const applePodcasts: SiteAdapter = {
  id: 'apple-podcasts',
  name: SITE,
  matches: (url) => onHost(url, 'podcasts.apple.com'),
  read(url, page): SiteInfo | undefined {
    const parts = segments(url);
    const country = /^[a-z]{2}$/.test(parts[0] ?? '') ? parts.shift() : undefined;
    const id = parts.find((p) => /^id\d+$/.test(p));
    if (!id) return undefined;
    const base = `https://podcasts.apple.com/${country ? `${country}/` : ''}`;
    if (parts[0] === 'channel') {
      return {
        site: SITE,
        type: 'organization',
        kind: 'organization',
        subject: agent(SITE, 'organization', {
          name: strip(page.title, ON_APPLE),
          url: `${base}channel/${id}`,
          image: page.image,
        }),
      };
    }
    if (parts[0] !== 'podcast') return undefined;
    const showUrl = `${base}podcast/${id}`;
    const episode = param(url, 'i');
    const hosts = peopleOf(SITE, page.authors);
    if (episode && /^\d+$/.test(episode)) {
      const name = page.channel?.name ?? showInTitle(page);
      return {
        site: SITE,
        type: 'episode',
        kind: 'podcast_episode',
        creator: agent(SITE, 'channel', { name, url: showUrl, image: page.channel?.image }),
      };
    }
    const slug = parts.length === 3 ? `${encodeURIComponent(parts[1] ?? '')}/` : '';
    return {
      site: SITE,
      type: 'show',
      kind: 'channel',
      subject: agent(SITE, 'channel', {
        name: strip(page.title, ON_APPLE),
        url: `${base}podcast/${slug}${id}`,
        image: page.image,
        sameAs: [showUrl],
      }),
      ...(hosts.length && { creator: hosts[0], creators: hosts }),
    };
  },
};

// Test URLs:
// https://podcasts.apple.com/us/podcast/the-daily/id1200361736
// https://podcasts.apple.com/es/podcast/la-mol%C3%A9cula-que-falta/id1181714154?i=1000623871376
