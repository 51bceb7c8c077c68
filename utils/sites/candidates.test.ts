import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dom } from '../../tests/fixtures/extract/dom';
import { buildCandidates, type Candidate } from '../extract/candidates';
import { parseExtraction } from '../extract/extraction';
import { extractPage } from '../extract/index';
import { candidatesFor } from './candidates';
import { page, type PageFields } from './test-page';

const brief = (cs: Candidate[]) => cs.map((c) => `${c.role}:${c.kind}:${c.title}`);
const at = (url: string, fields: PageFields) => candidatesFor(page({ pageUrl: url, url, ...fields }), url);
const fixture = (name: string, url: string) =>
  parseExtraction(
    extractPage(dom(readFileSync(new URL(`../../tests/fixtures/extract/${name}`, import.meta.url), 'utf8')), url),
  );

describe('candidatesFor', () => {
  it('on a profile: the person first, with handle, platform, feed and links, once', () => {
    const url = 'https://social.example.net/@grace';
    const out = candidatesFor(fixture('profile.html', url), url);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      role: 'page',
      kind: 'person',
      title: 'Grace Hopper',
      url,
      handle: '@grace@social.example.net',
      site: 'Mastodon',
      description: 'Compilers, COBOL and nanoseconds.',
      feeds: [{ url: 'https://social.example.net/@grace.rss', title: "Grace Hopper's posts", type: 'rss' }],
    });
    expect(out[0]?.sameAs).toEqual(
      expect.arrayContaining(['https://grace.example.org/', 'https://code.example.com/grace']),
    );
  });

  it('on a page the generic reading takes for an article (a Telegram channel): the channel first', () => {
    const out = at('https://t.me/teslahunt', {
      title: 'Tesla Hunt',
      siteName: 'Telegram',
      publisher: { name: 'Telegram', url: 'https://t.me/' },
    });
    expect(brief(out)).toEqual(['page:channel:Tesla Hunt']);
    expect(out[0]).toMatchObject({ url: 'https://t.me/teslahunt', handle: '@teslahunt', site: 'Telegram' });
  });

  it('on a watch page: the video, then its channel (once, not as an author too), and not "YouTube" as a publication', () => {
    const out = at('https://www.youtube.com/watch?v=fJ9rUzIMcZQ', {
      kind: 'video',
      title: 'Bohemian Rhapsody',
      siteName: 'YouTube',
      authors: [{ name: 'Queen Official', url: 'http://www.youtube.com/@Queen' }],
      channel: { name: 'Queen Official', url: 'http://www.youtube.com/@Queen' },
      publisher: { name: 'YouTube', url: 'https://www.youtube.com/' },
    });
    expect(brief(out)).toEqual(['page:video:Bohemian Rhapsody', 'channel:channel:Queen Official']);
    expect(out[1]).toMatchObject({ url: 'https://www.youtube.com/@Queen', handle: '@Queen', site: 'YouTube' });
  });

  it("on a post: the post, then its author (the page's nameless author, given an address and handle)", () => {
    const out = at('https://x.com/verge/status/957383241714970624', {
      title: 'The Verge on X: "Is it bad to blow into game cartridges?" / X',
      siteName: 'X',
      authors: [{ name: 'The Verge' }],
      publisher: { name: 'X', url: 'https://x.com/' },
    });
    expect(brief(out)).toEqual([
      'page:article:The Verge on X: "Is it bad to blow into game cartridges?" / X',
      'author:person:The Verge',
    ]);
    expect(out[1]).toMatchObject({ url: 'https://x.com/verge', handle: '@verge', site: 'X' });
  });

  it('on a post in a publication: post, author with feed, then the publication with its feed', () => {
    const out = at('https://medium.com/webpack/webpack-3-15fd2dd8f07b', {
      title: 'webpack 3',
      siteName: 'Medium',
      authors: [{ name: 'Sean T. Larkin', url: 'https://medium.com/@TheLarkInn' }],
      publisher: { name: 'webpack', url: 'https://medium.com/webpack', image: 'https://miro.medium.com/logo.png' },
    });
    expect(brief(out)).toEqual([
      'page:article:webpack 3',
      'author:person:Sean T. Larkin',
      'publication:publication:webpack',
    ]);
    expect(out[1]?.feeds).toEqual([{ url: 'https://medium.com/feed/@TheLarkInn', type: 'rss' }]);
    expect(out[2]).toMatchObject({
      image: 'https://miro.medium.com/logo.png',
      feeds: [{ url: 'https://medium.com/feed/webpack', type: 'rss' }],
    });
  });

  it("sets the page's kind from the platform, and offers a show as a channel", () => {
    const out = at('https://open.spotify.com/episode/64TORH3xleuD1wcnFsrH1E', {
      title: 'Hasty Treat - Modules in Node',
      description: 'Listen to this episode from Syntax on Spotify. Modules!',
      publisher: { name: 'Spotify', url: 'https://open.spotify.com/' },
    });
    expect(brief(out)).toEqual(['page:podcast_episode:Hasty Treat - Modules in Node', 'channel:channel:Syntax']);
  });

  it('offers no platform as the show of an episode whose page names none', () => {
    const out = at('https://open.spotify.com/episode/64TORH3xleuD1wcnFsrH1E', {
      kind: 'podcast_episode',
      title: 'Hasty Treat',
      siteName: 'Spotify',
    });
    expect(brief(out)).toEqual(['page:podcast_episode:Hasty Treat']);
  });

  it("offers an organization behind the page as a publication (an event's organizer)", () => {
    const out = at('https://www.eventbrite.com/e/learning-tickets-123456789012', {
      kind: 'event',
      title: 'Learning in public',
      siteName: 'Eventbrite',
      publisher: { name: 'Ada Club', url: 'https://www.eventbrite.com/o/ada-club-12345678901' },
    });
    expect(brief(out)).toEqual(['page:event:Learning in public', 'publication:organization:Ada Club']);
  });

  it('on a show: the show first, then its hosts', () => {
    const out = at('https://open.spotify.com/show/4kYCRYJ3yK5DQbP5tbfZby', {
      kind: 'channel',
      title: 'Syntax',
      authors: [{ name: 'Wes Bos' }, { name: 'Scott Tolinski' }],
    });
    expect(brief(out)).toEqual(['page:channel:Syntax', 'author:person:Wes Bos', 'author:person:Scott Tolinski']);
  });

  it('leaves a page on no known platform as buildCandidates has it, and an unreadable page empty', () => {
    const e = page({
      url: 'https://blog.example.org/p',
      title: 'Post',
      authors: [{ name: 'Ada' }],
      siteName: 'Blog',
      publisher: { name: 'Blog', url: 'https://blog.example.org/' },
    });
    expect(candidatesFor(e, 'https://blog.example.org/p')).toEqual(buildCandidates(e));
    expect(
      candidatesFor(
        page({ pageUrl: 'https://arxiv.org/pdf/1706.03762', unreadable: 'pdf' }),
        'https://arxiv.org/pdf/1706.03762',
      ),
    ).toEqual([]);
  });

  it("keeps a person the page names who is not the creator (a podcast episode's host) after the show", () => {
    const out = at('https://podcasts.apple.com/es/podcast/x/id1181714154?i=1000623871376', {
      title: 'mixx.io: La molécula que falta en Apple Podcasts',
      authors: [{ name: 'Álex Barredo' }],
      publisher: { name: 'Apple Podcasts', url: 'https://podcasts.apple.com/' },
    });
    expect(brief(out)).toEqual([
      'page:podcast_episode:mixx.io: La molécula que falta en Apple Podcasts',
      'channel:channel:mixx.io',
      'author:person:Álex Barredo',
    ]);
  });
});
