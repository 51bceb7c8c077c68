import type { Extraction } from '../extract/extraction';
import { agent, onHost, reserved, segments } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'Telegram';
const NAME = /^[A-Za-z]\w{3,31}$/;
const NOT_A_NAME = reserved(
  'joinchat addstickers addemoji addtheme share proxy socks iv login setlanguage confirmphone c k a z',
);

/** A public channel (or group, or account: t.me does not tell them apart) at t.me/name. */
function channel(page: Extraction, name: string, post: boolean): SiteAgent {
  // t.me titles a channel's page, and each of its posts, with the channel's name.
  const title = page.authors[0]?.name ?? page.title?.replace(/^Telegram: (?:Contact|View|Join Group Chat with) /, '');
  return agent(SITE, 'channel', {
    name: title ?? `@${name}`,
    url: `https://t.me/${name}`,
    handle: `@${name}`,
    image: post ? undefined : page.image,
  });
}

/**
 * Telegram: public channels (t.me/name, t.me/s/name) and their posts (t.me/name/ID, made by the
 * channel); invite links (t.me/+code, t.me/joinchat/code) as communities. Telegram has no feeds.
 */
export const telegram: SiteAdapter = {
  id: 'telegram',
  name: SITE,
  matches: (url) => onHost(url, 't.me', 'telegram.me', 'telegram.dog'),
  read(url, page): SiteInfo | undefined {
    const parts = segments(url);
    if (parts[0] === 's') parts.shift();
    const [name, post] = parts;
    if (!name) return undefined;
    if (name.startsWith('+') || (name === 'joinchat' && post)) {
      return {
        site: SITE,
        type: 'community',
        kind: 'community',
        subject: agent(SITE, 'community', { name: page.title, url: url.origin + url.pathname, image: page.image }),
      };
    }
    if (!NAME.test(name) || NOT_A_NAME(name)) return undefined;
    if (post && /^\d+$/.test(post))
      return { site: SITE, type: 'post', kind: 'article', creator: channel(page, name, true) };
    if (post) return undefined;
    return { site: SITE, type: 'channel', kind: 'channel', subject: channel(page, name, false) };
  },
};

// Test URLs:
// https://t.me/teslahunt
// https://t.me/s/teslahunt
// https://t.me/teslahunt/15513
