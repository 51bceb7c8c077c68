import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { dedupe, resolveId, rewriteRefs } from './dedupe';
import { Hlc } from './hlc';
import { effectiveValues } from './merge';
import { recordKey, type SyncRecord, type Values } from './record-state';
import { clipType, recordTypes, sourceType, type RecordType } from './records';
import { scanRecord } from './scan';
import { canonical } from './hash';

const types = recordTypes();

function stateOf(type: RecordType, id: string, values: Values, device: string, wall: number): SyncRecord {
  const clock = new Hlc(device, { wallClock: () => wall });
  return scanRecord(type, id, values, undefined, () => clock.now()).record!;
}

describe('dedupe', () => {
  it('makes two sources saved under one URL on two devices one, under the smaller id, with both edits', () => {
    const url = 'https://blog.example/post';
    const a = stateOf(sourceType, 'b-id', testSource({ id: 'b-id', url, title: 'From A', topics: ['x'] }), 'a', 1_000);
    const b = stateOf(
      sourceType,
      'a-id',
      testSource({ id: 'a-id', url, title: 'From B', note: 'B note', topics: ['y'] }),
      'b',
      2_000,
    );
    const person = stateOf(sourceType, 'p1', testSource({ id: 'p1', kind: 'person', title: 'Ada' }), 'a', 1_000);
    const article = stateOf(
      sourceType,
      'c1',
      testSource({ id: 'c1', url: 'https://other.example/', creators: ['p1', 'b-id'] }),
      'a',
      1_000,
    );
    const clip = stateOf(
      clipType,
      'b-id',
      { sourceId: 'b-id', blocks: [{ type: 'p', text: 'kept' }], truncated: false, words: 1, clippedAt: 5 },
      'a',
      1_000,
    );
    const all = [a, b, person, article, clip];
    const records = new Map(all.map((r) => [recordKey(r.type, r.id), r] as [string, SyncRecord]));
    const result = dedupe(types, records);

    expect(result.aliases).toEqual({ 'b-id': 'a-id' });
    expect(result.removed.sort()).toEqual(['clip:b-id', 'source:b-id']);
    expect(records.has('source:b-id')).toBe(false);
    const merged = effectiveValues(sourceType, records.get('source:a-id')!);
    expect(merged).toMatchObject({ id: 'a-id', url, title: 'From B', note: 'B note', topics: ['x', 'y'] });
    expect(effectiveValues(sourceType, records.get('source:c1')!)?.creators).toEqual(['p1', 'a-id']);
    expect(effectiveValues(clipType, records.get('clip:a-id')!)).toMatchObject({ sourceId: 'a-id' });

    // The same records in another order give the same result; done again, nothing more.
    const reversed = new Map([...all].reverse().map((r) => [recordKey(r.type, r.id), r] as [string, SyncRecord]));
    expect(dedupe(types, reversed).aliases).toEqual({ 'b-id': 'a-id' });
    expect(canonical([...reversed.entries()].sort())).toBe(canonical([...records.entries()].sort()));
    expect(dedupe(types, records).aliases).toEqual({});
  });

  it('leaves sources without a URL, and deleted ones, alone', () => {
    const p1 = stateOf(sourceType, 'p1', testSource({ id: 'p1', kind: 'person', title: 'Ada' }), 'a', 1);
    const p2 = stateOf(sourceType, 'p2', testSource({ id: 'p2', kind: 'person', title: 'Ada' }), 'b', 1);
    const records = new Map([
      ['source:p1', p1],
      ['source:p2', p2],
    ]);
    expect(dedupe(types, records).aliases).toEqual({});
    expect(records.size).toBe(2);
  });

  it('follows chains of merged ids, only ever towards smaller ids', () => {
    expect(resolveId({ c: 'b', b: 'a' }, 'c')).toBe('a');
    expect(resolveId({ a: 'z' }, 'a')).toBe('a');
    const record = stateOf(sourceType, 'c', testSource({ id: 'c', creators: ['c', 'b', 'x'] }), 'a', 1);
    const moved = rewriteRefs(sourceType, record, { c: 'b', b: 'a' });
    expect(moved.id).toBe('a');
    expect(moved.values).toMatchObject({ id: 'a', creators: ['a', 'x'] });
  });
});
