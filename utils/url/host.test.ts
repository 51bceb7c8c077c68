import { describe, expect, it } from 'vitest';
import { hostOf } from './host';
import { isHttpUrl } from './http';

describe('hostOf', () => {
  it.each([
    ['https://www.Example.com/a?b', 'example.com'],
    ['http://m.example.com/', 'example.com'],
    ['https://mobile.twitter.com/ada', 'twitter.com'],
    ['https://user:pass@blog.example.org:8080/x', 'blog.example.org'],
    ['https://example.com./', 'example.com'],
    ['https://en.m.wikipedia.org/wiki/X', 'en.m.wikipedia.org'],
    [new URL('https://www.youtube.com/watch?v=1'), 'youtube.com'],
    ['ftp://example.com/', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});

describe('isHttpUrl', () => {
  it('takes http(s) addresses only', () => {
    expect(isHttpUrl('https://a.example/')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('/relative')).toBe(false);
  });
});
