import type { Extraction } from '../extract/extraction';
import { agent, authorAt, onHost, reserved, segments } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'DEV';
const ORIGIN = 'https://dev.to';
const NOT_A_USER = reserved(
  't tags search top latest settings enter new listings podcasts videos about faq code-of-conduct privacy terms contact ' +
    'dashboard notifications readinglist reading-list api feed pod sponsors shop signout_confirm users connect mod admin ' +
    'report-abuse badges series challenges',
);

function member(page: Extraction, user: string, onProfile: boolean): SiteAgent {
  const url = `${ORIGIN}/${user}`;
  const self = authorAt(page, url) ?? (onProfile ? authorAt(page, page.url) : undefined);
  // dev.to's organizations share the address shape; the page says which it is.
  const kind = onProfile && page.kind === 'organization' ? 'organization' : 'person';
  return agent(SITE, kind, {
    name: self?.name ?? (onProfile ? page.title?.replace(/\s+-\s+DEV Community$/, '') : undefined) ?? user,
    url,
    handle: `@${user}`,
    image: self?.image ?? (onProfile ? page.image : undefined),
    feeds: [{ url: `${ORIGIN}/feed/${user}`, type: 'rss' }],
    sameAs: self?.sameAs,
  });
}

/** dev.to: members (dev.to/user, with their feed) and their posts (dev.to/user/slug). */
export const devTo: SiteAdapter = {
  id: 'dev-to',
  name: 'DEV Community',
  matches: (url) => onHost(url, 'dev.to'),
  read(url, page): SiteInfo | undefined {
    const [user, slug, more] = segments(url);
    if (!user || NOT_A_USER(user) || !/^[\w-]{1,40}$/.test(user) || more) return undefined;
    if (slug) return { site: SITE, type: 'post', kind: 'article', creator: member(page, user, false) };
    const subject = member(page, user, true);
    return {
      site: SITE,
      type: subject.kind === 'organization' ? 'organization' : 'profile',
      kind: subject.kind,
      subject,
    };
  },
};

// Test URLs:
// https://dev.to/ben
// https://dev.to/ben/how-i-learn-in-public-1a2b
