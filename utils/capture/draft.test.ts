import { describe, expect, it } from 'vitest';
import { parseExtraction } from '../extract/extraction';
import { testSource } from '../model/test-source';
import { draftFieldsOf, draftForPage, editFromDrafts, inputFromDraft, newDraft, pageInput, pageUrlOf } from './draft';

const tab = { id: 1, url: 'https://blog.example/post?utm_source=x', title: 'Tab title' };

describe('pageUrlOf', () => {
  it.each([
    ['the canonical address', { pageUrl: tab.url, url: 'https://blog.example/post' }, 'https://blog.example/post'],
    [
      'the page address when the canonical is the home page',
      { pageUrl: tab.url, url: 'https://blog.example/' },
      tab.url,
    ],
    ['the page address without a canonical', { pageUrl: tab.url }, tab.url],
    ['the tab address when the page could not be read', undefined, tab.url],
  ])('uses %s', (_, raw, expected) => {
    expect(pageUrlOf(raw && parseExtraction(raw), tab)).toBe(expected);
  });

  it('has no address for a tab that is not a web page', () => {
    expect(pageUrlOf(undefined, { id: 2, url: 'chrome://settings' })).toBeUndefined();
  });
});

describe('draftForPage', () => {
  it('starts from what the page says, with the category of its kind and the selection as quote', () => {
    const e = parseExtraction({ pageUrl: tab.url, title: 'Post', kind: 'video', selection: 'a line' });
    expect(draftForPage(e, tab, undefined)).toMatchObject({
      title: 'Post',
      kind: 'video',
      category: 'videos',
      quote: 'a line',
    });
  });

  it('files a news article under Research and reference, and a repository under Online communities', () => {
    const news = parseExtraction({ pageUrl: tab.url, title: 'Schools try retrieval', kind: 'article', news: true });
    expect(draftForPage(news, tab, undefined)).toMatchObject({ kind: 'article', category: 'research' });
    const repo = parseExtraction({ pageUrl: tab.url, title: 'acme/tool', kind: 'community' });
    expect(draftForPage(repo, tab, undefined)).toMatchObject({ category: 'communities', status: 'following' });
    const paper = parseExtraction({ pageUrl: tab.url, title: 'On memory', kind: 'paper' });
    expect(draftForPage(paper, tab, undefined)).toMatchObject({ category: 'research', status: 'to_explore' });
  });

  it('falls back to the tab title when the page could not be read', () => {
    expect(draftForPage(undefined, tab, undefined)).toMatchObject({ title: 'Tab title', kind: 'article' });
  });

  it('edits the saved source when there is one, taking a new selection as the quote', () => {
    const saved = testSource({
      id: 's',
      kind: 'article',
      category: 'research',
      title: 'Mine',
      note: 'n',
      quote: 'old',
      status: 'following',
      createdAt: 1,
      updatedAt: 1,
    });
    expect(draftForPage(parseExtraction({ title: 'Page' }), tab, saved)).toMatchObject({
      title: 'Mine',
      category: 'research',
      note: 'n',
      quote: 'old',
    });
    expect(draftForPage(parseExtraction({ selection: 'new' }), tab, saved).quote).toBe('new');
  });
});

describe('inputFromDraft and pageInput', () => {
  it('turns emptied fields into null, so that saving clears them', () => {
    const input = inputFromDraft({ ...newDraft('article', 'T'), note: '  ', rating: 3, reason: '' });
    expect(input).toMatchObject({ note: null, quote: null, reliability: { rating: 3, reason: undefined } });
  });

  it('records where the page was captured from', () => {
    const e = parseExtraction({ pageUrl: tab.url, url: 'https://blog.example/post', title: 'Post', siteName: 'Blog' });
    const input = pageInput(newDraft('article', 'Post'), e, tab, undefined, 42);
    expect(input).toMatchObject({
      url: 'https://blog.example/post',
      siteName: 'Blog',
      provenance: { pageUrl: tab.url, pageTitle: 'Post', capturedAt: 42 },
    });
  });
});

describe('editFromDrafts', () => {
  it('sends only the fields the form changed, with what they held when it opened', () => {
    const base = { ...newDraft('article', 'Post'), note: 'first', rating: 3, reason: 'ok' };
    expect(editFromDrafts(base, { ...base, note: '', reason: 'better' })).toEqual({
      changes: { note: null, reliability: { rating: 3, reason: 'better' } },
      before: { note: 'first', reliability: { rating: 3, reason: 'ok' } },
    });
    expect(editFromDrafts(base, { ...base })).toEqual({ changes: {}, before: {} });
    expect(draftFieldsOf('reliability')).toEqual(['rating', 'reason', 'checks']);
  });

  it('sends the checks a rating rests on with the rating, and drops them with it', () => {
    const base = { ...newDraft('article', 'Post'), rating: 4, reason: 'ok' };
    expect(editFromDrafts(base, { ...base, checks: ['author', 'evidence'] }).changes).toEqual({
      reliability: { rating: 4, reason: 'ok', checks: ['author', 'evidence'] },
    });
    const checked = { ...base, checks: ['date' as const] };
    expect(editFromDrafts(checked, { ...checked, rating: null }).changes).toEqual({ reliability: null });
  });
});
