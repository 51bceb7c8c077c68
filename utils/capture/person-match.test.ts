import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { addProfileInput } from './person-match';

const kiko = testSource({
  id: 'kiko',
  kind: 'person',
  title: 'Kiko Beats',
  url: 'https://x.example/kikobeats',
  category: 'mentors',
  topics: ['javascript'],
  note: 'Met at a conference',
  description: 'Builds things',
});

describe('addProfileInput', () => {
  it('adds the profile to the saved person without replacing what they have', () => {
    const input = addProfileInput(kiko, {
      kind: 'person',
      title: 'Kiko',
      url: 'https://kikobeats.example/',
      description: 'My home page',
      topics: ['web'],
      note: 'His site',
      quote: null,
    });
    expect(input).toMatchObject({
      id: 'kiko',
      title: 'Kiko Beats',
      url: 'https://x.example/kikobeats',
      category: 'mentors',
      topics: ['javascript', 'web'],
      note: 'Met at a conference\n\nHis site',
      profiles: [{ url: 'https://kikobeats.example/' }],
    });
    expect(input.description).toBeUndefined(); // left out: theirs stays
    expect(input.quote).toBeUndefined(); // not cleared
  });

  it('changes their category only when one is given', () => {
    const input = addProfileInput(kiko, {
      kind: 'person',
      title: 'Kiko',
      url: 'https://k.example/',
      category: 'peers',
    });
    expect(input.category).toBe('peers');
  });
});
