import { describe, expect, it } from 'vitest';
import { ClockSkew } from './errors';
import { compareHlc, encodeHlc, Hlc, maxHlc, parseHlc } from './hlc';

function manual(start: number) {
  let t = start;
  return { now: () => t, set: (v: number) => (t = v) };
}

describe('encoding', () => {
  it('round-trips and sorts as text the way it sorts as a clock', () => {
    const stamps = [
      { wall: 5, counter: 0, device: 'b' },
      { wall: 5, counter: 1, device: 'a' },
      { wall: 5, counter: 0, device: 'a' },
      { wall: 1_700_000_000_000, counter: 0, device: 'a' },
      { wall: 16, counter: 65_535, device: 'z' },
    ];
    const encoded = stamps.map(encodeHlc);
    for (const [i, text] of encoded.entries()) expect(parseHlc(text)).toEqual(stamps[i]);
    const byText = [...encoded].sort();
    const byClock = [...stamps]
      .sort((x, y) => x.wall - y.wall || x.counter - y.counter || (x.device < y.device ? -1 : 1))
      .map(encodeHlc);
    expect(byText).toEqual(byClock);
    expect(compareHlc(encoded[0], encoded[1])).toBeLessThan(0);
    expect(compareHlc(undefined, encoded[0])).toBeLessThan(0);
    expect(maxHlc(encoded[0], undefined, encoded[3])).toBe(encoded[3]);
    expect(parseHlc('not a stamp')).toBeUndefined();
    expect(parseHlc('00000000000a-0000-dev/../x')).toBeUndefined();
  });
});

describe('Hlc', () => {
  it('follows the wall clock and orders events within a millisecond by the counter', () => {
    const wall = manual(1_000);
    const clock = new Hlc('a', { wallClock: wall.now });
    const first = clock.now();
    const second = clock.now();
    wall.set(2_000);
    const third = clock.now();
    expect(parseHlc(first)).toMatchObject({ wall: 1_000, counter: 0 });
    expect(parseHlc(second)).toMatchObject({ wall: 1_000, counter: 1 });
    expect(parseHlc(third)).toMatchObject({ wall: 2_000, counter: 0 });
  });

  it('never goes backwards when the wall clock does', () => {
    const wall = manual(10_000);
    const clock = new Hlc('a', { wallClock: wall.now });
    const before = clock.now();
    wall.set(5_000);
    const after = clock.now();
    expect(compareHlc(before, after)).toBeLessThan(0);
    expect(parseHlc(after)).toMatchObject({ wall: 10_000, counter: 1 });
  });

  it('stamps after anything received, from a device whose clock is ahead within the bound', () => {
    const wall = manual(1_000_000);
    const clock = new Hlc('a', { wallClock: wall.now, maxDriftMs: 60_000 });
    const remote = encodeHlc({ wall: 1_030_000, counter: 7, device: 'b' });
    clock.receive(remote);
    const next = clock.now();
    expect(compareHlc(remote, next)).toBeLessThan(0);
    expect(parseHlc(next)).toMatchObject({ wall: 1_030_000, counter: 9 });
  });

  it('refuses a stamp further ahead than the bound, and leaves the clock as it was', () => {
    const wall = manual(1_000_000);
    const clock = new Hlc('a', { wallClock: wall.now, maxDriftMs: 60_000 });
    const before = clock.current();
    expect(() => clock.receive(encodeHlc({ wall: 1_000_000 + 3_600_000, counter: 0, device: 'b' }))).toThrow(ClockSkew);
    expect(clock.current()).toBe(before);
  });

  it('restores a persisted stamp without the bound (its own earlier run)', () => {
    const wall = manual(1_000);
    const clock = new Hlc('a', { wallClock: wall.now, maxDriftMs: 10 });
    clock.restore(encodeHlc({ wall: 900_000, counter: 3, device: 'a' }));
    expect(parseHlc(clock.now())).toMatchObject({ wall: 900_000, counter: 5 });
  });

  it('moves a millisecond on instead of overflowing the counter', () => {
    const clock = new Hlc('a', { wallClock: () => 50 });
    clock.restore(encodeHlc({ wall: 50, counter: 0xfffe, device: 'a' }));
    expect(parseHlc(clock.current())).toMatchObject({ wall: 50, counter: 0xffff });
    expect(parseHlc(clock.now())).toMatchObject({ wall: 51, counter: 0 });
  });

  it('stamps an edit found later at the time it was made, after the floor and never ahead of now', () => {
    const wall = manual(100_000);
    const clock = new Hlc('a', { wallClock: wall.now });
    const floor = encodeHlc({ wall: 50_000, counter: 2, device: 'a' });
    clock.restore(floor);
    expect(parseHlc(clock.stampAt(80_000, floor))).toMatchObject({ wall: 80_000, counter: 0 });
    // Before the floor: just after it.
    expect(parseHlc(clock.stampAt(10_000, floor))).toMatchObject({ wall: 50_000, counter: 3 });
    // A hint from the future (a wrong clock when the edit was saved) is held to now.
    expect(parseHlc(clock.stampAt(9_000_000, floor))).toMatchObject({ wall: 100_000, counter: 0 });
    expect(compareHlc(clock.now(), encodeHlc({ wall: 100_000, counter: 0, device: 'a' }))).toBeGreaterThan(0);
    expect(parseHlc(clock.stampAt(undefined, floor))).toMatchObject({ wall: 100_000 });
  });

  it('refuses device ids that could break a path or a stamp', () => {
    expect(() => new Hlc('a/b')).toThrow(TypeError);
    expect(() => new Hlc('')).toThrow(TypeError);
  });
});
