import { describe, expect, it } from 'vitest';
import type { Candidate } from '../extract/candidates';
import type { ClipInput } from '../model/clip';
import { testSource } from '../model/test-source';
import { defaultCategory } from '../model/vocabulary';
import { captureRequest, pageSubject } from './request';

const feed = { url: 'https://ada.example/feed', type: 'rss' } as const;
const candidate = (role: Candidate['role'], kind: Candidate['kind'], title: string, extra: Partial<Candidate> = {}) =>
  ({ role, kind, title, feeds: [], sameAs: [], ...extra }) satisfies Candidate;
const clip: ClipInput = { blocks: [{ type: 'p', text: 'Body' }] };

describe('pageSubject', () => {
  it('is the first candidate when it is the page', () => {
    const page = candidate('page', 'article', 'Post');
    expect(pageSubject([page, candidate('author', 'person', 'Ada')])).toBe(page);
    expect(pageSubject([candidate('author', 'person', 'Ada')])).toBeUndefined();
    expect(pageSubject([])).toBeUndefined();
  });
});

describe('captureRequest', () => {
  it('saves a person with the profile’s feeds and other profiles', () => {
    const subject = candidate('page', 'person', 'Ada', { feeds: [feed], sameAs: ['https://code.example/ada'] });
    expect(captureRequest({ kind: 'person', title: 'Ada' }, [subject], clip)).toEqual({
      type: 'savePerson',
      data: { person: { kind: 'person', title: 'Ada', feeds: [feed] }, sameAs: ['https://code.example/ada'] },
    });
  });

  it('saves an article with its authors and its text, without feeds', () => {
    const candidates = [
      candidate('page', 'article', 'Post', { feeds: [feed] }),
      candidate('author', 'person', 'Ada', { url: 'https://ada.example/' }),
      candidate('publication', 'publication', 'The Blog'),
    ];
    expect(captureRequest({ kind: 'article', title: 'Post' }, candidates, clip)).toEqual({
      type: 'savePage',
      data: {
        page: { kind: 'article', title: 'Post', feeds: undefined },
        authors: [{ name: 'Ada', url: 'https://ada.example/' }],
        clip,
      },
    });
  });

  it('keeps feeds for what is followed, and text only for what is read', () => {
    const request = captureRequest(
      { kind: 'channel', title: 'Channel' },
      [candidate('page', 'channel', 'Channel', { feeds: [feed] })],
      clip,
    );
    expect(request).toMatchObject({ type: 'savePage', data: { page: { feeds: [feed] }, clip: undefined } });
  });

  it('adds a profile into a person saved before, who keeps their category unless another was chosen', () => {
    const known = testSource({
      id: 'ada',
      kind: 'person',
      title: 'Ada L.',
      url: 'https://ada.example/',
      category: 'mentors',
    });
    const subject = candidate('page', 'person', 'Ada', { sameAs: ['https://code.example/ada'] });
    const profile = { kind: 'person', title: 'Ada', url: 'https://social.example/@ada' } as const;
    const kept = captureRequest({ ...profile, category: defaultCategory('person') }, [subject], undefined, {
      into: known,
    });
    expect(kept).toMatchObject({
      type: 'savePerson',
      data: { person: { id: 'ada', title: 'Ada L.', category: 'mentors' }, sameAs: ['https://code.example/ada'] },
    });
    const chosen = captureRequest({ ...profile, category: 'peers' }, [subject], undefined, { into: known });
    expect(chosen).toMatchObject({ data: { person: { id: 'ada', category: 'peers' } } });
  });

  it('saves someone new apart from the profiles the page names', () => {
    const subject = candidate('page', 'person', 'Ada', { sameAs: ['https://code.example/ada'] });
    const request = captureRequest({ kind: 'person', title: 'Ada' }, [subject], undefined, { apart: true });
    expect(request).toEqual({ type: 'savePerson', data: { person: { kind: 'person', title: 'Ada' }, sameAs: [] } });
  });
});
