import { describe, expect, it } from 'vitest';
import { page } from '../../tests/fixtures/extract/dom';
import { readOpenGraph } from './opengraph';

const BASE = 'https://example.org/posts/1';

describe('readOpenGraph', () => {
  it('reads Open Graph, article and Twitter tags', () => {
    const og = readOpenGraph(
      page(`
        <meta property="og:title" content="  The   title ">
        <meta property="og:description" content="The description.">
        <meta property="og:site_name" content="Example">
        <meta property="og:image" content="/cover.jpg">
        <meta property="og:url" content="https://example.org/posts/1">
        <meta property="og:type" content="Article">
        <meta property="og:locale" content="en_GB">
        <meta property="article:published_time" content="2024-03-01T09:00:00Z">
        <meta property="article:author" content="https://example.org/people/jane">
        <meta property="article:author" content="John Roe">
        <meta name="twitter:title" content="Tw title">
        <meta name="twitter:description" content="Tw description">
        <meta name="twitter:image:src" content="https://example.org/tw.jpg">
        <meta name="twitter:creator" content="@jane_doe">`),
      BASE,
    );
    expect(og).toEqual({
      title: 'The title',
      description: 'The description.',
      siteName: 'Example',
      image: 'https://example.org/cover.jpg',
      url: 'https://example.org/posts/1',
      type: 'article',
      publishedAt: '2024-03-01T09:00:00Z',
      lang: 'en-GB',
      authors: ['https://example.org/people/jane', 'John Roe'],
      twitterTitle: 'Tw title',
      twitterDescription: 'Tw description',
      twitterImage: 'https://example.org/tw.jpg',
      twitterCreator: 'jane_doe',
      modifiedAt: undefined,
      duration: undefined,
      video: false,
      audio: false,
      tags: [],
      musicians: [],
      profileName: undefined,
      username: undefined,
    });
  });

  it('reads article:tag, and says a page is a sound: og:audio, og:type music or audio, a Twitter player streaming audio', () => {
    const tagged = readOpenGraph(
      page(`<meta property="article:tag" content="memory"><meta property="article:tag" content="sleep">`),
      BASE,
    );
    expect(tagged).toMatchObject({ tags: ['memory', 'sleep'], audio: false });
    const audio = (head: string) => readOpenGraph(page(head), BASE).audio;
    expect(audio(`<meta property="og:audio" content="https://example.org/ep1.mp3">`)).toBe(true);
    expect(audio(`<meta property="og:audio:type" content="audio/mpeg">`)).toBe(true);
    expect(audio(`<meta property="og:type" content="music.song">`)).toBe(true);
    expect(audio(`<meta property="og:type" content="example:audio">`)).toBe(true);
    expect(audio(`<meta name="twitter:player:stream:content_type" content="audio/mpeg">`)).toBe(true);
    expect(audio(`<meta name="twitter:player:stream" content="https://cdn.example.org/ep1.mp3?src=site">`)).toBe(true);
    expect(audio(`<meta name="twitter:player:stream" content="https://cdn.example.org/clip.mp4">`)).toBe(false);
    expect(audio(`<meta property="og:type" content="video.other">`)).toBe(false);
  });

  it('reads og:article:* as article:*', () => {
    const og = readOpenGraph(
      page(
        `<meta property="og:article:published_time" content="2024-03-01"><meta property="og:article:author" content="Jo Roe">`,
      ),
      BASE,
    );
    expect(og).toMatchObject({ publishedAt: '2024-03-01', authors: ['Jo Roe'] });
  });

  it('reads video, music and profile tags', () => {
    const video = readOpenGraph(
      page(`<meta property="og:type" content="video.episode"><meta property="og:video" content="https://example.org/v.mp4">
            <meta property="video:duration" content="3725"><meta property="video:release_date" content="2023-05-06">
            <meta property="og:updated_time" content="2024-01-02T03:04:05Z">`),
      BASE,
    );
    expect(video).toMatchObject({
      type: 'video.episode',
      video: true,
      duration: 'PT1H2M5S',
      publishedAt: '2023-05-06',
      modifiedAt: '2024-01-02T03:04:05Z',
    });
    const song = readOpenGraph(
      page(`<meta property="og:type" content="music.song"><meta property="music:musician" content="https://example.org/artist/jane">
            <meta property="music:duration" content="215"><meta property="music:release_date" content="2015-02-27">`),
      BASE,
    );
    expect(song).toMatchObject({
      musicians: ['https://example.org/artist/jane'],
      duration: 'PT3M35S',
      publishedAt: '2015-02-27',
      video: false,
    });
    const profile = readOpenGraph(
      page(`<meta property="og:type" content="profile"><meta property="profile:first_name" content=" Ada ">
            <meta property="profile:last_name" content="Lovelace"><meta property="profile:username" content="ada">`),
      BASE,
    );
    expect(profile).toMatchObject({ type: 'profile', profileName: 'Ada Lovelace', username: 'ada' });
  });

  it('reads name= as well as property= (pages mix them up)', () => {
    const og = readOpenGraph(
      page(`<meta name="og:title" content="By name"><meta property="twitter:title" content="T">`),
    );
    expect(og.title).toBe('By name');
    expect(og.twitterTitle).toBe('T');
  });

  it('prefers og:image:secure_url and keeps only http(s) images', () => {
    const doc = page(`<meta property="og:image" content="http://example.org/a.jpg">
                      <meta property="og:image:secure_url" content="https://example.org/a.jpg">`);
    expect(readOpenGraph(doc, BASE).image).toBe('https://example.org/a.jpg');
    const bad = page(`<meta property="og:image:secure_url" content="javascript:alert(1)">
                      <meta property="og:image" content="data:image/png;base64,AA">
                      <meta name="twitter:image" content="ftp://example.org/x.png">`);
    expect(readOpenGraph(bad, BASE)).toMatchObject({ image: undefined, twitterImage: undefined });
  });

  it("ignores twitter:creator when it is the site's own account, or not a handle", () => {
    const same = page(`<meta name="twitter:creator" content="@Site"><meta name="twitter:site" content="@site">`);
    expect(readOpenGraph(same).twitterCreator).toBeUndefined();
    const junk = page(`<meta name="twitter:creator" content="Jane Doe (@jane)">`);
    expect(readOpenGraph(junk).twitterCreator).toBeUndefined();
  });

  it('returns nothing but an empty author list for a page without tags', () => {
    expect(readOpenGraph(page('<title>x</title>'), BASE)).toEqual({
      authors: [],
      musicians: [],
      tags: [],
      video: false,
      audio: false,
    });
  });

  it('drops dates it cannot read', () => {
    expect(readOpenGraph(page(`<meta property="article:published_time" content="soon">`)).publishedAt).toBeUndefined();
  });
});
