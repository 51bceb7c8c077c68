/**
 * What every import parser shares: turning what a file says about one item (a draft) into an
 * or into an issue that says why not; merging repeats of one address; bounds.
 */
import { LIMITS } from '../model/fields';
import { cleanLine, cleanText, nameKey } from '../text';
import { cleanTopics } from '../model/source';
import { CATEGORIES, KINDS, STATUSES, type Category, type FeedType, type Kind, type Status } from '../model/vocabulary';
import { normalizeUrl } from '../url/normalize';
import type { ImportFormat, ImportIssue, ImportVariant, ParsedImport } from './types';
import type { ImportRow } from '../model/import-row';
import type { Problem } from '../errors';

/** At most this many refused rows are listed (all are counted). */
export const MAX_LISTED_ISSUES = 1_000;
/** At most this many rows are read from one file; the rest are refused. */
export const MAX_ROWS = 200_000;

/** What a parser read about one item, before checks. Text fields are plain text, not yet cleaned. */
export interface RowDraft {
  line: number;
  url: string | undefined;
  title?: string;
  kind?: Kind;
  category?: Category;
  status?: Status;
  description?: string;
  topics?: readonly string[];
  note?: string;
  quote?: string;
  image?: string;
  createdAt?: number;
  feeds?: ImportRow['feeds'];
  siteName?: string;
  /** Authors' names, as written (empty ones are dropped). */
  creators?: readonly string[];
  email?: string;
}

/** Why an address is refused, in plain words: "not a web address (javascript:)". */
export function urlProblem(raw: string | undefined): Problem {
  const value = (raw ?? '').trim();
  if (!value) return { code: 'problem_url_none' };
  const scheme = /^([a-zA-Z][a-zA-Z\d+.-]{0,30}):/.exec(value)?.[1];
  if (scheme && !/^https?$/i.test(scheme)) return { code: 'problem_url_scheme', subs: [scheme.toLowerCase()] };
  if (value.length > LIMITS.url) return { code: 'problem_url_long' };
  return { code: 'problem_url_not' };
}

/** A problem with one field of a row or record, named as the file names it ("url: not a web address"). */
export function fieldProblem(field: string, problem: Problem): Problem {
  return { code: 'problem_in_field', subs: [field, problem] };
}

/**
 * An address to keep as it is written (a feed, an image): http(s) only, as the URL parser
 * writes it, without user name and password. Normalizing would change what gets fetched
 * (`/feed/` → `/feed`), so these are only checked with normalizeUrl, not rewritten by it.
 */
export function exactUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || normalizeUrl(raw) === undefined) return undefined;
  const url = new URL(raw.trim());
  url.username = '';
  url.password = '';
  url.hash = '';
  return url.href.length > LIMITS.url ? undefined : url.href;
}

const VIDEO_HOSTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:www\.)?youtube\.com$/, /^\/watch$/],
  [/^(?:www\.)?vimeo\.com$/, /^\/(?:\d+|channels\/[^/]+\/\d+)$/],
  [/^(?:www\.)?dailymotion\.com$/, /^\/video\//],
  [/^(?:www\.)?twitch\.tv$/, /^\/videos\/\d+$/],
  [/^(?:www\.)?ted\.com$/, /^\/talks\//],
  [/^(?:www\.)?tiktok\.com$/, /^\/@[^/]+\/video\/\d+$/],
];

/**
 * The kind an address alone suggests: a video host's watch page, or a video file, is a video;
 * anything else is an article. (Takes a normalized URL: youtu.be and /shorts/ are watch URLs by then.)
 */
export function guessKind(url: string): Kind {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'article';
  }
  if (VIDEO_HOSTS.some(([host, path]) => host.test(u.hostname) && path.test(u.pathname))) return 'video';
  if (/\.(?:mp4|webm|mov|m4v|ogv)$/i.test(u.pathname)) return 'video';
  return 'article';
}

/** A title for an item that has none: its host and path, readable ("example.com/posts/hello"). */
export function titleFromUrl(url: string): string {
  try {
    const u = new URL(url);
    let path = u.pathname === '/' ? '' : u.pathname;
    try {
      path = decodeURI(path);
    } catch {
      // Keep it encoded.
    }
    return cleanLine(`${u.host}${path}`, LIMITS.title);
  } catch {
    return cleanLine(url, LIMITS.title);
  }
}

const MAX_TIME = 253_402_300_799_999; // 9999-12-31

/**
 * A time from a file, as epoch ms: digits are seconds, milliseconds or microseconds by their
 * size (Netscape ADD_DATE is seconds, some tools write ms or µs); anything else is a date text
 * (ISO 8601, RFC 822). Zero, negative, unreadable or absurd times are undefined.
 */
export function parseTime(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  let ms: number;
  const text = String(value).trim();
  if (/^[-+]?\d+(?:\.\d+)?$/.test(text)) {
    const n = Number(text);
    if (n <= 0) return undefined;
    ms = n < 1e11 ? n * 1_000 : n < 1e14 ? n : n / 1_000;
  } else if (text) {
    ms = Date.parse(text.slice(0, 100));
  } else {
    return undefined;
  }
  return validTime(ms);
}

/** Epoch ms within 1970–9999, rounded; anything else is undefined. */
export function validTime(ms: number): number | undefined {
  return Number.isFinite(ms) && ms >= 1 && ms <= MAX_TIME ? Math.round(ms) : undefined;
}

/** Splits a tag list ("a, b", "a|b"): each tag trimmed, empties dropped, bounded. */
export function splitTags(value: string | undefined, separator: RegExp | string = ','): string[] {
  if (!value) return [];
  return value
    .slice(0, 64 * 1024)
    .split(separator)
    .map((tag) => tag.trim())
    .filter(Boolean)
    .slice(0, 500);
}

/** Values from a file that must be one of ours, or nothing. */
export function asKind(value: string | undefined): Kind | undefined {
  const v = value?.trim().toLowerCase();
  return (KINDS as readonly string[]).includes(v ?? '') ? (v as Kind) : undefined;
}
export function asCategory(value: string | undefined): Category | undefined {
  const v = value?.trim().toLowerCase();
  return (CATEGORIES as readonly string[]).includes(v ?? '') ? (v as Category) : undefined;
}
export function asStatus(value: string | undefined): Status | undefined {
  const v = value?.trim().toLowerCase();
  return (STATUSES as readonly string[]).includes(v ?? '') ? (v as Status) : undefined;
}

/** The feed type a file says, or the one its address suggests. */
export function feedType(type: string | undefined, url: string): FeedType {
  const t = (type ?? '').trim().toLowerCase();
  if (t === 'rss' || t === 'atom' || t === 'json') return t;
  if (/\.json(?:$|\?)|\/feed\.json|[?&]format=json/i.test(url)) return 'json';
  if (/atom/i.test(url)) return 'atom';
  return 'rss';
}

/** Collects rows for one file: checks each draft, merges repeats of an address, counts issues. */
export class RowCollector {
  private readonly rows: ImportRow[] = [];
  private readonly byUrl = new Map<string, ImportRow>();
  private readonly issues: ImportIssue[] = [];
  private invalidCount = 0;
  private duplicates = 0;

  private readonly format: ImportFormat;
  constructor(format: ImportFormat) {
    this.format = format;
  }

  /** Refuses a row of the file, with the reason. */
  refuse(line: number, problem: Problem): void {
    this.invalidCount++;
    if (this.issues.length < MAX_LISTED_ISSUES) this.issues.push({ line, problem });
  }

  add(draft: RowDraft): void {
    const url = draft.url === undefined ? undefined : normalizeUrl(draft.url);
    if (url === undefined) return this.refuse(draft.line, urlProblem(draft.url));
    const topics = cleanTopics(draft.topics ?? []);
    const feeds = cleanFeeds(draft.feeds ?? []);
    const earlier = this.byUrl.get(url);
    if (earlier) {
      this.duplicates++;
      merge(earlier, draft, topics, feeds);
      return;
    }
    if (this.rows.length >= MAX_ROWS) {
      return this.refuse(draft.line, { code: 'problem_row_too_many', subs: [MAX_ROWS.toLocaleString()] });
    }
    const row: ImportRow = {
      line: draft.line,
      kind: draft.kind ?? guessKind(url),
      title: cleanLine(draft.title ?? '', LIMITS.title) || titleFromUrl(url),
      url,
      topics,
      feeds,
    };
    const creators = cleanCreators(draft.creators ?? []);
    if (creators.length > 0) row.creators = creators;
    if (draft.category) row.category = draft.category;
    if (draft.status) row.status = draft.status;
    fill(row, draft);
    this.rows.push(row);
    this.byUrl.set(url, row);
  }

  result(variant?: ImportVariant): ParsedImport {
    return {
      format: this.format,
      ...(variant && { variant }),
      rows: this.rows,
      invalid: this.issues,
      invalidCount: this.invalidCount,
      duplicatesInFile: this.duplicates,
    };
  }
}

/** Authors' names: one line each, once each (by nameKey), at most LIMITS.creators. */
function cleanCreators(names: readonly string[]): { name: string }[] {
  const seen = new Set<string>();
  const out: { name: string }[] = [];
  for (const raw of names) {
    const name = cleanLine(raw, LIMITS.name);
    const key = nameKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push({ name });
    if (out.length === LIMITS.creators) break;
  }
  return out;
}

/** An email address as a contacts export writes it, if it is one. */
const EMAIL = /^[^\s@<>"]{1,64}@[^\s@<>"]{1,255}\.[^\s@<>".]{2,63}$/;

/** Fills the optional text fields, date and picture of a row that it does not have yet. */
function fill(row: ImportRow, draft: RowDraft): void {
  if (row.siteName === undefined && draft.siteName) {
    const siteName = cleanLine(draft.siteName, LIMITS.siteName);
    if (siteName) row.siteName = siteName;
  }
  if (row.email === undefined && draft.email) {
    const email = draft.email.trim();
    if (EMAIL.test(email)) row.email = email;
  }
  if (row.description === undefined && draft.description) {
    const description = cleanText(draft.description, LIMITS.description);
    if (description) row.description = description;
  }
  if (row.note === undefined && draft.note) {
    const note = cleanText(draft.note, LIMITS.note);
    if (note) row.note = note;
  }
  if (row.quote === undefined && draft.quote) {
    const quote = cleanText(draft.quote, LIMITS.quote);
    if (quote) row.quote = quote;
  }
  if (row.image === undefined && draft.image) {
    const image = exactUrl(draft.image);
    if (image) row.image = image;
  }
  if (row.createdAt === undefined && draft.createdAt !== undefined) {
    const createdAt = validTime(draft.createdAt);
    if (createdAt !== undefined) row.createdAt = createdAt;
  }
}

/**
 * One address found in two files (utils/io/combine.ts): the first file's row, with the second's
 * topics, feeds and authors joined by the same rules as repeats within a file (authors by name
 * whatever the case, within the limits), and what it lacks filled, its category and status too.
 */
export function mergeImportRows(into: ImportRow, from: ImportRow): void {
  const { creators, ...rest } = from;
  merge(into, { ...rest, creators: creators?.map((c) => c.name) ?? [] }, from.topics, from.feeds);
  if (into.category === undefined && from.category !== undefined) into.category = from.category;
  if (into.status === undefined && from.status !== undefined) into.status = from.status;
}

/** A repeat of an address: its topics and feeds join the first row's; it fills what that lacks. */
function merge(row: ImportRow, draft: RowDraft, topics: readonly string[], feeds: ImportRow['feeds']): void {
  row.topics = cleanTopics([...row.topics, ...topics]);
  const creators = cleanCreators([...(row.creators ?? []).map((c) => c.name), ...(draft.creators ?? [])]);
  if (creators.length > 0) row.creators = creators;
  row.feeds = cleanFeeds([...row.feeds, ...feeds]);
  fill(row, draft);
}

/** Feeds with valid http(s) addresses, once each (by normalized address), at most LIMITS.feeds. */
function cleanFeeds(feeds: ImportRow['feeds']): ImportRow['feeds'] {
  const seen = new Set<string>();
  const out: ImportRow['feeds'] = [];
  for (const feed of feeds) {
    const url = exactUrl(feed.url);
    const key = url && normalizeUrl(url);
    if (!url || !key || seen.has(key)) continue;
    seen.add(key);
    const title = feed.title === undefined ? '' : cleanLine(feed.title, LIMITS.title);
    out.push({ url, ...(title && { title }), type: feed.type });
    if (out.length === LIMITS.feeds) break;
  }
  return out;
}
