import { describe, expect, it } from 'vitest';
import { Source } from '../model/source';
import { filterSources } from './filter';

const make = (over: Partial<Source> & Pick<Source, 'id' | 'title'>): Source =>
  Source.parse({ kind: 'article', category: 'blogs', status: 'to_explore', createdAt: 1, updatedAt: 1, ...over });

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

describe('filterSources', () => {
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
  ])('"%s" finds %j', (text, ids) => {
    expect(filterSources(all, { text }).map((s) => s.id)).toEqual(ids);
  });

  it('filters by kind and by category', () => {
    expect(filterSources(all, { text: '', kind: 'video' }).map((s) => s.id)).toEqual(['v1']);
    expect(filterSources(all, { text: '', category: 'experts' }).map((s) => s.id)).toEqual(['p1']);
    expect(filterSources(all, { text: 'ada', category: 'blogs' }).map((s) => s.id)).toEqual(['a1']);
  });
});
