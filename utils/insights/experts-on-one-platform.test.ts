import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { hostOf } from '../url/host';
import { expertsOnOnePlatform, expertsOnOnePlatformGaps } from './experts-on-one-platform';

const person = (id: string, url?: string) => testSource({ id, kind: 'person', url });

describe('expertsOnOnePlatform', () => {
  it('names the one host every linked person is on', () => {
    expect(expertsOnOnePlatform([person('a', 'https://x.com/ada'), person('b', 'https://x.com/grace')], 0)).toBe(
      'x.com',
    );
  });

  it('ignores people without a link and sources that are not people', () => {
    const sources = [
      person('a', 'https://x.com/ada'),
      person('b', 'https://x.com/grace'),
      person('c'),
      testSource({ id: 'post', url: 'https://blog.example/post' }),
    ];
    expect(expertsOnOnePlatform(sources, 0)).toBe('x.com');
  });

  it('is no gap when people are on two platforms', () => {
    expect(
      expertsOnOnePlatform([person('a', 'https://x.com/ada'), person('b', 'https://mastodon.social/@grace')], 0),
    ).toBeUndefined();
  });

  it('needs two linked people to speak of a platform', () => {
    expect(expertsOnOnePlatform([person('a', 'https://x.com/ada'), person('b')], 0)).toBeUndefined();
    expect(expertsOnOnePlatform([], 0)).toBeUndefined();
  });

  it('counts www.example.com and example.com as one site', () => {
    expect(hostOf('https://www.ada.dev/about')).toBe('ada.dev');
    expect(expertsOnOnePlatform([person('a', 'https://www.ada.dev/'), person('b', 'https://ada.dev/grace')], 0)).toBe(
      'ada.dev',
    );
  });
});

describe('expertsOnOnePlatformGaps', () => {
  it('names the platform in the gap', () => {
    expect(
      expertsOnOnePlatformGaps.gaps([person('a', 'https://x.com/ada'), person('b', 'https://x.com/grace')], 0),
    ).toEqual([{ title: { key: 'gap_one_platform', subs: ['x.com'] }, help: { key: 'gap_one_platform_help' } }]);
    expect(expertsOnOnePlatformGaps.gaps([], 0)).toEqual([]);
  });
});
