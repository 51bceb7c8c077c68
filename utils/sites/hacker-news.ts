import { agent, onHost, param, segments } from './helpers';
import type { SiteAdapter, SiteInfo } from './types';

const SITE = 'Hacker News';
const ORIGIN = 'https://news.ycombinator.com';
const USER = /^[\w-]{2,15}$/;

/**
 * Hacker News: users (news.ycombinator.com/user?id=name, also their submitted, threads and
 * favorites) and items (item?id=N: a post, its author unknown to the page's metadata).
 * Hacker News has no per-user feed of its own.
 */
export const hackerNews: SiteAdapter = {
  id: 'hacker-news',
  name: SITE,
  matches: (url) => onHost(url, 'news.ycombinator.com'),
  read(url, page): SiteInfo | undefined {
    const path = segments(url)[0];
    const id = param(url, 'id');
    if (!id) return undefined;
    if (path === 'item' && /^\d+$/.test(id)) return { site: SITE, type: 'post', kind: 'article' };
    if (!/^(?:user|submitted|threads|favorites)$/.test(path ?? '') || !USER.test(id)) return undefined;
    const subject = agent(SITE, 'person', { name: id, url: `${ORIGIN}/user?id=${id}`, handle: id, image: page.image });
    return { site: SITE, type: 'profile', kind: 'person', subject };
  },
};

// Test URLs:
// https://news.ycombinator.com/user?id=pg
// https://news.ycombinator.com/item?id=1
