import { describe, expect, it } from 'vitest';
import { rememberedGoal, rememberGoal } from './goal-memory';

describe('the goal remembered per topic', () => {
  it('remembers a goal for each topic, without case, and offers it for a page with one of them', () => {
    const memory = rememberGoal({}, ['Rust', 'Memory'], 'g1');
    expect(rememberedGoal(['history', 'rust'], memory, new Set(['g1']))).toBe('g1');
    expect(rememberedGoal(['history'], memory, new Set(['g1']))).toBeUndefined();
  });

  it('offers only goals still offered (an archived one is not), and the first topic’s first', () => {
    const memory = rememberGoal(rememberGoal({}, ['rust'], 'old'), ['memory'], 'g2');
    expect(rememberedGoal(['rust', 'memory'], memory, new Set(['g2']))).toBe('g2');
    expect(rememberedGoal(['memory', 'rust'], memory, new Set(['g2', 'old']))).toBe('g2');
  });

  it('forgets the topics saved with no goal', () => {
    const memory = rememberGoal(rememberGoal({}, ['rust', 'go'], 'g1'), ['rust'], undefined);
    expect(memory).toEqual({ go: 'g1' });
  });

  it('gives the same memory back when the save changes nothing in it (nothing to write)', () => {
    const memory = rememberGoal({}, ['rust'], 'g1');
    expect(rememberGoal(memory, ['Rust'], 'g1')).toBe(memory);
    expect(rememberGoal(memory, ['go'], undefined)).toBe(memory);
    expect(rememberGoal(memory, [], 'g2')).toBe(memory);
    expect(rememberGoal(memory, ['rust'], 'g2')).not.toBe(memory);
  });
});
