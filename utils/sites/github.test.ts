import { describe, expect, it } from 'vitest';
import { github } from './github';
import { read, shape } from './test-page';

describe('github', () => {
  it.each([
    ['https://github.com/torvalds', 'profile/person'],
    ['https://github.com/orgs/microlinkhq/repositories', 'organization/organization'],
    ['https://github.com/microlinkhq/mql', 'repository/community'],
    ['https://github.com/microlinkhq/mql/tree/master/src', 'repository/community'],
    ['https://github.com/microlinkhq/mql/issues/12', 'post/article'],
    ['https://github.com/microlinkhq/mql/pull/3', 'post/article'],
    ['https://github.com/settings/profile', undefined],
    ['https://github.com/explore', undefined],
    ['https://github.com/', undefined],
    ['https://gist.github.com/torvalds', undefined],
    ['https://gitlab.com/torvalds', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(github, url))).toBe(expected));

  it("on a person's profile: their name from GitHub's title, login, avatar and activity feed", () => {
    const info = read(github, 'https://github.com/torvalds', {
      kind: 'person',
      title: 'torvalds (Linus Torvalds)',
      image: 'https://avatars.githubusercontent.com/u/1024025',
      authors: [{ name: 'torvalds (Linus Torvalds)', url: 'https://github.com/torvalds' }],
    });
    expect(info?.subject).toEqual({
      kind: 'person',
      site: 'GitHub',
      name: 'Linus Torvalds',
      url: 'https://github.com/torvalds',
      handle: 'torvalds',
      image: 'https://avatars.githubusercontent.com/u/1024025',
      feeds: [{ url: 'https://github.com/torvalds.atom', type: 'atom' }],
    });
  });

  it('says organization when the page does (its structured data), without a feed', () => {
    const info = read(github, 'https://github.com/microlinkhq', { kind: 'organization', title: 'Microlink' });
    expect(info?.subject).toMatchObject({ kind: 'organization', name: 'Microlink', handle: 'microlinkhq', feeds: [] });
  });

  it("gives a repository's owner as its creator", () => {
    const info = read(github, 'https://github.com/microlinkhq/mql', {
      title: 'microlinkhq/mql: Microlink Query Language',
      authors: [{ name: 'microlinkhq', url: 'https://github.com/microlinkhq' }],
    });
    expect(info?.creator).toMatchObject({
      kind: 'person',
      name: 'microlinkhq',
      url: 'https://github.com/microlinkhq',
      handle: 'microlinkhq',
    });
    expect(read(github, 'https://github.com/microlinkhq/mql/issues/12')?.creator).toBeUndefined();
  });

  it("gives a repository's owner as an organization when the page credits it as one", () => {
    const info = read(github, 'https://github.com/microlinkhq/mql', {
      kind: 'community',
      title: 'microlinkhq/mql: Microlink Query Language',
      organizations: [{ name: 'microlinkhq', url: 'https://github.com/microlinkhq', feeds: [] }],
    });
    expect(info).toMatchObject({ type: 'repository', kind: 'community' });
    expect(info?.creator).toMatchObject({
      kind: 'organization',
      name: 'microlinkhq',
      url: 'https://github.com/microlinkhq',
      feeds: [],
    });
  });
});
