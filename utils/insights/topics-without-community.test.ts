import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { topicsWithoutCommunity, topicsWithoutCommunityGaps } from './topics-without-community';

const tagged = (id: string, topics: string[], fields: Parameters<typeof testSource>[0] | object = {}) =>
  testSource({ id, topics, ...fields });

describe('topicsWithoutCommunity', () => {
  it('names topics with three or more sources and no community, most sources first', () => {
    const sources = [
      tagged('a', ['memory', 'Rust']),
      tagged('b', ['Memory', 'rust']),
      tagged('c', ['memory', 'rust']),
      tagged('d', ['memory']),
      tagged('e', ['sleep']),
      tagged('f', ['sleep']),
    ];
    expect(topicsWithoutCommunity(sources, 0)).toEqual([
      { topic: 'memory', count: 4 },
      { topic: 'Rust', count: 3 },
    ]);
  });

  it('is no gap for a topic with a community, by kind or by category', () => {
    const three = ['a', 'b', 'c'].map((id) => tagged(id, ['memory']));
    expect(topicsWithoutCommunity([...three, tagged('forum', ['memory'], { kind: 'community' })], 0)).toEqual([]);
    expect(
      topicsWithoutCommunity(
        [...three, tagged('club', ['Memory'], { kind: 'organization', category: 'communities' })],
        0,
      ),
    ).toEqual([]);
  });
});

describe('topicsWithoutCommunityGaps', () => {
  it('is one gap per topic, with its count', () => {
    const sources = ['a', 'b', 'c'].map((id) => tagged(id, ['memory']));
    expect(topicsWithoutCommunityGaps.gaps(sources, 0)).toEqual([
      {
        title: { key: 'gap_topic_community', subs: ['memory'] },
        help: { key: 'gap_topic_community_help', subs: ['3'] },
      },
    ]);
  });
});
