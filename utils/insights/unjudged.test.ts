import { describe, expect, it } from 'vitest';
import { unjudgedShare } from './unjudged';

describe('unjudgedShare', () => {
  it('counts the sources without a reliability rating', () => {
    const sources = [
      { reliability: { rating: 4, reason: 'Peer reviewed', checks: ['evidence' as const] } },
      { reliability: undefined },
      { reliability: { rating: 2, reason: undefined } },
      {},
    ];
    expect(unjudgedShare(sources)).toEqual({ unjudged: 2, total: 4, share: 0.5 });
  });

  it('says nothing rests on unjudged sources when there are none', () => {
    expect(unjudgedShare([])).toEqual({ unjudged: 0, total: 0, share: 0 });
    expect(unjudgedShare([{ reliability: { rating: 5, reason: undefined } }]).share).toBe(0);
  });
});
