import type { Extraction } from '../extract/extraction';
import { agent, authorAt, nameInTitle, onHost, segments, strip } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'TikTok';

function person(page: Extraction, user: string, titleName: boolean): SiteAgent {
  const url = `https://www.tiktok.com/@${encodeURIComponent(user)}`;
  const self = authorAt(page, url);
  // A video page's title names its creator ("Ada on TikTok"); a profile's is "Ada (@ada) | TikTok".
  const fromTitle = titleName
    ? (nameInTitle(page.title) ?? strip(page.title?.match(/^(.{1,100}) on TikTok$/)?.[1]))
    : undefined;
  return agent(SITE, 'person', {
    name: self?.name ?? fromTitle ?? `@${user}`,
    url,
    handle: `@${user}`,
    image: self?.image,
    sameAs: self?.sameAs,
  });
}

/** TikTok: profiles (tiktok.com/@user) and their videos and photo posts. TikTok has no feeds. */
export const tiktok: SiteAdapter = {
  id: 'tiktok',
  name: SITE,
  matches: (url) => onHost(url, 'tiktok.com'),
  read(url, page): SiteInfo | undefined {
    const [first, second, third] = segments(url);
    if (!first?.startsWith('@') || first.length < 2) return undefined;
    const user = first.slice(1);
    if ((second === 'video' || second === 'photo') && third) {
      return {
        site: SITE,
        type: second === 'video' ? 'video' : 'post',
        kind: second === 'video' ? 'video' : 'article',
        creator: person(page, user, true),
      };
    }
    if (second) return undefined;
    const subject = person(page, user, true);
    return {
      site: SITE,
      type: 'profile',
      kind: 'person',
      subject: { ...subject, ...(!subject.image && page.image && { image: page.image }) },
    };
  },
};

// Test URLs:
// https://www.tiktok.com/@illojuan
// https://www.tiktok.com/@illojuan/video/7571863205253778710
