import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { noMentor, noMentorGaps } from './no-mentor';

describe('noMentor', () => {
  it('is a gap while nobody is filed under Mentors', () => {
    expect(noMentor([], 0)).toBe(true);
    expect(noMentor([testSource({ id: 'p', kind: 'person' }), testSource({ id: 'a' })], 0)).toBe(true);
  });

  it('is no gap once someone is a mentor', () => {
    expect(noMentor([testSource({ id: 'p', kind: 'person', category: 'mentors' })], 0)).toBe(false);
  });
});

describe('noMentorGaps', () => {
  it('says the gap in words, once', () => {
    expect(noMentorGaps.gaps([], 0)).toEqual([
      { title: { key: 'gap_no_mentor' }, help: { key: 'gap_no_mentor_help' } },
    ]);
    expect(noMentorGaps.gaps([testSource({ id: 'p', kind: 'person', category: 'mentors' })], 0)).toEqual([]);
  });
});
