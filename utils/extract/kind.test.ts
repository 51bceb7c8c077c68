import { describe, expect, it } from 'vitest';
import type { Kind } from '../model/vocabulary';
import { classifyKind, ldRank, urlKind, type KindSignals } from './kind';

describe('classifyKind', () => {
  it.each<[string, KindSignals, Kind]>([
    ['nothing at all', {}, 'article'],
    ['Article', { ldTypes: ['Article'] }, 'article'],
    ['BlogPosting', { ldTypes: ['BlogPosting'] }, 'article'],
    ['NewsArticle', { ldTypes: ['NewsArticle'] }, 'article'],
    ['TechArticle', { ldTypes: ['TechArticle'] }, 'article'],
    ['Report', { ldTypes: ['Report'] }, 'article'],
    ['ScholarlyArticle', { ldTypes: ['ScholarlyArticle'] }, 'paper'],
    ['MedicalScholarlyArticle', { ldTypes: ['MedicalScholarlyArticle'] }, 'paper'],
    ['VideoObject', { ldTypes: ['VideoObject'] }, 'video'],
    ['PodcastEpisode', { ldTypes: ['PodcastEpisode'] }, 'podcast_episode'],
    ['PodcastSeries', { ldTypes: ['PodcastSeries'] }, 'channel'],
    ['ProfilePage', { ldTypes: ['ProfilePage'] }, 'person'],
    ['Course', { ldTypes: ['Course'] }, 'course'],
    ['Event', { ldTypes: ['Event'] }, 'event'],
    ['EducationEvent', { ldTypes: ['EducationEvent'] }, 'event'],
    ['Book', { ldTypes: ['Book'] }, 'book'],
    ['Blog', { ldTypes: ['Blog'] }, 'publication'],
    ['a strong type anywhere in the list', { ldTypes: ['Person', 'PodcastEpisode'] }, 'podcast_episode'],
    ['JSON-LD beats og:type', { ldTypes: ['VideoObject'], ogType: 'article' }, 'video'],
    ['og:type video.other', { ogType: 'video.other' }, 'video'],
    ['og:type video.movie', { ogType: 'video.movie' }, 'video'],
    ['og:type profile', { ogType: 'profile' }, 'person'],
    ['og:video on a page that says nothing else', { ogType: 'website', video: true }, 'video'],
    ['og:video loses to og:type article (a story with a clip)', { ogType: 'article', video: true }, 'article'],
    ['microdata VideoObject (passed as a type)', { ldTypes: ['VideoObject'], ogType: 'website' }, 'video'],
    ['og:type book', { ogType: 'book' }, 'book'],
    ['og:type article', { ogType: 'article' }, 'article'],
    ['og:type website', { ogType: 'website' }, 'article'],
    ['og:type music.song says nothing', { ogType: 'music.song' }, 'article'],
    ['main Person, undated', { ldTypes: ['Person'], ogType: 'website' }, 'person'],
    ['main Organization, undated', { ldTypes: ['Organization'] }, 'organization'],
    ['main EducationalOrganization', { ldTypes: ['EducationalOrganization'] }, 'organization'],
    ['Organization loses to og:type article', { ldTypes: ['Organization'], ogType: 'article' }, 'article'],
    ['Organization on a dated page is site boilerplate', { ldTypes: ['Organization'], dated: true }, 'article'],
    ['Person loses to og:type video', { ldTypes: ['Person'], ogType: 'video.other' }, 'video'],
    ['WebPage says nothing', { ldTypes: ['WebPage'], ogType: 'profile' }, 'person'],
    ['YouTube watch URL', { urls: ['https://www.youtube.com/watch?v=abc'], ogType: 'website' }, 'video'],
    ['URL beats og:type', { urls: ['https://vimeo.com/123456'], ogType: 'article' }, 'video'],
    ['the second URL counts too', { urls: [undefined, 'https://youtu.be/abc'] }, 'video'],
    [
      'strong JSON-LD beats the URL',
      { ldTypes: ['PodcastEpisode'], urls: ['https://www.youtube.com/watch?v=abc'] },
      'podcast_episode',
    ],
    ['AudioObject', { ldTypes: ['AudioObject'] }, 'podcast_episode'],
    ['SoftwareSourceCode', { ldTypes: ['SoftwareSourceCode'] }, 'community'],
    ['scholarly tags beat a plain article', { ldTypes: ['Article'], ogType: 'article', scholarly: true }, 'paper'],
    ['scholarly tags on a page that says nothing else', { scholarly: true }, 'paper'],
    ['audio beats a plain article', { ldTypes: ['BlogPosting'], ogType: 'article', audio: true }, 'podcast_episode'],
    ['audio beats og:type video (a player embed)', { ogType: 'video.other', audio: true }, 'podcast_episode'],
    ['a news article stays one, audio or not', { ldTypes: ['NewsArticle'], news: true, audio: true }, 'article'],
    [
      'a news article stays one, scholarly tags or not',
      { ldTypes: ['NewsArticle'], news: true, scholarly: true },
      'article',
    ],
    ['a strong type other than an article beats audio', { ldTypes: ['VideoObject'], audio: true }, 'video'],
    ['audio does not make a profile an episode', { ogType: 'profile', audio: true }, 'person'],
    ['a repository', { ogType: 'object', repo: true }, 'community'],
    ['a representative h-card on an undated page', { ogType: 'website', owner: true }, 'person'],
    ['a representative h-card on a dated page', { ogType: 'article', owner: true, dated: true }, 'article'],
    ['a representative h-card loses to a ProfilePage (same kind)', { ldTypes: ['ProfilePage'], owner: true }, 'person'],
  ])('%s', (_, signals, expected) => {
    expect(classifyKind(signals)).toBe(expected);
  });
});

describe('urlKind', () => {
  it.each<[string, Kind | undefined]>([
    ['https://www.youtube.com/watch?v=abc', 'video'],
    ['https://m.youtube.com/shorts/abc', 'video'],
    ['https://youtu.be/abc', 'video'],
    ['https://vimeo.com/76979871', 'video'],
    ['https://vimeo.com/channels/staffpicks', undefined],
    ['https://www.youtube.com/@somechannel', 'channel'],
    ['https://www.youtube.com/channel/UC123', 'channel'],
    ['https://www.youtube.com/feed/subscriptions', undefined],
    ['https://social.example.net/@ada', 'person'],
    ['https://blog.example.org/@ada/my-post', undefined],
    ['https://example.org/watch', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, expected) => expect(urlKind(url)).toBe(expected));
});

describe('ldRank', () => {
  it('orders content < agent pages < pages and unknown types < Person < Organization < furniture', () => {
    const ranks = [
      ['Article'],
      ['ProfilePage'],
      ['WebPage'],
      ['Recipe'],
      ['Person'],
      ['Organization'],
      ['WebSite'],
      [],
    ].map(ldRank);
    expect(ranks).toEqual([0, 1, 2, 2, 3, 4, 5, 5]);
  });
});
