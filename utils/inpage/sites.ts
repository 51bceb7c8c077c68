/**
 * Sites where the person may turn on a small "Add to PLN" button beside a profile's or a
 * video's name. Each is off until enabled on the options page, which asks for that site's
 * host permission at that moment; nothing runs on a site that is not enabled.
 */
export interface InPageSite {
  /**
   * The id of the site's adapter in utils/sites (SITE_ADAPTERS): one site, one id, whether the
   * popup reads its pages or the button sits on them. utils/conventions.test.ts checks that the
   * adapter exists, has this name, and recognizes these origins.
   */
  id: string;
  name: string;
  /** Match patterns of the site's pages (also the host permissions asked for). */
  origins: string[];
  /** Where the button goes: after the first element matching one of these selectors. */
  anchors: string[];
}

export const IN_PAGE_SITES: readonly InPageSite[] = [
  {
    id: 'youtube',
    name: 'YouTube',
    origins: ['https://www.youtube.com/*'],
    anchors: [
      '#owner ytd-channel-name',
      'ytd-watch-metadata h1',
      '#channel-header #channel-name',
      'yt-page-header-renderer h1',
      'h1',
    ],
  },
  {
    id: 'x',
    name: 'X (Twitter)',
    origins: ['https://x.com/*', 'https://twitter.com/*'],
    anchors: ['[data-testid="UserName"]', '[data-testid="User-Name"]'],
  },
  {
    id: 'bluesky',
    name: 'Bluesky',
    origins: ['https://bsky.app/*'],
    anchors: ['[data-testid="profileHeaderDisplayName"]', 'h1'],
  },
  {
    id: 'github',
    name: 'GitHub',
    origins: ['https://github.com/*'],
    anchors: ['.vcard-names', '[itemprop="name"]', 'h1'],
  },
];

/** A local site for the browser tests (only in the e2e build). */
export const TEST_SITE: InPageSite = {
  id: 'test-site',
  name: 'Test site (127.0.0.1)',
  origins: ['http://127.0.0.1/*'],
  anchors: ['[data-pln-anchor]', 'h1'],
};

export function inPageSites(e2e: boolean = import.meta.env.MODE === 'e2e'): readonly InPageSite[] {
  return e2e ? [...IN_PAGE_SITES, TEST_SITE] : IN_PAGE_SITES;
}

/** Whether an address is on one of the site's origins (match patterns of the form scheme://host/*). */
export function onSite(site: InPageSite, url: string | undefined): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return site.origins.some((pattern) => {
    const m = /^(https?):\/\/([^/]+)\/\*$/.exec(pattern);
    return !!m && u.protocol === `${m[1]}:` && u.hostname === m[2];
  });
}

export function siteFor(url: string | undefined, sites: readonly InPageSite[] = inPageSites()): InPageSite | undefined {
  return sites.find((s) => onSite(s, url));
}
