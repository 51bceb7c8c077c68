import type { Extraction } from '../extract/extraction';
import { agent, authorAt, onHost, parseUrl, reserved, segments, strip } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'Twitch';
const NOT_A_CHANNEL = reserved(
  'directory videos settings p downloads jobs turbo subscriptions inventory wallet search login signup friends messages ' +
    'drops prime store products user broadcast moderator popout embed team collections legal',
);
const LOGIN = /^\w{2,25}$/;

const channelUrl = (login: string) => `https://www.twitch.tv/${login.toLowerCase()}`;

/** The Twitch channel named in an address (twitch.tv/login and its tabs, clips and videos). */
function loginIn(url: URL | undefined): string | undefined {
  if (!url || !onHost(url, 'twitch.tv') || onHost(url, 'clips.twitch.tv')) return undefined;
  const first = segments(url)[0];
  return first && LOGIN.test(first) && !NOT_A_CHANNEL(first) ? first : undefined;
}

function channel(page: Extraction, login: string | undefined): SiteAgent | undefined {
  const found =
    (login && authorAt(page, channelUrl(login))) || page.authors.find((a) => loginIn(parseUrl(a.url))) || undefined;
  const name = found?.name ?? login;
  const at = login ?? loginIn(parseUrl(found?.url));
  if (!name) return undefined;
  return agent(SITE, 'channel', { name, url: at ? channelUrl(at) : found?.url, handle: at, image: found?.image });
}

/**
 * Twitch: channels (twitch.tv/login and its tabs) and their clips and past broadcasts
 * (twitch.tv/login/clip/slug, clips.twitch.tv/slug, twitch.tv/videos/ID). Twitch has no feeds.
 */
export const twitch: SiteAdapter = {
  id: 'twitch',
  name: SITE,
  matches: (url) => onHost(url, 'twitch.tv'),
  read(url, page): SiteInfo | undefined {
    const [first, second, third] = segments(url);
    if (onHost(url, 'clips.twitch.tv')) {
      return first && first !== 'embed'
        ? { site: SITE, type: 'video', kind: 'video', creator: channel(page, undefined) }
        : undefined;
    }
    if (first === 'videos' && second)
      return { site: SITE, type: 'video', kind: 'video', creator: channel(page, undefined) };
    const login = loginIn(url);
    if (!login) return undefined;
    if ((second === 'clip' || second === 'video' || second === 'v') && third) {
      return { site: SITE, type: 'video', kind: 'video', creator: channel(page, login) };
    }
    const self = authorAt(page, channelUrl(login));
    return {
      site: SITE,
      type: 'channel',
      kind: 'channel',
      subject: agent(SITE, 'channel', {
        name: self?.name ?? strip(page.title, /\s+-\s+Twitch$/i) ?? login,
        url: channelUrl(login),
        handle: login,
        image: self?.image ?? page.image,
      }),
    };
  },
};

// Test URLs:
// https://www.twitch.tv/bobross
// https://www.twitch.tv/bobross/clip/SomeClipSlug
// https://clips.twitch.tv/GorgeousFunnyNeanderthalBIRB
// https://www.twitch.tv/videos/123456789
