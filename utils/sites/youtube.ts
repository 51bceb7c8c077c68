import type { Extraction } from '../extract/extraction';
import { agent, announced, authorAt, feedsOf, onHost, param, parseUrl, rss, segments } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'YouTube';
const ORIGIN = 'https://www.youtube.com';
const FEEDS = `${ORIGIN}/feeds/videos.xml`;
const VIDEO_PATHS = new Set(['shorts', 'live', 'embed', 'v', 'e']);
const CHANNEL_ID = /^UC[\w-]{22}$/;

interface ChannelPath {
  /** The channel's address as YouTube shows it: /@handle, /channel/ID, /c/name or /user/name. */
  url: string;
  handle?: string;
  id?: string;
  user?: string;
}

/** The channel a /@handle, /channel/ID, /c/name or /user/name address (and its tabs) stands for. */
function channelPath(url: URL | undefined): ChannelPath | undefined {
  if (!url || !onHost(url, 'youtube.com')) return undefined;
  const [first, second, ...rest] = segments(url);
  if (first?.startsWith('@') && first.length > 1 && rest.length === 0) {
    return { url: `${ORIGIN}/${encodeURIComponent(first).replace(/^%40/, '@')}`, handle: first };
  }
  if (!second || rest.length > 1) return undefined;
  const name = encodeURIComponent(second);
  if (first === 'channel' && CHANNEL_ID.test(second)) return { url: `${ORIGIN}/channel/${second}`, id: second };
  if (first === 'c') return { url: `${ORIGIN}/c/${name}` };
  if (first === 'user') return { url: `${ORIGIN}/user/${name}`, user: second };
  return undefined;
}

/** The id of a channel from the page's canonical address or its announced feed. */
function channelIdOf(page: Extraction): string | undefined {
  const fromUrl = channelPath(parseUrl(page.url))?.id;
  if (fromUrl) return fromUrl;
  for (const f of page.feeds) {
    const id = parseUrl(f.url)?.searchParams.get('channel_id');
    if (id && CHANNEL_ID.test(id)) return id;
  }
  return undefined;
}

function channelFeeds(path: ChannelPath, id: string | undefined) {
  if (id) return [rss(`${FEEDS}?channel_id=${id}`)];
  return path.user ? [rss(`${FEEDS}?user=${encodeURIComponent(path.user)}`)] : [];
}

/** The channel a video belongs to: the page's channel, else an author at a channel address. */
function channelOf(page: Extraction): SiteAgent | undefined {
  const found =
    (page.channel && channelPath(parseUrl(page.channel.url)) ? page.channel : undefined) ??
    page.authors.find((a) => channelPath(parseUrl(a.url))) ??
    page.channel;
  if (!found) return undefined;
  const path = channelPath(parseUrl(found.url));
  return agent(SITE, 'channel', {
    name: found.name,
    url: path?.url ?? found.url,
    handle: path?.handle,
    image: found.image,
    feeds: path ? channelFeeds(path, path.id) : [],
  });
}

function videoId(url: URL): string | undefined {
  if (onHost(url, 'youtu.be')) return segments(url)[0];
  const [first, second] = segments(url);
  if (first === 'watch') return param(url, 'v');
  return first && VIDEO_PATHS.has(first) ? second : undefined;
}

/**
 * YouTube: videos (watch, youtu.be, shorts, live, embed) and their channel; channels (/@handle,
 * /channel/ID, /c/name, /user/name and their tabs) with the channel's feed when its id is known
 * (from the address, the canonical address or the feed the page announces); playlists with theirs.
 * A watch page's channel comes from the video's own author markup, never from the comments.
 */
export const youtube: SiteAdapter = {
  id: 'youtube',
  name: SITE,
  matches: (url) => onHost(url, 'youtube.com', 'youtu.be', 'youtube-nocookie.com'),
  read(url, page): SiteInfo | undefined {
    if (videoId(url)) return { site: SITE, type: 'video', kind: 'video', creator: channelOf(page) };

    const list = param(url, 'list');
    if (segments(url)[0] === 'playlist' && list && /^[\w-]+$/.test(list)) {
      const owner = page.authors.find((a) => channelPath(parseUrl(a.url)));
      return {
        site: SITE,
        type: 'playlist',
        kind: 'channel',
        subject: agent(SITE, 'channel', {
          name: page.title,
          url: `${ORIGIN}/playlist?list=${list}`,
          image: page.image,
          feeds: [rss(`${FEEDS}?playlist_id=${list}`)],
        }),
        ...(owner && { creator: channelOf({ ...page, channel: undefined, authors: [owner] }) }),
      };
    }

    const path = channelPath(url);
    if (!path) return undefined;
    const id = path.id ?? channelIdOf(page);
    const canonical = id ? `${ORIGIN}/channel/${id}` : undefined;
    const self = authorAt(page, path.url) ?? authorAt(page, canonical) ?? authorAt(page, page.url);
    return {
      site: SITE,
      type: 'channel',
      kind: 'channel',
      subject: agent(SITE, 'channel', {
        name: self?.name ?? page.title,
        url: path.url,
        handle: path.handle,
        image: self?.image ?? page.image,
        feeds: feedsOf(
          channelFeeds(path, id),
          announced(page, (u) => u.href.startsWith(FEEDS)),
        ),
        sameAs: [canonical, ...(self?.sameAs ?? [])],
      }),
    };
  },
};

// Test URLs:
// https://www.youtube.com/watch?v=fJ9rUzIMcZQ
// https://youtu.be/fJ9rUzIMcZQ
// https://www.youtube.com/shorts/abcdefghijk
// https://www.youtube.com/@Queen/videos
// https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA
// https://www.youtube.com/playlist?list=PLDB4BCE9817AE7B43
