import { describe, expect, it } from 'vitest';
import { groupListItems } from './ReaderView';

describe('groupListItems', () => {
  it('joins consecutive list items into one list and keeps the other blocks in order', () => {
    const p = { type: 'p', text: 'Intro' } as const;
    const a = { type: 'li', text: 'A' } as const;
    const b = { type: 'li', text: 'B' } as const;
    const h = { type: 'h', text: 'Next' } as const;
    expect(groupListItems([p, a, b, h, a])).toEqual([p, [a, b], h, [a]]);
  });
});
