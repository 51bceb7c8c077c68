import { z } from 'zod';
import { FEED_TYPES, KINDS } from '../model/vocabulary';
import { LIMITS } from '../model/fields';
import { cleanLine, cleanText } from '../text';
import { isHttpUrl } from '../url/http';

/**
 * What the extraction script reports about a page. It comes from the page, so the extension
 * treats it as untrusted: `parseExtraction` validates it field by field, drops what is wrong
 * and keeps the rest, and never throws.
 */
const text = (max: number) =>
  z
    .string()
    .transform((s) => cleanLine(s, max) || undefined)
    .optional()
    .catch(undefined);

const longText = (max: number) =>
  z
    .string()
    .transform((s) => cleanText(s, max) || undefined)
    .optional()
    .catch(undefined);

const link = z.string().max(LIMITS.url).refine(isHttpUrl).optional().catch(undefined);

/** Keeps the valid items of a list, up to `max`; drops the rest without failing. */
function listOf<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(z.unknown())
    .max(5_000)
    .catch([])
    .transform((items) => {
      const out: z.output<T>[] = [];
      for (const value of items) {
        const parsed = item.safeParse(value);
        if (parsed.success) out.push(parsed.data);
        if (out.length === max) break;
      }
      return out;
    })
    .optional()
    .transform((items) => items ?? []);
}

const name = z
  .string()
  .transform((s) => cleanLine(s, LIMITS.name))
  .pipe(z.string().min(1));
const requiredLink = z.string().max(LIMITS.url).refine(isHttpUrl);

export const Feed = z.object({
  url: requiredLink,
  title: text(LIMITS.title),
  type: z.enum(FEED_TYPES).catch('rss'),
});
export type Feed = z.output<typeof Feed>;

export const ExtractedPerson = z.object({
  name,
  url: link,
  image: link,
  /** Other profiles of the same person (JSON-LD sameAs, rel=me). */
  sameAs: listOf(requiredLink, 20),
});
export type ExtractedPerson = z.output<typeof ExtractedPerson>;

/** A publication, site, channel or show behind the page. */
export const ExtractedAgent = z.object({
  name,
  url: link,
  image: link,
  feeds: listOf(Feed, 10),
});
export type ExtractedAgent = z.output<typeof ExtractedAgent>;

/** Why the script could not read a page it was injected into. */
export const UNREADABLE_REASONS = ['pdf', 'not-html'] as const;

export const Extraction = z.object({
  /** The page's own address (location.href). */
  pageUrl: link,
  /** The canonical address when the page gives one, else the page's address. */
  url: link,
  title: text(LIMITS.title),
  description: longText(LIMITS.description),
  siteName: text(LIMITS.siteName),
  image: link,
  lang: text(35),
  /** ISO 8601. */
  publishedAt: text(40),
  modifiedAt: text(40),
  /** ISO 8601 duration of a video or an episode, e.g. PT1H2M3S. */
  duration: text(40),
  kind: z.enum(KINDS).catch('article'),
  authors: listOf(ExtractedPerson, 20),
  /** The publication or site that published the page. */
  publisher: ExtractedAgent.optional().catch(undefined),
  /** For a video or an episode: the channel or show it belongs to. */
  channel: ExtractedAgent.optional().catch(undefined),
  /**
   * Organizations credited with the page, never people: an author typed as an organization (an
   * outlet whose article another site carries, a repository's owner organization), or an author
   * named like one of the page's organizations (the company behind a press release).
   */
  organizations: listOf(ExtractedAgent, 5),
  /** A news article: JSON-LD NewsArticle (or a NewsMediaOrganization's article) with an organization as publisher. */
  news: z.boolean().optional().catch(undefined),
  /** Feeds the page announces (link rel=alternate). */
  feeds: listOf(Feed, 20),
  /**
   * The page's own subject tags (article:tag, JSON-LD keywords/about, rel=tag, meta keywords),
   * as the page writes them. The popup suggests topics from them; it never applies them itself.
   */
  keywords: listOf(name, 30),
  /** What the extractor skipped as malformed or too large, for inspection. */
  skipped: listOf(z.string().max(200), 50),
  /** The text selected on the page when capture began. */
  selection: longText(LIMITS.quote),
  unreadable: z.enum(UNREADABLE_REASONS).optional().catch(undefined),
  /** The address the document was first loaded at (differs after in-app navigation). */
  loadedUrl: link,
  /** The document's own <title>, which single-page apps keep current. */
  docTitle: text(LIMITS.title),
});
export type Extraction = z.output<typeof Extraction>;
/** What the extractor produces before validation. */
export type RawExtraction = z.input<typeof Extraction>;

export function parseExtraction(raw: unknown): Extraction {
  const parsed = Extraction.safeParse(raw && typeof raw === 'object' ? raw : {});
  return parsed.success ? parsed.data : Extraction.parse({});
}
