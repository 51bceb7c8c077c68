import { describe, expect, it } from 'vitest';
import type { Source } from '../model/source';
import { testSource } from '../model/test-source';
import { matchSources } from './filter';

const make = (over: Partial<Source> & Pick<Source, 'id' | 'title'>): Source =>
  testSource({ category: 'blogs', status: 'to_explore', createdAt: 1, updatedAt: 1, ...over });

const ada = make({ id: 'p1', kind: 'person', category: 'experts', title: 'Ada Lovelace' });
const post = make({
  id: 'a1',
  title: 'Notes on the Analytical Engine',
  siteName: 'Engine Weekly',
  creators: ['p1'],
  topics: ['Computing history'],
  note: 'Read twice, the part on loops',
});
const video = make({ id: 'v1', kind: 'video', category: 'videos', title: 'Café au lait explained' });
const all = [ada, post, video];

describe('matchSources', () => {
  it.each([
    ['', ['p1', 'a1', 'v1']],
    ['engine', ['a1']],
    ['weekly', ['a1']], // site name
    ['lovelace', ['p1', 'a1']], // the person, and what she made
    ['computing', ['a1']], // topic
    ['loops', ['a1']], // note
    ['cafe', ['v1']], // accents folded
    ['ENGINE ada', ['a1']], // every word, any case
    ['engine video', []],
    ['eng', ['a1']], // the start of a word, as typed
    ['ngine', []], // not the middle of one: the same rule as the side panel
  ])('"%s" finds %j', (text, ids) => {
    expect(matchSources(all, text).map((s) => s.id)).toEqual(ids);
  });
});
