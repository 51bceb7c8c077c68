/**
 * Measures how often the extractor agrees with a corpus of saved pages:
 *
 *   npm run eval:corpus -- <dir> [--json]
 *
 * `<dir>` holds one folder per page, each with `page.html` and `expected.json`
 * (`{ url, expected: { title, author, publisher, date, description, image, lang, ... } }`).
 * The corpus is read at run time from the path given; nothing of it lives in the project.
 * An entry whose `expected` is null is counted but not compared.
 *
 * What "agrees" means, field by field (a field whose expected value is null or missing is not
 * compared for that entry, so each field has its own total). Texts are compared "folded": Unicode
 * NFKD without accents, lower case, every run of punctuation, symbols and white space as one space.
 * - title: equal folded; or, since the extractor deliberately drops a site name that <title> or
 *   og:title carries ("Post | Site" → "Post"), equal to the recorded title once a trailing or leading
 *   site name (with its separator) is removed, the site name being the recorded one or ours. How many titles
 *   agree only that way is reported.
 * - author: the recorded name equals the name of one of our authors, or all our authors' names
 *   joined ("A and B", "A, B"): the corpus records some co-authors as one string. The peer has one
 *   author field for people and organizations alike; the extractor keeps organizations apart
 *   (`organizations`: an outlet whose article another site carries, the company behind a press
 *   release, a repository's owner), so a recorded author that names one of those agrees too,
 *   reported apart: such a page has no author that is a person.
 * - site name: the recorded `publisher` equals our `siteName`, or the name of our `publisher` when
 *   that differs (a publication hosted on a platform: site "Platform", publisher "Team Blog"). Reported.
 * - date: the same calendar day in UTC, or at most 24 hours apart (a date without a time is
 *   midnight UTC, and a page's time zone can put the same moment on the neighbouring day), as our
 *   `publishedAt` or our `modifiedAt`: the peer records the last modification when a page has
 *   one. How many agree with `publishedAt` alone is reported as well.
 * - description: equal folded, or one is a prefix of the other and the shorter has at least 40
 *   folded characters (one of the two was truncated).
 * - image: the same URL once the scheme, a leading "www.", the query string, the fragment and a
 *   trailing slash are ignored and %-escapes decoded (repeatedly: image proxies nest encoded
 *   URLs). Image CDNs put sizes and formats in the query; an image named by its query alone would
 *   match too loosely, a risk taken knowingly.
 * - language: the same primary subtag ("en-GB" agrees with "en").
 *
 * Then the site adapters (utils/sites) on the same pages, per platform: which platform, what the
 * page is, who is behind it, and how that agrees with the recorded publisher and author (see
 * eval-platforms.ts).
 *
 * `scripts/corpus-known-errors.json` lists entries whose recorded value is itself wrong (each
 * with the reason); a mismatch there is reported separately and not counted against us.
 * Exits 0 once it has run (2, with a message on stderr, for bad arguments).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { decodeHtml, extractHtml, type FileExtraction } from './extract';
import { printPlatforms, scorePlatforms, type PlatformRow } from './eval-platforms';

const FIELDS = ['title', 'author', 'siteName', 'date', 'description', 'image', 'lang'] as const;
type Field = (typeof FIELDS)[number];
/** The name of each field in expected.json. */
const EXPECTED_KEY: Record<Field, string> = {
  title: 'title',
  author: 'author',
  siteName: 'publisher',
  date: 'date',
  description: 'description',
  image: 'image',
  lang: 'lang',
};
const LABEL: Record<Field, string> = {
  title: 'title',
  author: 'author',
  siteName: 'site name',
  date: 'date',
  description: 'description',
  image: 'image',
  lang: 'language',
};

export function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sameDay(expected: string, got: string): boolean {
  const a = Date.parse(expected);
  const b = Date.parse(got);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return day(a) === day(b) || Math.abs(a - b) <= 24 * 3_600_000;
}

export function imageKey(value: string): string {
  try {
    const u = new URL(value);
    let path = u.pathname;
    for (let i = 0; i < 3 && /%[\da-f]{2}/i.test(path); i++) {
      try {
        path = decodeURIComponent(path);
      } catch {
        break;
      }
    }
    return `${u.hostname.replace(/^www\./, '')}${path.replace(/\/$/, '')}`.toLowerCase();
  } catch {
    return value;
  }
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** What we extracted for a field, as shown in a mismatch (and compared, but for author). */
function got(out: FileExtraction, field: Field): string | undefined {
  switch (field) {
    case 'author':
      return out.authors.length ? out.authors.map((a) => a.name).join('; ') : undefined;
    case 'date':
      return out.publishedAt;
    default:
      return out[field];
  }
}

/** The recorded title (folded) without a leading or trailing site name, for each of `sites`. */
function withoutSite(title: string, sites: (string | undefined)[]): string[] {
  const t = fold(title);
  const out: string[] = [];
  for (const site of sites) {
    const s = site ? fold(site) : '';
    if (!s || s.length >= t.length) continue;
    if (t.endsWith(` ${s}`)) out.push(t.slice(0, t.length - s.length - 1));
    if (t.startsWith(`${s} `)) out.push(t.slice(s.length + 1));
  }
  return out;
}

/** Whether we agree, and how: 'alt' when only through the documented allowance for that field. */
function agrees(
  field: Field,
  expected: string,
  out: FileExtraction,
  recorded: Record<string, unknown>,
): false | 'yes' | 'alt' | 'org' {
  const value = got(out, field);
  const eq = (a: string | undefined) => !!a && fold(a) === fold(expected);
  switch (field) {
    case 'title': {
      if (eq(value)) return 'yes';
      const site = typeof recorded['publisher'] === 'string' ? recorded['publisher'] : undefined;
      return !!value && withoutSite(expected, [site, out.siteName, out.publisher?.name]).includes(fold(value))
        ? 'alt'
        : false;
    }
    case 'author': {
      if (out.authors.some((a) => eq(a.name))) return 'yes';
      const names = out.authors.map((a) => a.name);
      if (names.length > 1 && [' and ', ', ', ' & '].some((sep) => eq(names.join(sep)))) return 'alt';
      return out.organizations.some((o) => eq(o.name)) ? 'org' : false;
    }
    case 'siteName':
      return eq(value) ? 'yes' : eq(out.publisher?.name) ? 'alt' : false;
    case 'date':
      return !!value && sameDay(expected, value)
        ? 'yes'
        : !!out.modifiedAt && sameDay(expected, out.modifiedAt)
          ? 'alt'
          : false;
    case 'image':
      return !!value && imageKey(value) === imageKey(expected) ? 'yes' : false;
    case 'lang':
      return !!value && primary(value) === primary(expected) ? 'yes' : false;
    case 'description': {
      if (!value) return false;
      const [a, b] = [fold(expected), fold(value)];
      const [short, long] = a.length <= b.length ? [a, b] : [b, a];
      return a === b || (short.length >= 40 && long.startsWith(short)) ? 'yes' : false;
    }
  }
}

/** What each field's 'alt' agreement means, for the report. */
const ALT: Partial<Record<Field, string>> = {
  title: 'only once the site name is removed from the recorded title',
  author: 'only as all our authors joined',
  siteName: "only through the publisher's name",
  date: 'only through modifiedAt (publishedAt alone: {n})',
};

interface KnownError {
  entry: string;
  field: string;
  reason: string;
}

interface FieldScore {
  matched: number;
  total: number;
  /** Matched only through the field's documented allowance (see ALT). */
  alt: number;
  /** Authors matched only as an organization credited with the page. */
  org: number;
  /** Mismatches on entries listed as known corpus errors: not counted in `total`. */
  known: number;
}

interface Mismatch {
  entry: string;
  field: Field;
  expected: string;
  got: string | undefined;
  known?: string;
}

function loadKnownErrors(): KnownError[] {
  const file = new URL('./corpus-known-errors.json', import.meta.url);
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as { errors?: KnownError[] };
  return data.errors ?? [];
}

function usage(message: string): never {
  process.stderr.write(`eval-corpus: ${message}\nusage: npm run eval:corpus -- <corpus dir> [--json]\n`);
  process.exit(2);
}

function main(args: string[]): void {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const unknown = rest.find((a) => a.startsWith('-'));
  if (unknown) usage(`unknown option ${unknown}`);
  if (rest.length !== 1 || !rest[0])
    usage(rest.length ? 'give exactly one corpus directory' : 'missing the corpus directory');
  const dir = resolve(rest[0]);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) usage(`not a directory: ${rest[0]}`);

  const known = loadKnownErrors();
  const corpusName = basename(dir);
  const knownReason = (entry: string, field: Field) =>
    known.find((k) => (k.entry === entry || k.entry === `${corpusName}/${entry}`) && k.field === EXPECTED_KEY[field])
      ?.reason;

  const scores = Object.fromEntries(
    FIELDS.map((f) => [f, { matched: 0, total: 0, alt: 0, org: 0, known: 0 }]),
  ) as Record<Field, FieldScore>;
  const mismatches: Mismatch[] = [];
  let entries = 0;
  let compared = 0;
  let unchecked = 0;
  const failures: string[] = [];
  const platformRows: PlatformRow[] = [];

  for (const entry of readdirSync(dir).sort()) {
    const folder = join(dir, entry);
    const htmlFile = join(folder, 'page.html');
    const expectedFile = join(folder, 'expected.json');
    if (!statSync(folder).isDirectory() || !existsSync(htmlFile) || !existsSync(expectedFile)) continue;
    entries++;
    let record: { url?: string; expected?: Record<string, unknown> | null };
    let out: FileExtraction;
    try {
      record = JSON.parse(readFileSync(expectedFile, 'utf8')) as typeof record;
      out = extractHtml(decodeHtml(readFileSync(htmlFile)), record.url ?? 'https://example.invalid/');
    } catch (error) {
      failures.push(`${entry}: ${String(error)}`);
      continue;
    }
    const expected = record.expected;
    platformRows.push({ entry, url: record.url ?? '', site: out.site, expected });
    if (!expected) {
      unchecked++;
      continue;
    }
    compared++;
    for (const field of FIELDS) {
      const value = expected[EXPECTED_KEY[field]];
      if (typeof value !== 'string' || !value.trim()) continue;
      const score = scores[field];
      const agreement = agrees(field, value, out, expected);
      if (agreement) {
        score.total++;
        score.matched++;
        if (agreement === 'alt') score.alt++;
        if (agreement === 'org') score.org++;
        continue;
      }
      const reason = knownReason(entry, field);
      if (reason) score.known++;
      else score.total++;
      mismatches.push({ entry, field, expected: value, got: got(out, field), ...(reason && { known: reason }) });
    }
  }

  const pct = (s: FieldScore) => (s.total ? Math.round((1_000 * s.matched) / s.total) / 10 : 0);
  const platforms = scorePlatforms(platformRows);
  if (json) {
    const fields = Object.fromEntries(FIELDS.map((f) => [LABEL[f], { ...scores[f], pct: pct(scores[f]) }]));
    process.stdout.write(
      `${JSON.stringify({ dir, entries, compared, unchecked, fields, mismatches, failures, platforms }, null, 2)}\n`,
    );
    return;
  }
  const show = (s: string | undefined) =>
    s === undefined ? '(nothing)' : JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s);
  console.log(
    `Corpus ${dir}: ${entries} entries, ${compared} with expected values, ${unchecked} without (counted, not compared)\n`,
  );
  for (const f of FIELDS) {
    const s = scores[f];
    const alt =
      (s.alt ? ` [${s.alt} ${ALT[f]?.replace('{n}', String(s.matched - s.alt))}]` : '') +
      (s.org ? ` [${s.org} only as an organization credited with the page, not a person]` : '');
    console.log(
      `${LABEL[f]}: ${s.matched}/${s.total} (${pct(s)}%)${s.known ? ` + ${s.known} known corpus error(s) not counted` : ''}${alt}`,
    );
  }
  const ours = mismatches.filter((m) => !m.known);
  const theirs = mismatches.filter((m) => m.known);
  console.log(`\nMismatches (${ours.length}):`);
  for (const m of ours) console.log(`${m.entry} ${LABEL[m.field]}: expected ${show(m.expected)} got ${show(m.got)}`);
  if (theirs.length) {
    console.log(`\nKnown corpus errors (${theirs.length}, not counted):`);
    for (const m of theirs)
      console.log(`${m.entry} ${LABEL[m.field]}: recorded ${show(m.expected)} got ${show(m.got)} (${m.known})`);
  }
  printPlatforms(platforms, show);
  if (failures.length) {
    console.log(`\nEntries that could not be read (${failures.length}):`);
    for (const f of failures) console.log(f);
  }
  const summary = FIELDS.map((f) => `${LABEL[f]} ${pct(scores[f])}%`).join(', ');
  console.log(
    `\nSummary: ${compared}/${entries} entries compared; ${summary}; ${platforms.recognized}/${entries} on a known platform`,
  );
}

main(process.argv.slice(2));
