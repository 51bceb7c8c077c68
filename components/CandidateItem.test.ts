import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/utils/extract/candidates';
import { candidateCategory } from './CandidateItem';

const candidate = (role: Candidate['role'], kind: Candidate['kind']): Candidate => ({
  role,
  kind,
  title: 'X',
  feeds: [],
  sameAs: [],
});

describe('candidateCategory', () => {
  it('files a show under Podcasts on an episode page, a channel under Videos elsewhere', () => {
    expect(candidateCategory(candidate('channel', 'channel'), 'podcast_episode')).toBe('podcasts');
    expect(candidateCategory(candidate('channel', 'channel'), 'video')).toBe('videos');
  });

  it("files a news article's outlet under Research and reference, and its reporter as a person", () => {
    expect(candidateCategory(candidate('publication', 'publication'), 'article', true)).toBe('research');
    expect(candidateCategory(candidate('publication', 'publication'), 'article', false)).toBe('blogs');
    expect(candidateCategory(candidate('author', 'person'), 'article', true)).toBe('experts');
  });
});
