/**
 * The site adapters' part of the corpus evaluation (run by eval-corpus.ts): for every page, which
 * platform the adapters recognize, what they say the page is, and who is behind it, grouped by
 * platform. Where the corpus records values, two agreements are measured (texts folded as in
 * eval-corpus):
 * - platform: the recorded `publisher` names our platform (`site`: "Bluesky" for "Bluesky
 *   Social", either being a word-prefix of the other), or the publication the adapter says the
 *   page is part of (a Medium publication, a Substack newsletter). A page whose recorded publisher
 *   names one of our platforms but that no adapter recognized counts as a miss of that platform.
 * - who: the recorded `author` equals the name of the page's subject (a profile, a channel) or of
 *   one of its creators (a post's author, a video's channel, an episode's show).
 * Pages that no adapter recognizes and whose publisher names no platform we know are listed,
 * not counted.
 */
import { SITE_ADAPTERS } from '../utils/sites/index';
import type { SiteAgent, SiteInfo } from '../utils/sites/types';

export interface PlatformRow {
  entry: string;
  url: string;
  site: SiteInfo | undefined;
  /** The corpus's recorded values; null or missing when it records none. */
  expected: Record<string, unknown> | null | undefined;
}

interface Agreement {
  matched: number;
  total: number;
}

export interface PlatformScore {
  pages: number;
  /** "video/video": how many pages of each type and kind. */
  types: Record<string, number>;
  platform: Agreement;
  who: Agreement;
}

export interface PlatformMismatch {
  entry: string;
  platform: string;
  check: 'platform' | 'who';
  expected: string;
  got: string | undefined;
}

export interface PlatformReport {
  recognized: number;
  pages: number;
  platforms: Record<string, PlatformScore>;
  mismatches: PlatformMismatch[];
  /** Pages no adapter recognized: their host, and the recorded publisher if any. */
  unrecognized: { entry: string; host: string; publisher?: string }[];
}

const fold = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Equal folded, or one a word-prefix of the other ("bluesky" / "bluesky social"). */
const samePlatform = (a: string, b: string) => {
  const [x, y] = [fold(a), fold(b)];
  return !!x && !!y && (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `));
};

const recorded = (expected: PlatformRow['expected'], key: string) => {
  const v = expected?.[key];
  return typeof v === 'string' && v.trim() ? v : undefined;
};

/** The agents the page is about or made by: its subject, its creator and its creators. */
const whoOf = (info: SiteInfo): SiteAgent[] =>
  [info.subject, info.creator, ...(info.creators ?? [])].filter((a): a is SiteAgent => !!a);

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/** The platform a recorded publisher names, if it is one of ours ("X", "YouTube", "Bluesky Social"). */
function knownPlatform(publisher: string | undefined): string | undefined {
  if (!publisher) return undefined;
  return SITE_ADAPTERS.filter((a) => a.id !== 'personal-site')
    .map((a) => a.name)
    .find((name) => samePlatform(name, publisher) || samePlatform(name.replace(/\s*\(.*\)$/, ''), publisher));
}

export function scorePlatforms(rows: readonly PlatformRow[]): PlatformReport {
  const platforms: Record<string, PlatformScore> = {};
  const mismatches: PlatformMismatch[] = [];
  const unrecognized: PlatformReport['unrecognized'] = [];
  const score = (name: string) =>
    (platforms[name] ??= { pages: 0, types: {}, platform: { matched: 0, total: 0 }, who: { matched: 0, total: 0 } });

  for (const { entry, url, site: info, expected } of rows) {
    const publisher = recorded(expected, 'publisher');
    const author = recorded(expected, 'author');
    if (!info) {
      const missed = knownPlatform(publisher);
      if (missed && publisher) {
        const s = score(missed);
        s.platform.total++;
        mismatches.push({ entry, platform: missed, check: 'platform', expected: publisher, got: undefined });
      } else unrecognized.push({ entry, host: hostOf(url), ...(publisher && { publisher }) });
      continue;
    }
    const s = score(info.site);
    s.pages++;
    const type = `${info.type}/${info.kind}`;
    s.types[type] = (s.types[type] ?? 0) + 1;
    if (publisher) {
      s.platform.total++;
      const names = [info.site, ...(info.partOf?.name ? [info.partOf.name] : [])];
      if (names.some((n) => samePlatform(n, publisher))) s.platform.matched++;
      else
        mismatches.push({ entry, platform: info.site, check: 'platform', expected: publisher, got: names.join(' / ') });
    }
    if (author) {
      s.who.total++;
      const names = whoOf(info)
        .map((a) => a.name)
        .filter((n): n is string => !!n);
      if (names.some((n) => fold(n) === fold(author))) s.who.matched++;
      else
        mismatches.push({
          entry,
          platform: info.site,
          check: 'who',
          expected: author,
          got: names.length ? names.join('; ') : undefined,
        });
    }
  }
  const pages = rows.length;
  const recognized = rows.filter((r) => r.site).length;
  return { recognized, pages, platforms, mismatches, unrecognized };
}

export function printPlatforms(report: PlatformReport, show: (s: string | undefined) => string): void {
  const figure = (a: Agreement) => (a.total ? `${a.matched}/${a.total}` : '–');
  console.log(`\nPlatforms (site adapters): ${report.recognized}/${report.pages} pages recognized`);
  const names = Object.keys(report.platforms).sort(
    (a, b) => (report.platforms[b]?.pages ?? 0) - (report.platforms[a]?.pages ?? 0) || a.localeCompare(b),
  );
  for (const name of names) {
    const s = report.platforms[name];
    if (!s) continue;
    const types = Object.entries(s.types)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    console.log(
      `  ${name}: ${s.pages} page(s)${types ? ` (${types})` : ''}; platform ${figure(s.platform)}; who ${figure(s.who)}`,
    );
  }
  const total = (key: 'platform' | 'who') =>
    Object.values(report.platforms).reduce(
      (t, s) => ({ matched: t.matched + s[key].matched, total: t.total + s[key].total }),
      { matched: 0, total: 0 },
    );
  console.log(`  All platforms: platform ${figure(total('platform'))}; who ${figure(total('who'))}`);
  if (report.mismatches.length) {
    console.log(`\nPlatform mismatches (${report.mismatches.length}):`);
    for (const m of report.mismatches)
      console.log(`${m.entry} [${m.platform}] ${m.check}: expected ${show(m.expected)} got ${show(m.got)}`);
  }
  if (report.unrecognized.length) {
    console.log(`\nNot on a known platform (${report.unrecognized.length}, not counted):`);
    console.log(
      report.unrecognized
        .map((u) => `${u.entry} (${u.host}${u.publisher ? `, publisher ${JSON.stringify(u.publisher)}` : ''})`)
        .join('\n'),
    );
  }
}
