/**
 * Small helpers shared by the readers. Everything here runs inside the page, so it stays tiny,
 * never throws and bounds its work: strings are cut before any regular expression sees them.
 */

/** Output bounds; they match utils/model/fields.ts LIMITS (not imported: it pulls in zod). */
export const MAX = {
  title: 500,
  name: 200,
  description: 2_000,
  siteName: 200,
  url: 2_048,
  quote: 5_000,
  lang: 35,
  /** Raw author strings, before they are split into names. */
  authors: 1_000,
} as const;

/** Control, zero-width and bidi-override characters: never part of a title or a name. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Cuts before the regular expressions run, leaving room for white space that collapses. */
const precut = (s: string, max: number) => s.slice(0, max * 2 + 1_024).replace(INVISIBLE, '');
/** Drops a high surrogate left alone by a cut. */
const cut = (s: string, max: number) => s.slice(0, max).replace(/[\uD800-\uDBFF]$/, '').trim();

/** A one-line string: invisible characters dropped, white space collapsed, at most `max` long. */
export function clean(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  return cut(precut(value, max).replace(/\s+/g, ' ').trim(), max) || undefined;
}

/** Like `clean`, but keeps line breaks (for the selected text). */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = precut(value, max)
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cut(s, max) || undefined;
}

/** An absolute http(s) URL resolved against `base`, or undefined. */
export function absUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > 4 * MAX.url) return undefined;
  const v = value.trim();
  if (!v) return undefined;
  try {
    const { protocol, href } = new URL(v, base);
    return (protocol === 'https:' || protocol === 'http:') && href.length <= MAX.url ? href : undefined;
  } catch {
    return undefined;
  }
}

/** A month name or its abbreviation, in English. */
export const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;
const pad = (s: string) => s.padStart(2, '0');

/**
 * An ISO 8601 date (or date-time) from what pages write: ISO strings are kept (slashes become
 * dashes, "2024/3/1" becomes "2024-03-01"); a date written with a month name and a year goes
 * through Date.parse. Anything else is dropped.
 */
export function isoDate(value: unknown): string | undefined {
  const s = clean(value, 64);
  if (!s) return undefined;
  const m = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?(?=$|[\sT])/i.exec(s);
  if (m) {
    const [, y, mo, d, time] = m;
    if ((mo && (+mo < 1 || +mo > 12)) || (d && (+d < 1 || +d > 31))) return undefined;
    return `${y}${mo ? `-${pad(mo)}` : ''}${d ? `-${pad(d)}` : ''}${time?.toUpperCase() ?? ''}`;
  }
  if (!MONTH.test(s) || !/\b\d{4}\b/.test(s)) return undefined;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

/** A BCP 47-looking language tag ("en", "pt-BR", "zh-Hant-TW"); "en_US" becomes "en-US". */
export function langTag(value: unknown): string | undefined {
  const s = clean(value, MAX.lang)?.replace(/_/g, '-');
  return s && /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(s) ? s : undefined;
}

/** `<meta>` contents by lower-cased `property` and `name` (both: pages mix them up). */
export type Metas = ReadonlyMap<string, readonly string[]>;

const MAX_METAS = 3_000;
const MAX_VALUES = 100;

export function readMetas(doc: Document): Metas {
  const metas = new Map<string, string[]>();
  const all = doc.querySelectorAll('meta[content]');
  for (let i = 0; i < all.length && i < MAX_METAS; i++) {
    const el = all[i];
    const content = el?.getAttribute('content');
    if (!el || !content) continue;
    const value = content.slice(0, 8_192);
    const keys = `${el.getAttribute('property') ?? ''} ${el.getAttribute('name') ?? ''}`;
    for (const key of keys.slice(0, 512).toLowerCase().split(/\s+/)) {
      if (!key) continue;
      const values = metas.get(key) ?? [];
      if (values.length < MAX_VALUES) values.push(value);
      metas.set(key, values);
    }
  }
  return metas;
}

/** The first value of the first key present. */
export function meta(metas: Metas, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = metas.get(key)?.find((v) => v.trim());
    if (value) return value;
  }
  return undefined;
}

/** Runs a reader; a reader that throws (it should not) yields `fallback`. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
