import type { Extraction } from '../extract/extraction';
import { agent, authorAt, onHost, parseUrl, segments, strip } from './helpers';
import type { SiteAdapter, SiteAgent, SiteInfo } from './types';

const SITE = 'LinkedIn';
const ORIGIN = 'https://www.linkedin.com';
const SUFFIX = /\s+[|–-]\s+LinkedIn$/i;
const ORGS = new Set(['company', 'school', 'showcase']);

/** A person's or an organization's address on LinkedIn, whatever the regional host (uk.linkedin.com). */
function profileIn(url: URL | undefined): { kind: 'person' | 'organization'; url: string; slug: string } | undefined {
  if (!url || !onHost(url, 'linkedin.com')) return undefined;
  const [first, slug] = segments(url);
  if (!first || !slug) return undefined;
  const path = `${first}/${encodeURIComponent(slug)}`;
  if (first === 'in' || first === 'pub')
    return { kind: 'person', url: `${ORIGIN}/in/${encodeURIComponent(slug)}`, slug };
  if (ORGS.has(first)) return { kind: 'organization', url: `${ORIGIN}/${path}`, slug };
  return undefined;
}

/** The author of an article or a post, when the page names them (with their /in/ address if given). */
function authorOf(page: Extraction): SiteAgent | undefined {
  const a = page.authors[0];
  if (!a) return undefined;
  const at = profileIn(parseUrl(a.url));
  return agent(SITE, at?.kind ?? 'person', {
    name: a.name,
    url: at?.url ?? a.url,
    handle: at?.slug,
    image: a.image,
    sameAs: a.sameAs,
  });
}

/**
 * LinkedIn: people (/in/slug), companies, schools and showcase pages (organizations), groups
 * (communities), newsletters, events, and articles and posts (/pulse/…, /posts/…) by the author
 * the page names. A numeric company address takes its name from the canonical one. No feeds.
 */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: SITE,
  matches: (url) => onHost(url, 'linkedin.com'),
  read(url, page): SiteInfo | undefined {
    const [first, second] = segments(url);
    if (!first || !second) return undefined;
    if (first === 'pulse' || first === 'posts' || first === 'feed') {
      return { site: SITE, type: 'post', kind: 'article', creator: authorOf(page) };
    }
    if (first === 'groups') {
      return {
        site: SITE,
        type: 'community',
        kind: 'community',
        subject: agent(SITE, 'community', {
          name: strip(page.title, SUFFIX),
          url: `${ORIGIN}/groups/${encodeURIComponent(second)}`,
          image: page.image,
        }),
      };
    }
    if (first === 'newsletters') {
      return {
        site: SITE,
        type: 'publication',
        kind: 'publication',
        subject: agent(SITE, 'publication', {
          name: strip(page.title, SUFFIX),
          url: `${ORIGIN}/newsletters/${encodeURIComponent(second)}`,
          image: page.image,
        }),
      };
    }
    if (first === 'events') return { site: SITE, type: 'event', kind: 'event' };
    const here = profileIn(url);
    if (!here) return undefined;
    // /company/10529043 is canonically /company/audiense.
    const canonical = profileIn(parseUrl(page.url));
    const at = canonical?.kind === here.kind && /^\d+$/.test(here.slug) ? canonical : here;
    const self = authorAt(page, at.url) ?? authorAt(page, page.url);
    // "Ada Lovelace - Analyst - Engines Ltd | LinkedIn": the name comes first.
    const title = strip(page.title, SUFFIX);
    const name = self?.name ?? (at.kind === 'person' ? title?.split(/\s+[–-]\s+/)[0] : title);
    return {
      site: SITE,
      type: at.kind === 'person' ? 'profile' : 'organization',
      kind: at.kind,
      subject: agent(SITE, at.kind, {
        name,
        url: at.url,
        handle: at.slug,
        image: self?.image ?? page.image,
        sameAs: [here.url, ...(self?.sameAs ?? [])],
      }),
    };
  },
};

// Test URLs:
// https://www.linkedin.com/in/ada-lovelace
// https://uk.linkedin.com/company/audiense
// https://www.linkedin.com/company/10529043/
// https://www.linkedin.com/pulse/how-can-ai-change-financial-services-consolidation-finai-ramya-joseph
