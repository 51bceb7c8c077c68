import { z } from 'zod';
import { HttpUrl, LIMITS, Timestamp } from './fields';
import { CATEGORIES, FEED_TYPES, KINDS, STATUSES } from './vocabulary';

/**
 * A row of an import file, as every import format's parser produces it (utils/io) before anything
 * is written, and as the data layer checks it again when it writes (utils/db/imports.ts). Bounds
 * are loose here: the row's text is cleaned and cut when it becomes a source.
 */
export const ImportRow = z.object({
  /** 1-based line (or record) number in the file, for messages. */
  line: z.number().int().nonnegative(),
  kind: z.enum(KINDS),
  title: z.string().max(LIMITS.title * 4),
  /** Normalized with `normalizeUrl`. */
  url: HttpUrl,
  description: z
    .string()
    .max(LIMITS.description * 4)
    .optional(),
  category: z.enum(CATEGORIES).optional(),
  status: z.enum(STATUSES).optional(),
  topics: z.array(z.string().max(1_000)).max(500).default([]),
  note: z
    .string()
    .max(LIMITS.note * 2)
    .optional(),
  quote: z
    .string()
    .max(LIMITS.quote * 2)
    .optional(),
  /** An http(s) picture of the item (Raindrop's cover). */
  image: HttpUrl.optional(),
  /** When the item was first saved in the other tool (epoch ms). */
  createdAt: Timestamp.optional(),
  /** Where it was published: a paper's journal or conference (siteName). */
  siteName: z
    .string()
    .max(LIMITS.siteName * 4)
    .optional(),
  /**
   * The people who made it (a book's or a paper's authors), by name: each becomes a person, or
   * links to a saved person of that name, named among its creators.
   */
  creators: z
    .array(
      z.object({
        name: z
          .string()
          .min(1)
          .max(LIMITS.name * 2),
      }),
    )
    .max(LIMITS.creators)
    .optional(),
  /**
   * A person's email address from a contacts export (LinkedIn). The page leaves it out unless the
   * person asked to keep email addresses; when present it is written into the note.
   */
  email: z.string().max(320).optional(),
  /** Feeds that belong to this source (OPML). */
  feeds: z
    .array(z.object({ url: HttpUrl, title: z.string().optional(), type: z.enum(FEED_TYPES) }))
    .max(100)
    .default([]),
});
export type ImportRow = z.output<typeof ImportRow>;
