import type { Extraction } from '../extract/extraction';
import { agent, announced, authorAt, nameInTitle, onHost, rss, segments } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'Bluesky';
const ORIGIN = 'https://bsky.app';
const ACTOR = /^(?:did:[a-z]+:[\w.:%-]{1,200}|[a-z0-9][a-z0-9.-]{0,252}\.[a-z0-9-]{2,})$/i;

function person(page: Extraction, actor: string, post: boolean): SiteAgent {
  const url = `${ORIGIN}/profile/${actor}`;
  const self = authorAt(page, url);
  const did = actor.startsWith('did:');
  return agent(SITE, 'person', {
    name: self?.name ?? nameInTitle(page.title) ?? (did ? undefined : `@${actor}`),
    url,
    handle: did ? undefined : `@${actor}`,
    image: self?.image ?? (post ? undefined : page.image),
    // The page announces the feed by the account's DID (it outlives a handle); else by handle.
    feeds: [
      ...(post ? [] : announced(page, (u) => onHost(u, 'bsky.app') && /^\/profile\/[^/]+\/rss$/.test(u.pathname))),
      rss(`${url}/rss`),
    ].slice(0, 1),
    sameAs: self?.sameAs,
  });
}

/** Bluesky: profiles (bsky.app/profile/handle or DID, with their RSS) and posts (…/post/ID, by that profile). */
export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: SITE,
  matches: (url) => onHost(url, 'bsky.app'),
  read(url, page): SiteInfo | undefined {
    const [first, actor, third, fourth] = segments(url);
    if (first !== 'profile' || !actor || !ACTOR.test(actor)) return undefined;
    if (third === 'post' && fourth)
      return { site: SITE, type: 'post', kind: 'article', creator: person(page, actor, true) };
    if (third) return undefined;
    return { site: SITE, type: 'profile', kind: 'person', subject: person(page, actor, false) };
  },
};

// Test URLs:
// https://bsky.app/profile/stephenking.bsky.social
// https://bsky.app/profile/stephenking.bsky.social/post/3mddvy5bv6k27
