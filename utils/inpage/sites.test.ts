import { describe, expect, it } from 'vitest';
import { IN_PAGE_SITES, TEST_SITE, onSite, siteFor } from './sites';

describe('in-page sites', () => {
  it.each([
    ['https://www.youtube.com/watch?v=abc', 'youtube'],
    ['https://x.com/ada', 'x'],
    ['https://twitter.com/ada', 'x'],
    ['https://bsky.app/profile/ada.dev', 'bluesky'],
    ['https://github.com/ada', 'github'],
    ['https://gist.github.com/ada', undefined],
    ['http://www.youtube.com/', undefined],
    ['https://evil.example/?https://github.com/', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, id) => {
    expect(siteFor(url, IN_PAGE_SITES)?.id).toBe(id);
  });

  it('knows the test site only when asked', () => {
    expect(siteFor('http://127.0.0.1:8080/profile.html', IN_PAGE_SITES)).toBeUndefined();
    expect(onSite(TEST_SITE, 'http://127.0.0.1:8080/profile.html')).toBe(true);
  });
});
