import { describe, expect, it } from 'vitest';
import { mastodon } from './mastodon';
import { read, shape, type PageFields } from './test-page';

const PROFILE: PageFields = {
  kind: 'person',
  title: 'Ada Lovelace (@ada@social.example)',
  siteName: 'Example Social',
  image: 'https://files.social.example/avatars/ada.png',
  authors: [
    {
      name: 'Ada Lovelace',
      url: 'https://social.example/@ada',
      image: 'https://files.social.example/avatars/ada.png',
      sameAs: ['https://ada.example/'],
    },
  ],
  feeds: [{ url: 'https://social.example/@ada.rss', title: "Ada Lovelace's posts", type: 'rss' }],
};

describe('mastodon, on any instance', () => {
  it('on a profile: the person, full handle, avatar, links and the RSS feed the page announces', () => {
    const info = read(mastodon, 'https://social.example/@ada', PROFILE);
    expect(info).toEqual({
      site: 'Mastodon',
      type: 'profile',
      kind: 'person',
      subject: {
        kind: 'person',
        site: 'Mastodon',
        name: 'Ada Lovelace',
        url: 'https://social.example/@ada',
        handle: '@ada@social.example',
        image: 'https://files.social.example/avatars/ada.png',
        feeds: [{ url: 'https://social.example/@ada.rss', title: "Ada Lovelace's posts", type: 'rss' }],
        sameAs: ['https://ada.example/'],
      },
    });
  });

  it('recognizes /users/name and a post by its "Name (@user@instance)" title', () => {
    expect(shape(read(mastodon, 'https://social.example/users/ada', PROFILE))).toBe('profile/person');
    const post = read(mastodon, 'https://social.example/@ada/109318821117356215', {
      title: 'Ada Lovelace (@ada@social.example)',
    });
    expect(post?.type).toBe('post');
    expect(post?.creator).toEqual({
      kind: 'person',
      site: 'Mastodon',
      name: 'Ada Lovelace',
      url: 'https://social.example/@ada',
      handle: '@ada@social.example',
      feeds: [{ url: 'https://social.example/@ada.rss', type: 'rss' }],
    });
    expect(
      shape(
        read(mastodon, 'https://social.example/users/ada/statuses/109318821117356215', {
          title: 'Ada (@ada@social.example)',
        }),
      ),
    ).toBe('post/article');
  });

  it("takes the handle's domain from the page (an instance on another web domain) and reads remote accounts", () => {
    const info = read(mastodon, 'https://mastodon.example.org/@ada', { title: 'Ada (@ada@example.org)' });
    expect(info?.subject?.handle).toBe('@ada@example.org');
    const remote = read(mastodon, 'https://social.example/@grace@other.example', {
      title: 'Grace (@grace@other.example)',
    });
    expect(remote?.subject).toMatchObject({ url: 'https://other.example/@grace', handle: '@grace@other.example' });
  });

  it('needs the page to show it is Mastodon: an /@name address alone is not enough', () => {
    expect(read(mastodon, 'https://video.example/@ada', { kind: 'person', title: 'Ada' })).toBeUndefined();
    expect(read(mastodon, 'https://social.example/@ada/followers', PROFILE)).toBeUndefined();
    expect(read(mastodon, 'https://social.example/about', PROFILE)).toBeUndefined();
    expect(
      read(mastodon, 'https://social.example/@ada', {
        ...PROFILE,
        title: 'Ada',
        feeds: [{ url: 'https://elsewhere.example/@ada.rss', type: 'rss' }],
      }),
    ).toBeUndefined();
  });
});
