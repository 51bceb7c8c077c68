import { agent, authorAt, onHost, segments, strip } from './helpers';
import type { SiteAdapter, SiteInfo } from './types';

const SITE = 'ORCID';
const ID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/** ORCID: a researcher's record (orcid.org/0000-0002-1825-0097), the iD as handle. ORCID has no feeds. */
export const orcid: SiteAdapter = {
  id: 'orcid',
  name: SITE,
  matches: (url) => onHost(url, 'orcid.org') && !onHost(url, 'info.orcid.org', 'pub.orcid.org', 'api.orcid.org'),
  read(url, page): SiteInfo | undefined {
    const id = segments(url).find((s) => ID.test(s));
    if (!id) return undefined;
    const address = `https://orcid.org/${id}`;
    const self = authorAt(page, address);
    // "Josiah Carberry (0000-0002-1825-0097) - ORCID"
    const name = self?.name ?? strip(page.title, /\s+[-|]\s+ORCID.*$/i, new RegExp(`\\s*\\(${id}\\)`), /^ORCID$/i);
    return {
      site: SITE,
      type: 'profile',
      kind: 'person',
      subject: agent(SITE, 'person', { name, url: address, handle: id, image: self?.image, sameAs: self?.sameAs }),
    };
  },
};

// Test URLs:
// https://orcid.org/0000-0002-1825-0097
