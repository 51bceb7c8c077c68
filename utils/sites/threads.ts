import type { Extraction } from '../extract/extraction';
import { agent, authorAt, nameInTitle, onHost, segments } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'Threads';

function person(page: Extraction, user: string, post: boolean): SiteAgent {
  const url = `https://www.threads.net/@${user}`;
  const self = authorAt(page, url) ?? authorAt(page, `https://www.threads.com/@${user}`);
  return agent(SITE, 'person', {
    name: self?.name ?? nameInTitle(page.title) ?? `@${user}`,
    url,
    handle: `@${user}`,
    image: self?.image ?? (post ? undefined : page.image),
    sameAs: self?.sameAs,
  });
}

/** Threads: profiles (threads.net/@user, threads.com/@user) and posts (…/@user/post/ID). No feeds. */
export const threads: SiteAdapter = {
  id: 'threads',
  name: SITE,
  matches: (url) => onHost(url, 'threads.net', 'threads.com'),
  read(url, page): SiteInfo | undefined {
    const [first, second, third] = segments(url);
    if (!first?.startsWith('@') || !/^@[\w.]{1,30}$/.test(first)) return undefined;
    const user = first.slice(1);
    if (second === 'post' && third)
      return { site: SITE, type: 'post', kind: 'article', creator: person(page, user, true) };
    if (second) return undefined;
    return { site: SITE, type: 'profile', kind: 'person', subject: person(page, user, false) };
  },
};

// Test URLs:
// https://www.threads.net/@zuck
// https://www.threads.net/@zuck/post/C1a2b3c4d5e
