import { agent, param, segments, strip } from './helpers';
import type { SiteAdapter, SiteInfo } from './types';

const SITE = 'Google Scholar';

/** Google Scholar: author profiles (scholar.google.com, .co.uk, .de…: /citations?user=ID), on any of Google's country hosts. */
export const googleScholar: SiteAdapter = {
  id: 'google-scholar',
  name: SITE,
  matches: (url) => /^scholar\.google\.[a-z.]{2,7}$/.test(url.hostname.toLowerCase()),
  read(url, page): SiteInfo | undefined {
    const user = param(url, 'user');
    if (segments(url)[0] !== 'citations' || !user || !/^[\w-]{6,20}$/.test(user)) return undefined;
    return {
      site: SITE,
      type: 'profile',
      kind: 'person',
      subject: agent(SITE, 'person', {
        name: strip(page.title, /\s+-\s+Google\s+\S+$/),
        url: `https://scholar.google.com/citations?user=${user}`,
        handle: user,
        image: page.image,
      }),
    };
  },
};

// Test URLs:
// https://scholar.google.com/citations?user=JicYPdAAAAAJ&hl=en
// https://scholar.google.co.uk/citations?user=JicYPdAAAAAJ
