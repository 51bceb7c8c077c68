import { agent, onHost, peopleOf, reserved, segments, strip } from './helpers';
import type { SiteAdapter, SiteInfo } from './types';

const SITE = 'Khan Academy';
const ORIGIN = 'https://www.khanacademy.org';
const NOT_CONTENT = reserved(
  'login signup about donate settings search careers contribute teacher parent district coach profile mission join kids khan-labs',
);

const organization = () => agent(SITE, 'organization', { name: SITE, url: `${ORIGIN}/` });

/**
 * Khan Academy: videos (…/v/slug), articles (…/a/slug), courses and units (the subject paths:
 * /math/algebra…), made by the people the page names or else by Khan Academy; profiles (/profile/name).
 */
export const khanAcademy: SiteAdapter = {
  id: 'khan-academy',
  name: SITE,
  matches: (url) => onHost(url, 'khanacademy.org'),
  read(url, page): SiteInfo | undefined {
    const parts = segments(url);
    const [first, second] = parts;
    if (!first) return undefined;
    if (first === 'profile' && second) {
      return {
        site: SITE,
        type: 'profile',
        kind: 'person',
        subject: agent(SITE, 'person', {
          name: strip(page.title, /\s+\|\s+Khan Academy$/i) ?? second,
          url: `${ORIGIN}/profile/${encodeURIComponent(second)}`,
          handle: second,
          image: page.image,
        }),
      };
    }
    if (NOT_CONTENT(first) || !second) return undefined;
    const people = peopleOf(SITE, page.authors);
    const made = people[0] ? { creator: people[0], creators: people } : { creator: organization() };
    const marker = parts.slice(1).find((p) => p === 'v' || p === 'a');
    if (marker === 'v') return { site: SITE, type: 'video', kind: 'video', ...made };
    if (marker === 'a') return { site: SITE, type: 'post', kind: 'article', ...made };
    return { site: SITE, type: 'course', kind: 'course', ...made };
  },
};

// Test URLs:
// https://www.khanacademy.org/math/algebra
// https://www.khanacademy.org/math/algebra/x2f8bb11595b61c86:foundation-algebra/v/the-beauty-of-algebra
// https://www.khanacademy.org/profile/ada
