import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { Hlc } from './hlc';
import { effectiveValues, inCollection, isAlive, mergeRecords } from './merge';
import type { SyncRecord, Values } from './record-state';
import { clipType, sourceType } from './records';
import { metaFor, scanRecord } from './scan';
import { canonical } from './hash';

/** A device that edits one record: each call to `save` is the app writing it, then a sync scanning it. */
function device(name: string, start = 1_000) {
  let wall = start;
  const clock = new Hlc(name, { wallClock: () => wall });
  let record: SyncRecord | undefined;
  let values: Values | undefined;
  const type = sourceType;
  return {
    tick(ms = 1_000) {
      wall += ms;
    },
    get record() {
      return record!;
    },
    /** Writes the record as the app would (undefined deletes it for good), then scans it. */
    save(next: Values | undefined) {
      const meta = record && metaFor(type, record, values);
      const scanned = scanRecord(type, 's1', next, meta, () => clock.now());
      record = scanned.record;
      values = next;
      return scanned.changed;
    },
    /** Receives another device's state, as a sync does, and takes what the app would then hold. */
    receive(other: SyncRecord) {
      record = mergeRecords(type, record ?? other, other);
      values = effectiveValues(type, record);
    },
    get values() {
      return values;
    },
  };
}

const base = () => ({ ...testSource({ id: 's1', title: 'Original', url: 'https://a.example/post' }) });

function converge(a: ReturnType<typeof device>, b: ReturnType<typeof device>) {
  const ra = a.record;
  const rb = b.record;
  a.receive(rb);
  b.receive(ra);
  expect(canonical(a.record)).toBe(canonical(b.record));
}

describe('mergeRecords', () => {
  it('keeps a title edited on A and a note edited on B while both were offline', () => {
    const a = device('a');
    const b = device('b');
    a.save(base());
    b.receive(a.record);
    a.tick();
    b.tick();
    a.save({ ...a.values, title: 'Title from A' });
    b.save({ ...b.values, note: 'Note from B' });
    converge(a, b);
    expect(a.values).toMatchObject({ title: 'Title from A', note: 'Note from B' });
  });

  it('lets the later write of one field win, whichever device syncs first', () => {
    const a = device('a');
    const b = device('b');
    a.save(base());
    b.receive(a.record);
    a.tick(1_000);
    b.tick(2_000);
    a.save({ ...a.values, title: 'Earlier' });
    b.save({ ...b.values, title: 'Later' });
    converge(a, b);
    expect(a.values?.title).toBe('Later');
  });

  it('merges topics as a set: a removal stays removed, an addition after it stays', () => {
    const a = device('a');
    const b = device('b');
    a.save({ ...base(), topics: ['ml', 'design'] });
    b.receive(a.record);
    a.tick();
    a.save({ ...a.values, topics: ['design'] });
    b.tick();
    b.save({ ...b.values, topics: ['ml', 'design', 'writing'] });
    converge(a, b);
    expect(a.values?.topics).toEqual(['design', 'writing']);
    b.tick(5_000);
    b.save({ ...b.values, topics: ['design', 'writing', 'ml'] });
    a.receive(b.record);
    expect(a.values?.topics).toEqual(['design', 'writing', 'ml']);
  });

  it('merges profiles by address, and takes the later value of one profile', () => {
    const a = device('a');
    const b = device('b');
    const person = { ...base(), kind: 'person', category: 'experts', url: 'https://ada.example/' };
    a.save({ ...person, profiles: [{ url: 'https://github.com/ada', site: 'GitHub' }] });
    b.receive(a.record);
    a.tick();
    a.save({ ...a.values, profiles: [{ url: 'https://github.com/ada', site: 'GitHub', handle: 'ada' }] });
    b.tick(2_000);
    b.save({
      ...b.values,
      profiles: [
        { url: 'https://github.com/ada', site: 'GitHub' },
        { url: 'https://x.com/ada', site: 'X' },
      ],
    });
    converge(a, b);
    expect(a.values?.profiles).toEqual([
      { url: 'https://github.com/ada', site: 'GitHub', handle: 'ada' },
      { url: 'https://x.com/ada', site: 'X' },
    ]);
    expect(a.values?.aliases).toEqual(['https://ada.example/', 'https://github.com/ada', 'https://x.com/ada']);
  });

  it('keeps a record deleted on A and edited later on B, with the edit', () => {
    const a = device('a');
    const b = device('b');
    a.save(base());
    b.receive(a.record);
    a.tick(1_000);
    a.save(undefined);
    b.tick(5_000);
    b.save({ ...b.values, note: 'Still useful' });
    converge(a, b);
    expect(isAlive(a.record)).toBe(true);
    expect(a.values).toMatchObject({ title: 'Original', note: 'Still useful' });
  });

  it('deletes a record whose delete came after every edit, and forgets its values', () => {
    const a = device('a');
    const b = device('b');
    a.save(base());
    b.receive(a.record);
    b.tick(1_000);
    b.save({ ...b.values, note: 'Earlier note' });
    a.tick(5_000);
    a.save(undefined);
    converge(a, b);
    expect(isAlive(a.record)).toBe(false);
    expect(a.record.values).toBeUndefined();
    expect(b.values).toBeUndefined();
  });

  it('takes a trashed source out of the trash when it is edited later elsewhere', () => {
    const a = device('a');
    const b = device('b');
    a.save(base());
    b.receive(a.record);
    a.tick(1_000);
    a.save({ ...a.values, trashedAt: 2_000 });
    expect(inCollection(sourceType, effectiveValues(sourceType, a.record))).toBe(false);
    b.tick(5_000);
    b.save({ ...b.values, note: 'Edited after' });
    converge(a, b);
    expect(a.values).toMatchObject({ note: 'Edited after' });
    expect(a.values?.trashedAt).toBeUndefined();
    // The trash wins over edits made before it.
    const c = device('c', 100_000);
    c.receive(a.record);
    c.tick();
    c.save({ ...c.values, trashedAt: 100_500 });
    a.receive(c.record);
    expect(a.values?.trashedAt).toBe(100_500);
  });

  it('keeps the largest visit count and last change, and the first creation time', () => {
    const a = device('a');
    const b = device('b');
    a.save({ ...base(), visits: 3, updatedAt: 500 });
    b.receive(a.record);
    a.tick();
    a.save({ ...a.values, visits: 5, lastVisitedAt: 1_500 });
    b.tick();
    b.save({ ...b.values, visits: 4, updatedAt: 1_800, createdAt: 0 });
    converge(a, b);
    expect(a.values).toMatchObject({ visits: 5, lastVisitedAt: 1_500, updatedAt: 1_800, createdAt: 0 });
  });

  it('writes a clip whole: the later clip wins, never a mix of two', () => {
    const clip = (title: string, text: string, at: number) => ({
      sourceId: 's1',
      title,
      blocks: [{ type: 'p', text }],
      truncated: false,
      words: 1,
      clippedAt: at,
    });
    const clockA = new Hlc('a', { wallClock: () => 10 });
    const clockB = new Hlc('b', { wallClock: () => 20 });
    const a = scanRecord(clipType, 's1', clip('A', 'from a', 10), undefined, () => clockA.now()).record!;
    const b = scanRecord(clipType, 's1', clip('B', 'from b', 20), undefined, () => clockB.now()).record!;
    const ab = mergeRecords(clipType, a, b);
    const ba = mergeRecords(clipType, b, a);
    expect(canonical(ab)).toBe(canonical(ba));
    expect(effectiveValues(clipType, ab)).toEqual(clip('B', 'from b', 20));
  });

  it('is idempotent and does not depend on the order changes arrive in', () => {
    const a = device('a');
    const b = device('b');
    const c = device('c');
    a.save({ ...base(), topics: ['x'] });
    b.receive(a.record);
    c.receive(a.record);
    c.tick(5);
    a.tick(10);
    b.tick(20);
    a.save({ ...a.values, title: 'A', topics: ['x', 'y'] });
    b.save({ ...b.values, note: 'B', topics: [] });
    c.save(undefined);
    const [ra, rb, rc] = [a.record, b.record, c.record];
    const orders = [
      [ra, rb, rc],
      [rc, rb, ra],
      [rb, ra, rc],
      [rb, rc, ra, rb, ra],
    ];
    const results = orders.map((list) => list.slice(1).reduce((acc, r) => mergeRecords(sourceType, acc, r), list[0]!));
    for (const result of results) expect(canonical(result)).toBe(canonical(results[0]));
    expect(effectiveValues(sourceType, results[0]!)).toMatchObject({ title: 'A', note: 'B', topics: ['y'] });
  });
});
