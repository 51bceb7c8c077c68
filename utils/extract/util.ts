/**
 * Small helpers shared by the readers. Everything here runs inside the page, so it stays tiny,
 * never throws and bounds its work: strings are cut before any regular expression sees them.
 */

import { collapseLine, collapseText, dropInvisibleButJoiners } from '../text';

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

/**
 * Cuts before the regular expressions run, leaving room for white space that collapses, and
 * drops invisible characters (utils/text.ts; the joiners are judged when the Extraction is parsed).
 */
const bound = (value: unknown, max: number) =>
  typeof value === 'string' ? dropInvisibleButJoiners(value.slice(0, max * 2 + 1_024)) : '';

/** A one-line string: invisible characters dropped, white space collapsed, at most `max` long. */
export function clean(value: unknown, max: number): string | undefined {
  return collapseLine(bound(value, max), max) || undefined;
}

/** Like `clean`, but keeps line breaks (for the selected text), without spaces around them. */
export function cleanText(value: unknown, max: number): string | undefined {
  const s = bound(value, max)
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]*\n[^\S\n]*/g, '\n');
  return collapseText(s, max).trim() || undefined;
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
const M =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
export const MONTH = new RegExp(`\\b${M}\\b\\.?`, 'i');
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const pad = (s: string | number) => String(s).padStart(2, '0');
const ymd = (y: string, mo: number, d?: string) =>
  mo >= 1 && mo <= 12 && (!d || (+d >= 1 && +d <= 31)) ? `${y}-${pad(mo)}${d ? `-${pad(d)}` : ''}` : undefined;
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;

const ISO =
  /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?)?)?(?!\d)/i;
const MDY = new RegExp(
  `\\b(${M})\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:\\d{1,2}:\\d\\d(?::\\d\\d)?\\s+)?(\\d{4})\\b`,
  'i',
);
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(${M})\\b\\.?,?\\s+(\\d{4})\\b`, 'i');
const MY = new RegExp(`^(${M})\\b\\.?,?\\s+(\\d{4})$`, 'i');
/** A time of day and a zone: the string names an instant, which Date.parse reads reliably. */
const ZONED = /\d:\d\d.*(?:\b(?:GMT|UTC|Z|[ECMP][SD]T)\b|[+-]\d{4}\b)/;

/**
 * An ISO 8601 date (or date-time) from what pages write, without guessing a time zone:
 * - ISO-like strings are kept: "2024/3/1" → "2024-03-01", "2019-02-01 09:51:00 -0400" →
 *   "2019-02-01T09:51:00-04:00" (a time without a zone stays without one);
 * - a date with a month name, a time and a zone ("Tue, Mar 5 2019 15:37:00 EST") → the UTC instant;
 * - otherwise a month-name date anywhere in the text ("Posted on June 3rd, 2018", "14 Feb, 2018,
 *   10.34PM IST") → "2018-06-03", "2018-02-14"; "March 2024" → "2024-03".
 * Numeric dates other than year-first ("4/6/2019") are ambiguous and dropped, like anything else.
 */
export function isoDate(value: unknown): string | undefined {
  const s = clean(value, 200);
  if (!s) return undefined;
  const iso = ISO.exec(s);
  if (iso) {
    const [, y = '', mo, d, h, mi, sec, frac = '', zone] = iso;
    const date = mo ? ymd(y, +mo, d) : y;
    if (!date || !h || !d || +h > 23) return date;
    const z =
      zone
        ?.toUpperCase()
        .replace(/^(?:UTC|GMT)$/, 'Z')
        .replace(/^([+-]\d\d)(\d\d)$/, '$1:$2') ?? '';
    return `${date}T${pad(h)}:${mi}${sec ? `:${sec}${frac}` : ''}${z}`;
  }
  if (!MONTH.test(s) || !/\d{4}/.test(s)) return undefined;
  if (ZONED.test(s)) {
    const t = Date.parse(s);
    if (Number.isFinite(t)) return new Date(t).toISOString();
  }
  const mdy = MDY.exec(s);
  if (mdy) return ymd(mdy[3] ?? '', monthOf(mdy[1] ?? ''), mdy[2]);
  const dmy = DMY.exec(s);
  if (dmy) return ymd(dmy[3] ?? '', monthOf(dmy[2] ?? ''), dmy[1]);
  const my = MY.exec(s);
  return my ? ymd(my[2] ?? '', monthOf(my[1] ?? '')) : undefined;
}

/** An ISO 8601 duration ("PT1H2M3S"); a number of seconds (og video:duration) becomes one. */
export function isoDuration(value: unknown): string | undefined {
  const s = clean(value, 40)?.toUpperCase();
  if (!s) return undefined;
  if (/^\d{1,7}$/.test(s)) {
    const n = +s;
    const [h, m, sec] = [Math.floor(n / 3600), Math.floor(n / 60) % 60, n % 60];
    return n ? `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec ? `${sec}S` : ''}` : undefined;
  }
  return /^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/.test(s)
    ? s
    : undefined;
}

/** A BCP 47-looking language tag ("en", "pt-BR", "zh-Hant-TW"); "en_US" becomes "en-US". */
export function langTag(value: unknown): string | undefined {
  const s = clean(value, MAX.lang)?.replace(/_/g, '-');
  return s && /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(s) ? s : undefined;
}

/** An attribute's value, undefined when it or the element is missing. */
export const attr = (el: Element | null | undefined, name: string): string | undefined =>
  el?.getAttribute(name) ?? undefined;

/**
 * `<meta>` contents by lower-cased `property` and `name` (both: pages mix them up). Two spellings
 * of the same tags are read as one: `bepress_citation_*` as `citation_*`, `dcterms.*` as `dc.*`,
 * `og:article:*` as `article:*`.
 */
export type Metas = ReadonlyMap<string, readonly string[]>;

const MAX_METAS = 3_000;
const MAX_VALUES = 100;

/** Records what a reader skipped as malformed or too large ("json-ld: invalid JSON in script 2"). */
export type Skip = (reason: string) => void;
export const noSkip: Skip = () => undefined;

export function readMetas(doc: Document, skip: Skip = noSkip): Metas {
  const metas = new Map<string, string[]>();
  const all = doc.querySelectorAll('meta[content]');
  if (all.length > MAX_METAS) skip(`meta: over ${MAX_METAS} tags, rest ignored`);
  for (let i = 0; i < all.length && i < MAX_METAS; i++) {
    const el = all[i];
    const content = attr(el, 'content');
    if (!el || !content) continue;
    const value = content.slice(0, 8_192);
    const keys = `${attr(el, 'property') ?? ''} ${attr(el, 'name') ?? ''}`;
    for (const key of keys
      .slice(0, 512)
      .toLowerCase()
      .replace(/\bbepress_|\bog:(?=article:)/g, '')
      .replace(/\bdcterms\./g, 'dc.')
      .split(/\s+/)) {
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

/**
 * An element's text, like textContent but bounded: it stops after enough characters or nodes, so
 * a huge element costs no more than a small one. Scripts and styles are not text. `spaced` puts a
 * space between the pieces ("Jane<span>2016</span>" → "Jane 2016").
 */
export function textOf(el: Element | null | undefined, max: number, spaced = false): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  let room = max * 4 + 256;
  let nodes = 2_000;
  const visit = (node: Node): void => {
    for (let c = node.firstChild; c && room > 0 && nodes-- > 0; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const v = (c.nodeValue ?? '').slice(0, room);
        room -= v.length;
        parts.push(v);
      } else if (c.nodeType === 1 && !/^(?:script|style|noscript|template|svg)$/i.test((c as Element).localName))
        visit(c);
    }
  };
  visit(el);
  return clean(parts.join(spaced ? ' ' : ''), max);
}

/** Runs a reader; a reader that throws (it should not) yields `fallback`. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
