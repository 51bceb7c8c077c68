import type { Extraction } from '../extract/extraction';
import { agent, authorAt, onHost, parseUrl, reserved, rss, segments } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'Vimeo';
const ORIGIN = 'https://vimeo.com';
const NOT_A_USER = reserved(
  'channels groups showcase album ondemand categories watch search features upload blog help log_in join about pricing ' +
    'enterprise create solutions stock partners site_map live explore manage settings home jobs privacy terms store ' +
    'professionals business premium plus pro starter standard advanced integrations for-hire event video',
);

const numeric = (s: string | undefined) => !!s && /^\d+$/.test(s);

/** A creator's address on Vimeo (vimeo.com/name, /channels/name, /groups/name), with its feed. */
function vimeoAgent(
  url: string | undefined,
): { url: string; handle: string; kind: 'channel' | 'community'; feed: string } | undefined {
  const u = parseUrl(url);
  if (!u || !onHost(u, 'vimeo.com') || onHost(u, 'player.vimeo.com')) return undefined;
  const [first, second] = segments(u);
  if ((first === 'channels' || first === 'groups') && second && !numeric(second)) {
    const path = `${first}/${encodeURIComponent(second)}`;
    return {
      url: `${ORIGIN}/${path}`,
      handle: second,
      kind: first === 'groups' ? 'community' : 'channel',
      feed: `${ORIGIN}/${path}/videos/rss`,
    };
  }
  if (first && !second && !numeric(first) && !NOT_A_USER(first)) {
    const path = encodeURIComponent(first);
    return { url: `${ORIGIN}/${path}`, handle: first, kind: 'channel', feed: `${ORIGIN}/${path}/videos/rss` };
  }
  return undefined;
}

/** The creator of a video: the page's channel, else its author on Vimeo. */
function creatorOf(page: Extraction): SiteAgent | undefined {
  const found = page.channel ?? page.authors.find((a) => vimeoAgent(a.url)) ?? page.authors[0];
  if (!found) return undefined;
  const at = vimeoAgent(found.url);
  return agent(SITE, 'channel', {
    name: found.name,
    url: at?.url ?? found.url,
    handle: at?.handle,
    image: found.image,
    feeds: at ? [rss(at.feed)] : [],
  });
}

/**
 * Vimeo: videos (vimeo.com/ID, player.vimeo.com/video/ID, /channels/name/ID, /groups/name/videos/ID)
 * made by their channel; creators (vimeo.com/name) and channels as channels, groups as communities,
 * each with its videos feed; showcases as playlists.
 */
export const vimeo: SiteAdapter = {
  id: 'vimeo',
  name: SITE,
  matches: (url) => onHost(url, 'vimeo.com'),
  read(url, page): SiteInfo | undefined {
    const parts = segments(url);
    const [first, second] = parts;
    if (onHost(url, 'player.vimeo.com')) {
      return first === 'video' && numeric(second)
        ? { site: SITE, type: 'video', kind: 'video', creator: creatorOf(page) }
        : undefined;
    }
    const showcase = (first === 'showcase' || first === 'album') && numeric(second);
    if (parts.some(numeric) && !(showcase && parts.length === 2)) {
      return { site: SITE, type: 'video', kind: 'video', creator: creatorOf(page) };
    }
    if (showcase) {
      return {
        site: SITE,
        type: 'playlist',
        kind: 'channel',
        subject: agent(SITE, 'channel', { name: page.title, url: `${ORIGIN}/showcase/${second}`, image: page.image }),
        creator: creatorOf({ ...page, channel: undefined }),
      };
    }
    const at = vimeoAgent(url.href);
    if (!at) return undefined;
    const self = authorAt(page, at.url) ?? authorAt(page, page.url);
    return {
      site: SITE,
      type: at.kind === 'community' ? 'community' : 'channel',
      kind: at.kind,
      subject: agent(SITE, at.kind, {
        name: self?.name ?? page.title,
        url: at.url,
        handle: at.handle,
        image: self?.image ?? page.image,
        feeds: [rss(at.feed)],
        sameAs: self?.sameAs,
      }),
    };
  },
};

// Test URLs:
// https://vimeo.com/311983548
// https://player.vimeo.com/video/311983548
// https://vimeo.com/vimeocuration
// https://vimeo.com/channels/staffpicks
// https://vimeo.com/groups/motion
