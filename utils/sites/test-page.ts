/** Test helpers for the site adapters: a validated Extraction from a few fields, and one adapter's reading. */
import { parseExtraction, type Extraction, type RawExtraction } from '../extract/extraction';
import type { SiteAdapter, SiteInfo } from './types';

export type PageFields = Partial<RawExtraction>;

/** A validated Extraction, as the popup gets it, with only the fields given (kind 'article' by default). */
export function page(fields: PageFields = {}): Extraction {
  return parseExtraction({ kind: 'article', authors: [], ...fields });
}

/** What `adapter` says about the page at `url` (undefined when the address is not its own). */
export function read(adapter: SiteAdapter, url: string, fields: PageFields = {}): SiteInfo | undefined {
  const u = new URL(url);
  return adapter.matches(u) ? adapter.read(u, page({ pageUrl: url, url, ...fields })) : undefined;
}

/** "type/kind", to check many addresses at once. */
export const shape = (info: SiteInfo | undefined) => (info ? `${info.type}/${info.kind}` : undefined);
