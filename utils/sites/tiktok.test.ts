import { describe, expect, it } from 'vitest';
import { read, shape } from './test-page';
import { tiktok } from './tiktok';

describe('tiktok', () => {
  it.each([
    ['https://www.tiktok.com/@illojuan', 'profile/person'],
    ['https://www.tiktok.com/@illojuan/video/7571863205253778710', 'video/video'],
    ['https://www.tiktok.com/@illojuan/photo/7571863205253778710', 'post/article'],
    ['https://www.tiktok.com/foryou', undefined],
    ['https://www.tiktok.com/@illojuan/live', undefined],
    ['https://example.com/@illojuan', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(tiktok, url))).toBe(expected));

  it('on a profile: the person, with handle and avatar', () => {
    const info = read(tiktok, 'https://www.tiktok.com/@illojuan', {
      kind: 'person',
      title: 'IlloJuan (@illojuan)',
      authors: [
        { name: 'IlloJuan', url: 'https://www.tiktok.com/@illojuan', image: 'https://p16.tiktokcdn.com/a.jpeg' },
      ],
    });
    expect(info?.subject).toEqual({
      kind: 'person',
      site: 'TikTok',
      name: 'IlloJuan',
      url: 'https://www.tiktok.com/@illojuan',
      handle: '@illojuan',
      image: 'https://p16.tiktokcdn.com/a.jpeg',
      feeds: [],
    });
  });

  it('names a video\'s creator from the "Name on TikTok" title when nothing else does', () => {
    const info = read(tiktok, 'https://www.tiktok.com/@illojuan/video/1', { title: 'IlloJuan on TikTok' });
    expect(info?.creator).toMatchObject({
      kind: 'person',
      name: 'IlloJuan',
      handle: '@illojuan',
      url: 'https://www.tiktok.com/@illojuan',
    });
    expect(read(tiktok, 'https://www.tiktok.com/@illojuan/video/1', { title: 'A dance' })?.creator?.name).toBe(
      '@illojuan',
    );
  });
});
