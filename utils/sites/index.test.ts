import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS, recognizeSite } from './index';
import { page } from './test-page';
import type { SiteAdapter } from './types';

describe('the adapter list', () => {
  it('holds each adapter once, with the personal site last (any platform knows its pages better)', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('personal-site');
    expect(ids.indexOf('mastodon')).toBeGreaterThan(ids.indexOf('tiktok'));
    expect(ids.indexOf('mastodon')).toBeGreaterThan(ids.indexOf('medium'));
  });
});

describe('recognizeSite', () => {
  it('reads the tab address before the canonical one', () => {
    const info = recognizeSite(
      'https://x.com/elonx/status/1234567890',
      page({ url: 'https://x.com/realDonaldTrump/status/1', authors: [{ name: 'Life on X' }] }),
    );
    expect(info?.creator).toMatchObject({ url: 'https://x.com/elonx', name: 'Life on X' });
  });

  it("uses the canonical address when the tab's is not the platform's", () => {
    const info = recognizeSite(
      'https://l.example.com/r?to=profile',
      page({ url: 'https://bsky.app/profile/ada.example', title: 'Ada (@ada.example)' }),
    );
    expect(info).toMatchObject({ site: 'Bluesky', type: 'profile', subject: { handle: '@ada.example' } });
  });

  it('knows nothing of a page on no known platform, or of an address that is not http(s)', () => {
    expect(
      recognizeSite(
        'https://blog.example.org/posts/1',
        page({ authors: [{ name: 'Ada', url: 'https://blog.example.org/authors/ada' }] }),
      ),
    ).toBeUndefined();
    expect(recognizeSite('chrome://settings', page())).toBeUndefined();
    expect(recognizeSite('not a url', page())).toBeUndefined();
  });

  it('skips an adapter that throws, and one that matches but does not know the page', () => {
    const broken: SiteAdapter = {
      id: 'broken',
      name: 'Broken',
      matches: () => true,
      read: () => {
        throw new Error('changed its pages');
      },
    };
    const shy: SiteAdapter = { id: 'shy', name: 'Shy', matches: () => true, read: () => undefined };
    const info = recognizeSite('https://www.youtube.com/watch?v=x', page(), [broken, shy, ...SITE_ADAPTERS]);
    expect(info?.site).toBe('YouTube');
  });

  it('is the same whichever of youtu.be, m.youtube.com or the watch page the tab shows', () => {
    const urls = ['https://youtu.be/abc', 'https://m.youtube.com/watch?v=abc', 'https://www.youtube.com/shorts/abc'];
    expect(urls.map((u) => recognizeSite(u, page())?.type)).toEqual(['video', 'video', 'video']);
  });
});

describe('every adapter, on hostile addresses and pages', () => {
  const paths = [
    '/@a%3Fb%23c',
    '/%E0%A4%A',
    '/@x/status/1?x=<script>',
    `/${'a'.repeat(3000)}`,
    '/users/ada/statuses/1',
    '/profile/did:plc:abc/post/1',
    '/r/x/comments/1/y',
    '/in/%22%3E%3Cimg%3E',
    '/p/x',
    '/abs/1706.03762',
    '/citations?user=abcdefABCDEF',
    '/watch?v=x&list=y',
    '/e/x-tickets-123456789',
  ];
  const hosts = [
    'example.com',
    'x.com',
    'bsky.app',
    'www.youtube.com',
    'medium.com',
    't.me',
    'github.com',
    'www.reddit.com',
    'www.linkedin.com',
    'arxiv.org',
    'scholar.google.com',
    'www.eventbrite.com',
    'social.example',
  ];
  const hostile = page({
    title: `<img src=x onerror=alert(1)> (@a@social.example) ${'x'.repeat(600)}`,
    authors: [
      {
        name: '<b>Ada</b>',
        url: 'javascript:alert(1)',
        image: 'data:image/png;base64,AAAA',
        sameAs: ['javascript:alert(1)', 'https://ok.example/'],
      },
    ],
    feeds: [{ url: 'https://social.example/@a.rss', type: 'rss' }],
    publisher: { name: 'P', url: 'file:///etc/passwd' },
  });

  it('never throws, and every address it gives is http(s)', () => {
    const http = (u: string | undefined) => u === undefined || /^https?:\/\//.test(u);
    let checked = 0;
    for (const host of hosts) {
      for (const path of paths) {
        const url = `https://${host}${path}`;
        const info = recognizeSite(url, hostile);
        for (const a of [info?.subject, info?.creator, info?.partOf, ...(info?.creators ?? [])]) {
          if (!a) continue;
          checked += 1;
          expect(
            http(a.url) && http(a.image) && a.feeds.every((f) => http(f.url)) && (a.sameAs ?? []).every(http),
            `${url}: ${JSON.stringify(a)}`,
          ).toBe(true);
          expect(a.handle?.length ?? 0).toBeLessThanOrEqual(100);
        }
      }
    }
    // The hostile page did reach the adapters: many of them named someone.
    expect(checked).toBeGreaterThan(10);
  });
});
