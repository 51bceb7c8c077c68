import type { Extraction } from '../extract/extraction';
import { agent, authorAt, nameInTitle, onHost, reserved, segments } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'X';
const HANDLE = /^\w{1,15}$/;
const NOT_A_HANDLE = reserved(
  'home explore notifications messages search settings i intent share hashtag compose login logout signup tos privacy ' +
    'jobs about download account lists communities premium bookmarks topics verified-choose',
);
const GENERIC_IMAGE = /abs\.twimg\.com\/.*\/og\/image\.png/;

function person(page: Extraction, handle: string): SiteAgent {
  const url = `https://x.com/${handle}`;
  // On a post the page's author has no address; the post's own address names them.
  const self = authorAt(page, url) ?? page.authors.find((a) => !a.url);
  return agent(SITE, 'person', {
    name: self?.name ?? nameInTitle(page.title) ?? `@${handle}`,
    url,
    handle: `@${handle}`,
    image: self?.image,
    sameAs: self?.sameAs,
  });
}

/** X (Twitter): profiles (x.com/handle and its tabs) and posts (x.com/handle/status/ID, by that handle). No feeds. */
export const x: SiteAdapter = {
  id: 'x',
  name: 'X (Twitter)',
  matches: (url) => onHost(url, 'x.com', 'twitter.com'),
  read(url, page): SiteInfo | undefined {
    const [handle, second, third] = segments(url);
    if (!handle || !HANDLE.test(handle) || NOT_A_HANDLE(handle)) return undefined;
    if ((second === 'status' || second === 'statuses') && third && /^\d+$/.test(third)) {
      return { site: SITE, type: 'post', kind: 'article', creator: person(page, handle) };
    }
    if (
      second &&
      !/^(?:with_replies|media|likes|highlights|articles|following|followers|verified_followers|photo|header_photo)$/.test(
        second,
      )
    )
      return undefined;
    const subject = person(page, handle);
    const image = subject.image ?? (page.image && !GENERIC_IMAGE.test(page.image) ? page.image : undefined);
    return { site: SITE, type: 'profile', kind: 'person', subject: { ...subject, ...(image && { image }) } };
  },
};

// Test URLs:
// https://x.com/kikobeats
// https://twitter.com/Kikobeats/status/880139124791029763
