/**
 * URL normalization: the single place that decides when two URLs are "the same source".
 *
 * `normalizeUrl(input, base?)` returns the canonical string, or `undefined` when the input is not a
 * valid absolute http(s) URL (javascript:, data:, file:, mailto:, chrome:, bare "example.com",
 * garbage, empty, or longer than MAX_URL_LENGTH before or after normalizing). Rules, in order:
 *
 *  1. Trim whitespace; resolve against `base` if given (relative hrefs, e.g. a canonical link).
 *  2. WHATWG URL parsing does the rest of the syntax: lower-cases scheme and host, punycodes
 *     international hosts, resolves dot segments, percent-encodes, drops :80 / :443.
 *  3. Drop username and password.
 *  4. Strip trailing dots from the host, then rewrite mobile / alias hosts (HOST_RULES).
 *  5. Drop the fragment, except hash-bang routes (`#!/...`), the page identity of some old SPAs.
 *  6. YouTube: youtu.be/ID, /shorts/ID, /embed/ID, /live/ID, /v/ID become
 *     www.youtube.com/watch?v=ID; watch URLs keep only `v`, `list` and `t`.
 *  7. Remove tracking parameters (`isTrackingParam`: utm_*, click ids, ... and a few per-host ones,
 *     HOST_PARAMS). Remaining parameters keep their order and original encoding; empty pairs and
 *     an empty `?` are dropped. A bare `ref` is kept on purpose: it can be meaningful.
 *  8. Remove trailing slashes from the path, except the root "/" (https://a.com -> https://a.com/).
 *
 * The result is stable: normalizeUrl(normalizeUrl(x)) === normalizeUrl(x).
 */

export const MAX_URL_LENGTH = 2048;

/** Host rewrites, first match wins; the replacement may use regex groups. */
const HOST_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:www\.|m\.)?youtube(?:-nocookie)?\.com$/, 'www.youtube.com'],
  [/^(?:m\.)?facebook\.com$/, 'www.facebook.com'],
  [/^(?:www\.|mobile\.)?(?:twitter|x)\.com$/, 'x.com'],
  [/^(?:old\.|new\.|m\.)?reddit\.com$/, 'www.reddit.com'],
  [/^([a-z0-9-]+)\.m\.(wiki(?:pedia|books|quote|source|news|versity|voyage|media)|wiktionary)\.org$/, '$1.$2.org'],
];

/** Tracking parameters stripped on every host (compared lower-case), plus any `utm_*`. */
const TRACKING_PARAMS = new Set(
  [
    'fbclid',
    'gclid',
    'gclsrc',
    'dclid',
    'gbraid',
    'wbraid',
    'msclkid',
    'mc_cid',
    'mc_eid',
    'igshid',
    'igsh',
    'ref_src',
    'ref_url',
    'yclid',
    '_hsenc',
    '_hsmi',
    '__hssc',
    '__hstc',
    '__hsfp',
    'hsCtaTracking',
    'mkt_tok',
    'oly_anon_id',
    'oly_enc_id',
    'vero_id',
    'vero_conv',
    '_ga',
    '_gl',
    's_cid',
    'ncid',
    'cmpid',
    'twclid',
    'ttclid',
    'li_fat_id',
    'sr_share',
  ].map((p) => p.toLowerCase()),
);

/** Share / tracking parameters that are only noise on some hosts (host after HOST_RULES). */
const HOST_PARAMS: ReadonlyArray<readonly [RegExp, ReadonlySet<string>]> = [
  [/(?:^|\.)youtube\.com$|^youtu\.be$/, new Set(['si', 'feature', 'pp'])],
  [/^open\.spotify\.com$/, new Set(['si'])],
  [/^x\.com$/, new Set(['s', 't'])],
];

const YOUTUBE = 'www.youtube.com';
const YOUTUBE_VIDEO_PATH = /^\/(?:shorts|embed|live|v)\/([^/]+)/;
const YOUTUBE_WATCH_PARAMS = new Set(['v', 'list', 't']);

/** Whether a query parameter is tracking noise; pass the (normalized) host for per-host rules. */
export function isTrackingParam(name: string, host?: string): boolean {
  const p = name.toLowerCase();
  if (p.startsWith('utm_') || TRACKING_PARAMS.has(p)) return true;
  return host !== undefined && HOST_PARAMS.some(([re, params]) => re.test(host) && params.has(p));
}

export function normalizeUrl(input: string, base?: string): string | undefined {
  if (typeof input !== 'string') return undefined;
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > MAX_URL_LENGTH) return undefined;

  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;

  // Each part is set only when it changes: every setter serializes the whole URL again, and an
  // import normalizes thousands of addresses that are mostly normal already.
  if (url.username) url.username = '';
  if (url.password) url.password = '';

  const host = canonicalHost(url.hostname.replace(/\.+$/, ''));
  if (!host) return undefined;
  if (host !== url.hostname) url.hostname = host;

  // `hash` is '' for an empty fragment too: the href tells whether there is one.
  if (!(url.hash.startsWith('#!') && url.hash.length > 2) && url.href.includes('#')) url.hash = '';

  youtube(url);
  const search = filterQuery(url.search, (name) => !isTrackingParam(name, url.hostname));
  // Likewise `search` is '' for an empty query ("?").
  if (search !== url.search || (search === '' && url.href.includes('?'))) url.search = search;
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path !== url.pathname) url.pathname = path;

  return url.href.length > MAX_URL_LENGTH ? undefined : url.href;
}

/** True when both are valid http(s) URLs with the same normalized form. */
export function sameUrl(a: string, b: string): boolean {
  const na = normalizeUrl(a);
  return na !== undefined && na === normalizeUrl(b);
}

function canonicalHost(host: string): string {
  for (const [re, replacement] of HOST_RULES) {
    if (re.test(host)) return host.replace(re, replacement);
  }
  return host;
}

function youtube(url: URL): void {
  const id =
    url.hostname === 'youtu.be'
      ? url.pathname.split('/')[1]
      : url.hostname === YOUTUBE
        ? YOUTUBE_VIDEO_PATH.exec(url.pathname)?.[1]
        : undefined;
  if (id) {
    url.hostname = YOUTUBE;
    url.pathname = '/watch';
    url.search = `?v=${id}&${url.search.slice(1)}`;
  }
  if (url.hostname === YOUTUBE && url.pathname === '/watch') {
    url.search = filterQuery(url.search, (name) => YOUTUBE_WATCH_PARAMS.has(name));
  }
}

/** Keeps the `name=value` pairs whose decoded name passes `keep`, untouched and in order. */
function filterQuery(search: string, keep: (name: string) => boolean): string {
  const pairs = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && keep(paramName(pair)));
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function paramName(pair: string): string {
  const raw = (pair.split('=', 1)[0] ?? '').replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
