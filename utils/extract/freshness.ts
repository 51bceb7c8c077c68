import type { Extraction } from './extraction';

function path(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.replace(/\/+$/, '')}?${u.searchParams.get('v') ?? ''}`;
  } catch {
    return undefined;
  }
}

/**
 * Single-page apps (YouTube, X, Bluesky) change the address without loading a new document,
 * and often leave the first page's metadata in place. When the page has moved since it was
 * loaded and its metadata still names the address it was loaded at, that metadata describes
 * an earlier page: keep only what is current (the address and the document's title) and let
 * the site adapters work from the address.
 */
export function freshExtraction(e: Extraction): Extraction {
  const now = path(e.pageUrl);
  const loaded = path(e.loadedUrl);
  if (!now || !loaded || now === loaded) return e;
  const described = path(e.url);
  if (described !== loaded) return e;
  return {
    ...e,
    url: e.pageUrl,
    title: e.docTitle,
    description: undefined,
    image: undefined,
    publishedAt: undefined,
    modifiedAt: undefined,
    duration: undefined,
    authors: [],
    channel: undefined,
    kind: 'article',
    skipped: [
      ...e.skipped,
      'metadata described the page loaded earlier in this app; only the address and title were kept',
    ],
  };
}
