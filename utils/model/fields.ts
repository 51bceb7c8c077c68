import { z } from 'zod';
import { cleanLine, cleanText } from '../text';
import { isHttpUrl } from '../url/http';

/** Bounds for every text field, so that nothing a page says can grow a record without limit. */
export const LIMITS = {
  title: 500,
  name: 200,
  description: 2_000,
  siteName: 200,
  topic: 60,
  topics: 50,
  note: 20_000,
  quote: 5_000,
  reason: 2_000,
  url: 2_048,
  creators: 50,
  feeds: 20,
  profiles: 30,
  goals: 50,
} as const;

/** An absolute http(s) URL: the only kind of link the extension stores or opens. */
export const HttpUrl = z.string().max(LIMITS.url).refine(isHttpUrl, { message: 'Expected an http(s) URL' });

/** A one-line text field: cleaned, bounded; empty after cleaning is an error. */
export const line = (max: number) =>
  z
    .string()
    .transform((s) => cleanLine(s, max))
    .pipe(z.string().min(1));

/** An optional one-line text field: cleaned, bounded; empty becomes undefined. */
export const optionalLine = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => (s === undefined ? undefined : cleanLine(s, max) || undefined));

/** An optional multi-line text field: cleaned, bounded; empty becomes undefined. */
export const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => (s === undefined ? undefined : cleanText(s, max) || undefined));

/** Epoch milliseconds. */
export const Timestamp = z.number().int().nonnegative();
