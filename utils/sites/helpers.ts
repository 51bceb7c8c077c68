/**
 * Small helpers the site adapters share. Everything here is pure and never throws: adapters run
 * in the extension on an Extraction that came from the page, so names stay plain strings and
 * only http(s) addresses are let through.
 */
import { socialName } from '../extract/byline';
import { urlKey } from '../extract/candidates';
import type { ExtractedPerson, Extraction, Feed } from '../extract/extraction';
import type { Kind } from '../model/vocabulary';
import { hostOf } from '../url/host';
import type { SiteAgent } from './types';

/** Whether the host is one of `domains` or a subdomain of one. */
export function onHost(url: URL, ...domains: string[]): boolean {
  const host = hostOf(url) ?? '';
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The path's segments, percent-decoded where that is valid, empty ones dropped. */
export function segments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** The value when it is an absolute http(s) URL, else undefined. */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const { protocol, href } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}

/** A URL object for an http(s) address, else undefined. */
export function parseUrl(value: string | undefined): URL | undefined {
  const href = httpUrl(value);
  return href ? new URL(href) : undefined;
}

/** Whether two addresses stand for the same thing (scheme, "www.", case and trailing slash aside). */
export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  const ka = urlKey(a);
  return ka !== undefined && ka === urlKey(b);
}

export const rss = (url: string, title?: string): Feed => ({ url, type: 'rss', ...(title && { title }) });
export const atom = (url: string, title?: string): Feed => ({ url, type: 'atom', ...(title && { title }) });

/** Feeds with these addresses first, then the others, once each. */
export function feedsOf(...lists: (readonly Feed[])[]): Feed[] {
  const seen = new Set<string>();
  const out: Feed[] = [];
  for (const f of lists.flat()) {
    const key = urlKey(f.url);
    if (!key || seen.has(key) || !httpUrl(f.url)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** The feeds the page announces whose address passes `test`. */
export function announced(page: Extraction, test: (url: URL) => boolean): Feed[] {
  return page.feeds.filter((f) => {
    const u = parseUrl(f.url);
    return !!u && test(u);
  });
}

/** The page's author at this address, if the page names one. */
export function authorAt(page: Extraction, url: string | undefined): ExtractedPerson | undefined {
  return url ? page.authors.find((a) => sameAddress(a.url, url)) : undefined;
}

/** "Ada Lovelace (@ada) · Site", "Ada Lovelace on Site: “…”" → "Ada Lovelace". */
export function nameInTitle(title: string | undefined): string | undefined {
  return socialName(title);
}

/** Cuts a platform's own words from a title: `strip("Ada | LinkedIn", / \| LinkedIn$/)` → "Ada". */
export function strip(title: string | undefined, ...patterns: RegExp[]): string | undefined {
  let t = title;
  for (const p of patterns) t = t?.replace(p, '');
  return t?.trim() || undefined;
}

export interface AgentFields {
  name?: string | undefined;
  url?: string | undefined;
  handle?: string | undefined;
  image?: string | undefined;
  feeds?: readonly Feed[];
  sameAs?: readonly (string | undefined)[];
}

/** A SiteAgent with only http(s) addresses and bounded handles; empty strings dropped. */
export function agent(site: string, kind: Kind, fields: AgentFields): SiteAgent {
  const url = httpUrl(fields.url);
  const sameAs = [
    ...new Set((fields.sameAs ?? []).map(httpUrl).filter((u): u is string => !!u && !sameAddress(u, url))),
  ];
  return {
    kind,
    site,
    ...(fields.name?.trim() && { name: fields.name.trim() }),
    ...(url && { url }),
    ...(fields.handle?.trim() && { handle: fields.handle.trim().slice(0, 100) }),
    ...(httpUrl(fields.image) && { image: httpUrl(fields.image) }),
    feeds: feedsOf(fields.feeds ?? []),
    ...(sameAs.length && { sameAs }),
  };
}

/** The page's people as agents of the platform, each with what `extra` adds (a handle, feeds). */
export function peopleOf(
  site: string,
  people: readonly ExtractedPerson[],
  extra: (p: ExtractedPerson) => AgentFields = () => ({}),
): SiteAgent[] {
  return people.map((p) =>
    agent(site, 'person', { name: p.name, url: p.url, image: p.image, sameAs: p.sameAs, ...extra(p) }),
  );
}

/** A query parameter, trimmed, or undefined when absent or empty. */
export function param(url: URL, name: string): string | undefined {
  return url.searchParams.get(name)?.trim() || undefined;
}

/** `word` is one of the platform's own paths, not someone's name. */
export const reserved = (words: string) => {
  const set = new Set(words.split(/\s+/).filter(Boolean));
  return (segment: string | undefined) => segment === undefined || set.has(segment.toLowerCase());
};
