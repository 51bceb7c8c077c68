import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { encodeHlc, Hlc, parseHlc } from './hlc';
import { isAlive } from './merge';
import { sourceType } from './records';
import { metaFor, scanRecord } from './scan';

function setup() {
  let wall = 10_000;
  const clock = new Hlc('dev', { wallClock: () => wall });
  const floor = () => clock.current();
  return {
    clock,
    advance: (ms: number) => (wall += ms),
    stamp: (f: string) => (hint: number | undefined) => clock.stampAt(hint, f),
    floor,
  };
}

describe('scanRecord', () => {
  it('stamps every field of a record it has not seen, at the time the record says it was edited', () => {
    const { stamp, floor } = setup();
    const source = testSource({ id: 's1', url: 'https://a.example/', topics: ['b', 'a'], updatedAt: 9_000 });
    const { record, changed } = scanRecord(sourceType, 's1', source, undefined, stamp(floor()));
    expect(changed).toBe(true);
    expect(Object.keys(record!.clocks).sort()).toEqual(
      Object.entries(sourceType.fields)
        .filter(([, rule]) => rule.kind === 'lww')
        .map(([field]) => field)
        .sort(),
    );
    expect(parseHlc(record!.clocks.title!)).toMatchObject({ wall: 9_000 });
    expect(record!.sets.topics).toEqual({
      b: { a: record!.clocks.title, p: 0 },
      a: { a: record!.clocks.title, p: 1 },
    });
    // Derived fields do not travel.
    expect(record!.values).not.toHaveProperty('aliases');
  });

  it('stamps only what changed since its bookkeeping, and nothing when nothing did', () => {
    const { stamp, floor, advance } = setup();
    const first = testSource({ id: 's1', topics: ['a', 'b'], updatedAt: 9_000 });
    const seen = scanRecord(sourceType, 's1', first, undefined, stamp(floor())).record!;
    const meta = metaFor(sourceType, seen, first);
    expect(scanRecord(sourceType, 's1', first, meta, stamp(floor())).changed).toBe(false);

    advance(5_000);
    const edited = { ...first, note: 'new note', topics: ['b', 'c'], updatedAt: 12_000 };
    const { record, changed } = scanRecord(sourceType, 's1', edited, meta, stamp(floor()));
    expect(changed).toBe(true);
    expect(record!.clocks.title).toBe(seen.clocks.title);
    expect(parseHlc(record!.clocks.note!)).toMatchObject({ wall: 12_000 });
    expect(record!.sets.topics!.a!.r).toBe(record!.clocks.note);
    expect(record!.sets.topics!.b).toEqual(seen.sets.topics!.b);
    expect(record!.sets.topics!.c).toEqual({ a: record!.clocks.note, p: 1 });
  });

  it('sees a change in a count without stamping it (the larger count wins anyway)', () => {
    const { stamp, floor } = setup();
    const first = testSource({ id: 's1', visits: 1 });
    const seen = scanRecord(sourceType, 's1', first, undefined, stamp(floor())).record!;
    const meta = metaFor(sourceType, seen, first);
    const { record, changed } = scanRecord(sourceType, 's1', { ...first, visits: 2 }, meta, stamp(floor()));
    expect(changed).toBe(true);
    expect(record!.clocks).toEqual(seen.clocks);
  });

  it('gives a record gone since the last sync a tombstone, and a record made again fresh stamps', () => {
    const { stamp, floor, advance } = setup();
    const first = testSource({ id: 's1' });
    const seen = scanRecord(sourceType, 's1', first, undefined, stamp(floor())).record!;
    advance(1_000);
    const gone = scanRecord(sourceType, 's1', undefined, metaFor(sourceType, seen, first), stamp(floor()));
    expect(gone.changed).toBe(true);
    expect(gone.record!.values).toBeUndefined();
    expect(isAlive(gone.record!)).toBe(false);

    const tombMeta = metaFor(sourceType, gone.record!, undefined);
    expect(scanRecord(sourceType, 's1', undefined, tombMeta, stamp(floor())).changed).toBe(false);
    advance(1_000);
    const again = scanRecord(sourceType, 's1', { ...first, updatedAt: 0 }, tombMeta, stamp(floor()));
    expect(again.changed).toBe(true);
    expect(isAlive(again.record!)).toBe(true);
  });

  it('stamps an old edit found now just after the previous sync, never before it', () => {
    const { stamp, clock } = setup();
    const floor = encodeHlc({ wall: 9_500, counter: 4, device: 'dev' });
    clock.restore(floor);
    const { record } = scanRecord(sourceType, 's1', testSource({ id: 's1', updatedAt: 100 }), undefined, stamp(floor));
    expect(parseHlc(record!.clocks.title!)).toMatchObject({ wall: 9_500, counter: 5 });
  });
});
