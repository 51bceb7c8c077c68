import { beforeAll, describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { createKey, type SyncKey } from './crypto';
import { Damaged, UnsupportedVersion } from './errors';
import { encodeHlc } from './hlc';
import { filePath } from './layout';
import { checkRecords, decodeBatch, encodeBatch, type Batch } from './log';
import { recordTypes } from './records';

const types = recordTypes();
const stamp = encodeHlc({ wall: 1_000, counter: 0, device: 'd1' });
let key: SyncKey;

beforeAll(async () => {
  ({ key } = await createKey('passphrase for the log tests'));
});

function batch(records: unknown[], seq = 1): Batch {
  return { format: 1, device: 'd1', seq, kind: 'log', aliases: {}, records: records as Batch['records'] };
}

const wireSource = (fields: Record<string, unknown> = {}) => ({
  t: 'source',
  id: 's1',
  v: { ...testSource({ id: 's1', title: 'A post', url: 'https://a.example/' }), ...fields },
  c: { title: stamp },
  s: { topics: {} },
});

describe('batches', () => {
  it('round-trips through encryption and compression, bound to its path', async () => {
    const path = filePath('d1', 'log', 1);
    const bytes = await encodeBatch(key, path, batch([wireSource()]));
    const opened = await decodeBatch(key, path, bytes, { device: 'd1', seq: 1, kind: 'log' });
    expect(opened.records).toHaveLength(1);
    await expect(
      decodeBatch(key, filePath('d1', 'log', 2), bytes, { device: 'd1', seq: 2, kind: 'log' }),
    ).rejects.toBeInstanceOf(Damaged);
  });

  it('refuses a file whose content says it belongs elsewhere, or comes from a newer format', async () => {
    const path = filePath('d1', 'log', 3);
    const wrong = await encodeBatch(key, path, batch([], 4));
    await expect(decodeBatch(key, path, wrong, { device: 'd1', seq: 3, kind: 'log' })).rejects.toBeInstanceOf(Damaged);
    const newer = await encodeBatch(key, path, { ...batch([], 3), format: 2 as 1 });
    await expect(decodeBatch(key, path, newer, { device: 'd1', seq: 3, kind: 'log' })).rejects.toBeInstanceOf(
      UnsupportedVersion,
    );
  });
});

describe('checkRecords', () => {
  it('checks values with the model schemas, refusing invalid records with a reason', () => {
    const { records, refused } = checkRecords(types, [
      wireSource(),
      { ...wireSource({ url: 'javascript:alert(1)' }), id: 's1' },
      { ...wireSource({ kind: 'spaceship' }) },
      { ...wireSource(), id: 's2' },
      { t: 'playlist', id: 'p1', c: {} },
      { t: 'source', id: 's3', c: { title: 'yesterday' } },
      'nonsense',
    ]);
    expect(records).toHaveLength(1);
    expect(records[0]!.values).toMatchObject({ id: 's1', title: 'A post' });
    expect(records[0]!.values).not.toHaveProperty('aliases');
    expect(refused.map((r) => r.reason)).toEqual([
      expect.stringContaining('url'),
      expect.stringContaining('kind'),
      'its values are for another record',
      'a kind of record this version does not know',
      'not a record',
      'not a record',
    ]);
  });

  it('takes tombstones without values, and drops clocks of fields it does not know', () => {
    const { records, refused } = checkRecords(types, [
      { t: 'source', id: 'gone', c: { title: stamp, futureField: stamp }, d: stamp },
    ]);
    expect(refused).toEqual([]);
    expect(records[0]).toEqual({ type: 'source', id: 'gone', clocks: { title: stamp }, sets: {}, deleted: stamp });
  });
});
