import { buildCandidates, type Candidate, type CandidateRole } from '../extract/candidates';
import type { Extraction } from '../extract/extraction';
import type { Kind } from '../model/vocabulary';
import { feedsOf, parseUrl, sameAddress } from './helpers';
import { recognizeSite } from './index';
import type { SiteAgent, SiteInfo } from './types';
import { nameKey } from '../text';

/** A person is an author; a channel or a show is a channel; a group, an organization or a publication is a publication. */
const roleFor = (kind: Kind): CandidateRole =>
  kind === 'person' ? 'author' : kind === 'channel' ? 'channel' : 'publication';

/** Whether a candidate stands for the same agent: same address (or one of its others), or same name. */
function same(c: Candidate, a: SiteAgent): boolean {
  const addresses = [a.url, ...(a.sameAs ?? [])].filter(Boolean);
  if (addresses.some((u) => sameAddress(c.url, u) || c.sameAs.some((s) => sameAddress(s, u)))) return true;
  return !!a.name && nameKey(c.title) === nameKey(a.name) && !(c.url && a.url);
}

/**
 * The platform itself as "publication" (YouTube, X, "Bluesky Social" at its home page), or as an
 * episode's show when the page names none (Spotify): nobody follows that.
 */
function isPlatform(c: Candidate, info: SiteInfo): boolean {
  if (c.role !== 'publication' && c.role !== 'channel') return false;
  const u = parseUrl(c.url);
  if (u && u.pathname !== '/') return false;
  const [name, site] = [nameKey(c.title), nameKey(info.site)];
  return !!name && !!site && (name === site || name.startsWith(`${site} `) || site.startsWith(`${name} `));
}

/**
 * What the popup offers to save, with what the platform adapter knows (utils/sites): the
 * generic candidates (`buildCandidates`), adjusted when the page is on a known platform.
 * - On a profile, channel, community, show, playlist or publication page the first candidate is
 *   its subject, with the adapter's kind, handle, avatar and feeds (merged with the page's);
 * - on content (a post, a video, an episode, a course...) the page comes first, with the
 *   adapter's kind, then who made it: a person as 'author', a channel or show as 'channel', an
 *   organization, community or publication as 'publication'; then where it was published (a
 *   subreddit, a Medium publication, a newsletter);
 * - then what else buildCandidates found.
 * What the adapter names and buildCandidates also found (same address, or same name without
 * conflicting addresses) is one candidate, the adapter's fields first and the page's filling the
 * gaps. The platform itself offered as the page's publication (YouTube, X...) is dropped.
 * `pageUrl` is the tab's address (the page's own report of it when not given).
 */
export function candidatesFor(e: Extraction, pageUrl?: string): Candidate[] {
  const base = buildCandidates(e);
  if (e.unreadable || !base.length) return base;
  const info = recognizeSite(pageUrl, e);
  return info ? withSite(base, info) : base;
}

/** `base` (from buildCandidates) adjusted with what the site adapter says about the page. */
export function withSite(base: readonly Candidate[], info: SiteInfo): Candidate[] {
  const page = base[0]?.role === 'page' ? base[0] : undefined;
  let rest = base.filter((c) => c !== page && !isPlatform(c, info));
  const out: Candidate[] = [];

  /** One candidate for the agent, taking what the page's candidates said about it out of `rest`. */
  const take = (a: SiteAgent, role: CandidateRole, own?: Candidate): void => {
    if (out.some((c) => c.role !== 'page' && same(c, a))) return;
    const found = rest.filter((c) => same(c, a));
    rest = rest.filter((c) => !found.includes(c));
    const from = own ? [own, ...found] : found;
    const title = a.name ?? from[0]?.title ?? a.handle ?? a.url;
    if (!title) return;
    const url = a.url ?? from.find((c) => c.url)?.url;
    const sameAs = [...new Set([...(a.sameAs ?? []), ...from.flatMap((c) => c.sameAs)])].filter(
      (s) => !sameAddress(s, url),
    );
    out.push({
      role,
      kind: a.kind,
      title,
      url,
      image: a.image ?? from.find((c) => c.image)?.image,
      description: own?.description,
      siteName: own?.siteName ?? a.site,
      feeds: feedsOf(a.feeds, ...from.map((c) => c.feeds)),
      sameAs,
      ...(a.handle && { handle: a.handle }),
      site: a.site,
    });
  };

  if (info.subject) take(info.subject, 'page', page);
  else if (page) out.push({ ...page, kind: info.kind, site: info.site });

  const makers = [info.creator, ...(info.creators ?? [])].filter((a): a is SiteAgent => !!a);
  for (const a of makers) take(a, roleFor(a.kind));
  if (info.partOf) take(info.partOf, info.partOf.kind === 'channel' ? 'channel' : 'publication');
  return [...out, ...rest];
}
