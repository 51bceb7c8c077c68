import { z } from 'zod';
import { KINDS } from '../model/vocabulary';
import { LIMITS, cleanLine, cleanText, isHttpUrl } from '../model/fields';

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

const link = z
  .string()
  .max(LIMITS.url)
  .refine(isHttpUrl)
  .optional()
  .catch(undefined);

export const ExtractedPerson = z.object({
  name: z.string().transform((s) => cleanLine(s, LIMITS.name)).pipe(z.string().min(1)),
  url: link,
  image: link,
});
export type ExtractedPerson = z.output<typeof ExtractedPerson>;

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
  kind: z.enum(KINDS).catch('article'),
  authors: z
    .array(z.unknown())
    .max(200)
    .catch([])
    .transform((items) => {
      const people: ExtractedPerson[] = [];
      for (const item of items) {
        const person = ExtractedPerson.safeParse(item);
        if (person.success) people.push(person.data);
      }
      return people.slice(0, 20);
    }),
  /** The text selected on the page when capture began. */
  selection: longText(LIMITS.quote),
  unreadable: z.enum(UNREADABLE_REASONS).optional().catch(undefined),
});
export type Extraction = z.output<typeof Extraction>;
/** What the extractor produces before validation. */
export type RawExtraction = z.input<typeof Extraction>;

export function parseExtraction(raw: unknown): Extraction {
  const parsed = Extraction.safeParse(raw && typeof raw === 'object' ? raw : {});
  return parsed.success ? parsed.data : Extraction.parse({});
}
