import type { Extraction } from '../extract/extraction';
import { agent, announced, authorAt, nameInTitle, segments } from './helpers';
import { hostOf } from '../url/host';
import type { SiteAdapter, SiteInfo } from './types';

const SITE = 'Mastodon';
const USER = /^[\w.-]{1,64}(?:@[\w.-]{1,253})?$/;

interface Account {
  user: string;
  /** The instance the account lives on, when the address names another one (/@ada@other.example). */
  remote?: string;
  post: boolean;
}

/** /@user, /@user/ID, /@user@other.host, /users/user, /users/user/statuses/ID. */
function account(url: URL): Account | undefined {
  const [first, second, third, fourth, ...rest] = segments(url);
  const id = (s: string | undefined) => !!s && /^\d{1,20}$/.test(s);
  let name: string | undefined;
  let post = false;
  if (first?.startsWith('@') && !third && (!second || id(second))) {
    name = first.slice(1);
    post = !!second;
  } else if (first === 'users' && !rest.length && (!third || (third === 'statuses' && id(fourth)))) {
    name = second;
    post = !!third;
  }
  if (!name || !USER.test(name)) return undefined;
  const [user = name, remote] = name.split('@');
  return { user, ...(remote && { remote }), post };
}

/** The account's handle as Mastodon writes it in titles: "Ada (@ada@example.social)". */
function handleInPage(page: Extraction, user: string): string | undefined {
  const re = new RegExp(`@${user.replace(/[.-]/g, '\\$&')}@([\\w.-]+\\.[a-z]{2,})`, 'i');
  for (const text of [page.title, ...page.authors.map((a) => a.name)]) {
    const m = text?.match(re);
    if (m) return `@${user}@${m[1]}`;
  }
  return undefined;
}

/**
 * Mastodon, on any instance: profiles (/@user, /users/user) and posts (/@user/ID). No list of
 * instances: an address of that shape counts when the page shows it is Mastodon's, by the
 * account's feed (/@user.rss, which Mastodon announces on profiles) or by the "Name
 * (@user@instance)" title Mastodon gives profiles and posts. The handle is the full
 * @user@instance; the feed is the account's RSS on its own instance.
 */
export const mastodon: SiteAdapter = {
  id: 'mastodon',
  name: SITE,
  matches: (url) => account(url) !== undefined,
  read(url, page): SiteInfo | undefined {
    const acct = account(url);
    if (!acct) return undefined;
    const { user, remote, post } = acct;
    const origin = remote ? `https://${remote}` : url.origin;
    const profileUrl = `${origin}/@${user}`;
    const feeds = announced(
      page,
      (u) => u.origin === origin && (u.pathname === `/@${user}.rss` || u.pathname === `/users/${user}.rss`),
    );
    const handle = handleInPage(page, user);
    if (!feeds.length && !handle) return undefined;
    const local = url.origin === origin ? `${url.origin}/@${user}` : undefined;
    const self = authorAt(page, profileUrl) ?? authorAt(page, local) ?? (post ? undefined : authorAt(page, page.url));
    const person = agent(SITE, 'person', {
      name: self?.name ?? nameInTitle(page.title) ?? `@${user}`,
      url: profileUrl,
      handle: handle ?? `@${user}@${remote ?? hostOf(url)}`,
      image: self?.image ?? (post ? undefined : page.image),
      // Mastodon serves every local account's posts as RSS at /@user.rss.
      feeds: feeds.length ? feeds : [{ url: `${profileUrl}.rss`, type: 'rss' }],
      sameAs: self?.sameAs,
    });
    return post
      ? { site: SITE, type: 'post', kind: 'article', creator: person }
      : { site: SITE, type: 'profile', kind: 'person', subject: person };
  },
};

// Test URLs:
// https://mastodon.social/@Gargron
// https://mastodon.social/@Gargron/109318821117356215
// https://fosstodon.org/users/ada
// https://mastodon.social/@ada@example.social
