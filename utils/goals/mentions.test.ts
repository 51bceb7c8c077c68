import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { namedSources } from './mentions';

const post = testSource({ id: 'post', title: 'Spaced Repetition in Practice' });
const ada = testSource({ id: 'ada', kind: 'person', title: 'Ada Lovelace' });
const go = testSource({ id: 'go', title: 'Go' });
const cafe = testSource({ id: 'cafe', title: 'Café Scientifique' });

describe('namedSources', () => {
  it('finds titles and names the text mentions, in the order it names them', () => {
    const text = 'From ada lovelace I learned to read “Spaced repetition in practice” again.';
    expect(namedSources(text, [post, ada, go]).map((s) => s.id)).toEqual(['ada', 'post']);
  });

  it('ignores short titles, parts of words, and accents', () => {
    expect(namedSources('Go to the cafe scientifique', [go, cafe]).map((s) => s.id)).toEqual(['cafe']);
    expect(namedSources('Adaptation: Ada Lovelaces', [ada])).toEqual([]);
    expect(namedSources('', [ada])).toEqual([]);
  });
});
