import type { Extraction } from '../extract/extraction';
import { applePodcasts } from './apple-podcasts';
import { arxiv } from './arxiv';
import { bluesky } from './bluesky';
import { coursera } from './coursera';
import { devTo } from './dev-to';
import { discord } from './discord';
import { edx } from './edx';
import { eventbrite } from './eventbrite';
import { github } from './github';
import { googleScholar } from './google-scholar';
import { hackerNews } from './hacker-news';
import { parseUrl } from './helpers';
import { khanAcademy } from './khan-academy';
import { linkedin } from './linkedin';
import { luma } from './luma';
import { mastodon } from './mastodon';
import { medium } from './medium';
import { meetup } from './meetup';
import { orcid } from './orcid';
import { personalSite } from './personal-site';
import { reddit } from './reddit';
import { soundcloud } from './soundcloud';
import { spotify } from './spotify';
import { stackExchange } from './stack-exchange';
import { substack } from './substack';
import { ted } from './ted';
import { telegram } from './telegram';
import { threads } from './threads';
import { tiktok } from './tiktok';
import { twitch } from './twitch';
import { udemy } from './udemy';
import { vimeo } from './vimeo';
import { x } from './x';
import { youtube } from './youtube';
import type { SiteAdapter, SiteInfo } from './types';

export type { PageType, SiteAdapter, SiteAgent, SiteInfo } from './types';

/**
 * Every platform the extension knows, in the order they are asked. Platforms on their own
 * domains come first; then those that also live on other domains and tell from the page
 * (Medium, Substack, Mastodon on any instance); a person's own site last.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  youtube,
  vimeo,
  twitch,
  tiktok,
  spotify,
  applePodcasts,
  soundcloud,
  x,
  bluesky,
  linkedin,
  threads,
  reddit,
  hackerNews,
  stackExchange,
  telegram,
  discord,
  devTo,
  github,
  coursera,
  edx,
  khanAcademy,
  udemy,
  ted,
  arxiv,
  orcid,
  googleScholar,
  meetup,
  eventbrite,
  luma,
  medium,
  substack,
  mastodon,
  personalSite,
];

/**
 * What the page is on its platform, from the first adapter that matches and reads it. Each
 * adapter tries the tab's address (`pageUrl`, else the one the page reported), then the page's
 * canonical one: the tab's wins, and a canonical address only helps when the tab's is not the
 * platform's (a custom domain, a short link). An adapter that throws is skipped: a platform
 * changing its pages never breaks the popup.
 */
export function recognizeSite(
  pageUrl: string | undefined,
  page: Extraction,
  adapters: readonly SiteAdapter[] = SITE_ADAPTERS,
): SiteInfo | undefined {
  const urls = [pageUrl, page.pageUrl, page.url]
    .map(parseUrl)
    .filter((u, i, all): u is URL => !!u && all.findIndex((v) => v?.href === u.href) === i);
  for (const adapter of adapters) {
    for (const url of urls) {
      try {
        if (!adapter.matches(url)) continue;
        const info = adapter.read(url, page);
        if (info) return info;
      } catch {
        // An adapter's bug is that adapter's: the next one may still know the page.
      }
    }
  }
  return undefined;
}
