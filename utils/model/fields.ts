import { z } from 'zod';

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
} as const;

/** Control and zero-width characters that have no place in a title or a name. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;

/** Collapses white space, drops invisible characters and cuts to `max` characters. */
export function cleanLine(value: string, max: number): string {
  return value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

/** Like cleanLine, but keeps line breaks (for notes and quotes). */
export function cleanText(value: string, max: number): string {
  return value
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, max);
}

export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

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
