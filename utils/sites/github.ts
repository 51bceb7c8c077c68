import type { Extraction } from '../extract/extraction';
import { agent, announced, atom, authorAt, onHost, reserved, sameAddress, segments, strip } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'GitHub';
const ORIGIN = 'https://github.com';
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NOT_A_LOGIN = reserved(
  'settings orgs topics explore marketplace features pricing login join signup about sponsors notifications pulls issues ' +
    'search trending collections enterprise enterprises codespaces security new organizations apps site customer-stories readme team ' +
    'events dashboard stars watching copilot contact git-guides resources solutions partners home logout session sessions ' +
    'password_reset account users nonprofit education mobile premium-support why-github sitemap open-source github-copilot ' +
    'marketplace_listing discussions advisories repositories',
);

/** "torvalds (Linus Torvalds)" → "Linus Torvalds": GitHub's title for a person's profile. */
function personName(page: Extraction, login: string): string | undefined {
  const re = new RegExp(`^${login}\\s+\\((.{1,100})\\)`, 'i');
  for (const t of [page.title, ...page.authors.map((a) => a.name)]) {
    const m = t?.match(re)?.[1];
    if (m) return m;
  }
  return undefined;
}

/**
 * Whether a profile is an organization's. GitHub marks both with og:type "profile"; the page says
 * "organization" through its structured data (kind), or the address does (/orgs/name).
 */
const isOrganization = (page: Extraction, orgPath: boolean) => orgPath || page.kind === 'organization';

function owner(page: Extraction, login: string, kind: 'person' | 'organization', profile: boolean): SiteAgent {
  const url = `${ORIGIN}/${login}`;
  const self = authorAt(page, url) ?? (profile ? authorAt(page, page.url) : undefined);
  const title = profile ? strip(page.title, /\s+·\s+GitHub$/, /\s+-\s+Overview$/) : undefined;
  const name =
    personName(page, login) ??
    (self?.name && !/\s-\sOverview$/.test(self.name) ? self.name : undefined) ??
    title ??
    login;
  return agent(SITE, kind, {
    name: name.toLowerCase() === `${login} - overview` ? login : name,
    url,
    handle: login,
    image: self?.image ?? (profile ? page.image : undefined),
    // A person's public activity; organizations have no such feed.
    feeds:
      kind === 'person'
        ? [
            ...(profile ? announced(page, (u) => u.pathname.toLowerCase() === `/${login.toLowerCase()}.atom`) : []),
            atom(`${url}.atom`),
          ].slice(0, 1)
        : [],
    sameAs: self?.sameAs,
  });
}

/**
 * GitHub: people and organizations (github.com/login, github.com/orgs/login) and repositories
 * (github.com/owner/repo and its code pages: a community, made by the owner). Issues, pull
 * requests and discussions are posts whose author the page metadata does not give, so they have
 * no creator. A repository's owner is a person unless the page credits it as an organization
 * (the extractor reads the owner link GitHub marks as an organization's).
 */
export const github: SiteAdapter = {
  id: 'github',
  name: SITE,
  matches: (url) => onHost(url, 'github.com') && !onHost(url, 'gist.github.com', 'docs.github.com', 'api.github.com'),
  read(url, page): SiteInfo | undefined {
    const parts = segments(url);
    const orgPath = parts[0] === 'orgs';
    const [login, repo, section] = orgPath ? parts.slice(1) : parts;
    if (!login || !LOGIN.test(login) || (!orgPath && NOT_A_LOGIN(login))) return undefined;
    if (orgPath || !repo) {
      const kind = isOrganization(page, orgPath) ? 'organization' : 'person';
      return {
        site: SITE,
        type: kind === 'organization' ? 'organization' : 'profile',
        kind,
        subject: owner(page, login, kind, true),
      };
    }
    if (!/^[\w.-]{1,100}$/.test(repo)) return undefined;
    if (section && /^(?:issues|pull|pulls|discussions)$/.test(section) && parts[3])
      return { site: SITE, type: 'post', kind: 'article' };
    const org = page.organizations.some((o) => sameAddress(o.url, `${ORIGIN}/${login}`));
    return {
      site: SITE,
      type: 'repository',
      kind: 'community',
      creator: owner(page, login, org ? 'organization' : 'person', false),
    };
  },
};

// Test URLs:
// https://github.com/torvalds
// https://github.com/orgs/microlinkhq/repositories
// https://github.com/microlinkhq/mql
