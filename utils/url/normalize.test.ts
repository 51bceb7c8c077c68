import { describe, expect, it } from 'vitest';
import { MAX_URL_LENGTH, isTrackingParam, normalizeUrl, sameUrl } from './normalize';

/** [rule, input, expected normalized form] */
const CASES: ReadonlyArray<readonly [string, string, string]> = [
  // syntax handled by WHATWG URL + trimming
  ['already normal', 'https://example.com/a/b', 'https://example.com/a/b'],
  ['trims whitespace', '  \n https://example.com/a \t', 'https://example.com/a'],
  ['lower-cases scheme and host, keeps path case', 'HTTPS://Example.COM/Some/Path', 'https://example.com/Some/Path'],
  ['keeps http distinct from https', 'http://example.com/a', 'http://example.com/a'],
  ['strips trailing dot of host', 'https://example.com./a', 'https://example.com/a'],
  ['punycodes international hosts', 'https://Bücher.example/x', 'https://xn--bcher-kva.example/x'],
  ['drops username and password', 'https://user:secret@example.com/a', 'https://example.com/a'],
  ['drops default https port', 'https://example.com:443/a', 'https://example.com/a'],
  ['drops default http port', 'http://example.com:80/a', 'http://example.com/a'],
  ['keeps non-default port', 'https://example.com:8443/a', 'https://example.com:8443/a'],
  ['resolves dot segments', 'https://example.com/a/./b/../c', 'https://example.com/a/c'],
  ['percent-encodes spaces', 'https://example.com/a b', 'https://example.com/a%20b'],
  ['keeps IP hosts', 'http://127.0.0.1:8080/x/', 'http://127.0.0.1:8080/x'],
  // fragment
  ['drops the fragment', 'https://example.com/a#section-2', 'https://example.com/a'],
  ['drops an empty fragment', 'https://example.com/a#', 'https://example.com/a'],
  ['keeps hash-bang routes', 'https://example.com/#!/user/42', 'https://example.com/#!/user/42'],
  ['drops a bare hash-bang', 'https://example.com/a#!', 'https://example.com/a'],
  // trailing slash
  ['removes trailing slash', 'https://example.com/blog/', 'https://example.com/blog'],
  ['removes repeated trailing slashes', 'https://example.com/blog//', 'https://example.com/blog'],
  ['adds root slash', 'https://example.com', 'https://example.com/'],
  ['keeps root slash', 'https://example.com/', 'https://example.com/'],
  ['trailing slash before query', 'https://example.com/blog/?p=2', 'https://example.com/blog?p=2'],
  ['keeps inner double slashes', 'https://example.com/a//b', 'https://example.com/a//b'],
  // query and tracking parameters
  ['keeps params in original order', 'https://example.com/s?z=1&a=2&m=3', 'https://example.com/s?z=1&a=2&m=3'],
  ['strips utm_*', 'https://example.com/a?utm_source=x&utm_medium=y&utm_campaign=z', 'https://example.com/a'],
  ['strips UTM_* case-insensitively', 'https://example.com/a?UTM_Source=x&id=5', 'https://example.com/a?id=5'],
  [
    'strips click ids, keeps the rest in order',
    'https://example.com/a?b=2&fbclid=x&a=1&gclid=y',
    'https://example.com/a?b=2&a=1',
  ],
  [
    'strips msclkid, dclid, gbraid, wbraid',
    'https://example.com/?msclkid=1&dclid=2&gbraid=3&wbraid=4&q=ok',
    'https://example.com/?q=ok',
  ],
  ['strips mailchimp ids', 'https://example.com/n?mc_cid=a&mc_eid=b', 'https://example.com/n'],
  [
    'strips hubspot params',
    'https://example.com/p?_hsenc=a&_hsmi=b&__hstc=c&__hssc=d&__hsfp=e&hsCtaTracking=f',
    'https://example.com/p',
  ],
  [
    'strips misc trackers',
    'https://example.com/p?mkt_tok=a&_ga=b&_gl=c&s_cid=d&ncid=e&cmpid=f&igshid=g&igsh=h',
    'https://example.com/p',
  ],
  [
    'strips more trackers',
    'https://example.com/p?ref_src=a&ref_url=b&yclid=c&vero_id=d&vero_conv=e&oly_anon_id=f&oly_enc_id=g',
    'https://example.com/p',
  ],
  [
    'strips ad-network ids',
    'https://example.com/p?twclid=a&ttclid=b&li_fat_id=c&sr_share=d&gclsrc=e',
    'https://example.com/p',
  ],
  ['keeps bare ref', 'https://example.com/p?ref=main', 'https://example.com/p?ref=main'],
  ['keeps si off Spotify/YouTube', 'https://example.com/p?si=1', 'https://example.com/p?si=1'],
  ['drops an empty ?', 'https://example.com/p?', 'https://example.com/p'],
  ['drops empty pairs', 'https://example.com/p?&a=1&&b=2&', 'https://example.com/p?a=1&b=2'],
  [
    'keeps value-less params and encoding',
    'https://example.com/p?flag&q=a+b%20c',
    'https://example.com/p?flag&q=a+b%20c',
  ],
  ['strips percent-encoded tracker names', 'https://example.com/p?utm%5Fsource=x&k=1', 'https://example.com/p?k=1'],
  ['strips Spotify si', 'https://open.spotify.com/track/abc?si=123', 'https://open.spotify.com/track/abc'],
  // YouTube
  ['youtu.be to watch', 'https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
  [
    'youtu.be keeps t, drops si',
    'https://youtu.be/dQw4w9WgXcQ?si=abc&t=42',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42',
  ],
  [
    'youtu.be keeps list',
    'https://youtu.be/dQw4w9WgXcQ?list=PL123&feature=shared',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL123',
  ],
  ['youtube.com to www', 'https://youtube.com/watch?v=abc', 'https://www.youtube.com/watch?v=abc'],
  ['m.youtube.com to www', 'https://m.youtube.com/watch?v=abc&app=desktop', 'https://www.youtube.com/watch?v=abc'],
  [
    'watch keeps only v, list, t',
    'https://www.youtube.com/watch?feature=share&v=abc&pp=x&list=PL1&ab_channel=Z&t=1m2s&index=3',
    'https://www.youtube.com/watch?v=abc&list=PL1&t=1m2s',
  ],
  ['shorts to watch', 'https://www.youtube.com/shorts/abc123?feature=share', 'https://www.youtube.com/watch?v=abc123'],
  ['embed to watch', 'https://www.youtube.com/embed/abc123?rel=0', 'https://www.youtube.com/watch?v=abc123'],
  [
    'youtube-nocookie embed to watch',
    'https://www.youtube-nocookie.com/embed/abc123',
    'https://www.youtube.com/watch?v=abc123',
  ],
  ['live to watch', 'https://youtube.com/live/abc123?si=x', 'https://www.youtube.com/watch?v=abc123'],
  [
    'channel page drops si/feature',
    'https://m.youtube.com/@somechannel/videos/?si=x&feature=shared',
    'https://www.youtube.com/@somechannel/videos',
  ],
  [
    'playlist keeps list',
    'https://www.youtube.com/playlist?list=PL1&si=x',
    'https://www.youtube.com/playlist?list=PL1',
  ],
  [
    'music.youtube.com host kept',
    'https://music.youtube.com/watch?v=abc&si=x',
    'https://music.youtube.com/watch?v=abc',
  ],
  // mobile / alias hosts
  ['m.facebook.com', 'https://m.facebook.com/somepage/', 'https://www.facebook.com/somepage'],
  ['twitter.com to x.com', 'https://twitter.com/jack/status/20', 'https://x.com/jack/status/20'],
  ['www.twitter.com to x.com', 'https://www.twitter.com/jack', 'https://x.com/jack'],
  ['mobile.twitter.com to x.com', 'https://mobile.twitter.com/jack', 'https://x.com/jack'],
  ['mobile.x.com to x.com', 'https://mobile.x.com/jack', 'https://x.com/jack'],
  ['x.com share params', 'https://x.com/jack/status/20?s=20&t=AbCd', 'https://x.com/jack/status/20'],
  ['en.m.wikipedia.org', 'https://en.m.wikipedia.org/wiki/Graph_theory', 'https://en.wikipedia.org/wiki/Graph_theory'],
  ['de.m.wiktionary.org', 'https://de.m.wiktionary.org/wiki/Netz', 'https://de.wiktionary.org/wiki/Netz'],
  ['www.reddit.com stays', 'https://www.reddit.com/r/rust/', 'https://www.reddit.com/r/rust'],
  ['old.reddit.com', 'https://old.reddit.com/r/rust/comments/1/x/', 'https://www.reddit.com/r/rust/comments/1/x'],
  ['new.reddit.com', 'https://new.reddit.com/r/rust', 'https://www.reddit.com/r/rust'],
  ['m.reddit.com', 'https://m.reddit.com/r/rust', 'https://www.reddit.com/r/rust'],
  ['unrelated subdomain untouched', 'https://blog.twitter.com/en', 'https://blog.twitter.com/en'],
];

/** [reason, input] */
const REJECTED: ReadonlyArray<readonly [string, string]> = [
  ['empty', ''],
  ['whitespace only', '   '],
  ['garbage', 'not a url'],
  ['no scheme', 'example.com/a'],
  ['relative without base', '/a/b'],
  ['javascript:', 'javascript:alert(1)'],
  ['data:', 'data:text/html,<b>hi</b>'],
  ['file:', 'file:///etc/passwd'],
  ['mailto:', 'mailto:someone@example.com'],
  ['chrome:', 'chrome://extensions'],
  ['chrome-extension:', 'chrome-extension://abcdef/popup.html'],
  ['about:', 'about:blank'],
  ['ftp:', 'ftp://example.com/file'],
  ['bad host', 'https://exa mple.com/'],
  ['only dots for host', 'http://./a'],
  ['too long', `https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`],
];

describe('normalizeUrl', () => {
  it.each(CASES)('%s: %s', (_rule, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it.each(CASES)('is idempotent (%s)', (_rule, input) => {
    const once = normalizeUrl(input);
    expect(once).toBeDefined();
    expect(normalizeUrl(once!)).toBe(once);
  });

  it.each(REJECTED)('rejects %s', (_reason, input) => {
    expect(normalizeUrl(input)).toBeUndefined();
  });

  it('rejects a URL that only grows past the limit when percent-encoded', () => {
    expect(normalizeUrl(`https://example.com/${' '.repeat(1000)}x`)).toBeUndefined();
  });

  it('accepts a URL right at the length limit', () => {
    const url = `https://example.com/${'a'.repeat(MAX_URL_LENGTH - 'https://example.com/'.length)}`;
    expect(normalizeUrl(url)).toBe(url);
  });

  it.each([
    ['relative path', 'b/c', 'https://example.com/a/index.html', 'https://example.com/a/b/c'],
    ['root-relative', '/x?utm_source=y', 'https://example.com/a/b', 'https://example.com/x'],
    ['protocol-relative', '//m.youtube.com/watch?v=abc', 'https://example.com/', 'https://www.youtube.com/watch?v=abc'],
    ['absolute input ignores base', 'https://other.org/p/', 'https://example.com/', 'https://other.org/p'],
  ] as const)('resolves %s against base', (_rule, input, base, expected) => {
    expect(normalizeUrl(input, base)).toBe(expected);
  });

  it('rejects relative input with an invalid or non-http base', () => {
    expect(normalizeUrl('/a', 'not a url')).toBeUndefined();
    expect(normalizeUrl('a', 'file:///tmp/')).toBeUndefined();
    expect(normalizeUrl('', 'https://example.com/')).toBeUndefined();
  });

  it('tolerates non-string input from untyped callers', () => {
    expect(normalizeUrl(undefined as unknown as string)).toBeUndefined();
    expect(normalizeUrl(42 as unknown as string)).toBeUndefined();
  });
});

describe('sameUrl', () => {
  it('compares normalized forms', () => {
    expect(sameUrl('https://a.com/blog/', 'https://A.com/blog#top')).toBe(true);
    expect(sameUrl('https://youtu.be/abc?t=1', 'https://m.youtube.com/watch?t=1&v=abc&feature=share')).toBe(false);
    expect(sameUrl('https://youtu.be/abc', 'https://m.youtube.com/watch?v=abc&feature=share')).toBe(true);
    expect(sameUrl('https://a.com', 'https://a.com/?utm_source=x')).toBe(true);
    expect(sameUrl('https://a.com/?a=1&b=2', 'https://a.com/?b=2&a=1')).toBe(false);
    expect(sameUrl('http://a.com/', 'https://a.com/')).toBe(false);
  });

  it('is never true for invalid URLs', () => {
    expect(sameUrl('', '')).toBe(false);
    expect(sameUrl('javascript:void(0)', 'javascript:void(0)')).toBe(false);
  });
});

describe('isTrackingParam', () => {
  it.each([
    'utm_source',
    'UTM_CONTENT',
    'utm_',
    'fbclid',
    'gclid',
    'hsCtaTracking',
    'hsctatracking',
    '__hstc',
    'li_fat_id',
  ])('flags %s', (name) => expect(isTrackingParam(name)).toBe(true));

  it.each(['ref', 'id', 'q', 'page', 'v', 'si', 'feature', 't'])('keeps %s without a host', (name) => {
    expect(isTrackingParam(name)).toBe(false);
  });

  it('applies per-host parameters', () => {
    expect(isTrackingParam('si', 'open.spotify.com')).toBe(true);
    expect(isTrackingParam('si', 'youtu.be')).toBe(true);
    expect(isTrackingParam('feature', 'www.youtube.com')).toBe(true);
    expect(isTrackingParam('si', 'example.com')).toBe(false);
    expect(isTrackingParam('si', 'notyoutube.com')).toBe(false);
  });
});
