import { describe, expect, it } from 'vitest';
import { deviceIds, fileName, filePath, KEYINFO_PATH, parseFileName, planReads } from './layout';

const files = (...names: string[]) => names.map((name) => ({ name, size: 10 }));
const log = (seq: number) => fileName('log', seq);
const snap = (seq: number) => fileName('snapshot', seq);

describe('layout', () => {
  it('names files so that they sort by sequence, and reads the names back', () => {
    expect(KEYINFO_PATH).toBe('pln-capture/keyinfo.json');
    expect(filePath('dev-1', 'log', 42)).toBe('pln-capture/devices/dev-1/log-0000000042.bin');
    expect(parseFileName('snapshot-0000000007.bin')).toEqual({ kind: 'snapshot', seq: 7 });
    expect(parseFileName('log-7.bin')).toBeUndefined();
    expect(parseFileName('log-0000000000.bin')).toBeUndefined();
    expect(() => filePath('../x', 'log', 1)).toThrow(TypeError);
    expect(() => fileName('log', 0)).toThrow(RangeError);
  });

  it('reads every new seq in order, logs and snapshots alike', () => {
    expect(planReads(files(log(1), log(2), snap(3), log(4)), 1)).toEqual([
      { kind: 'log', seq: 2 },
      { kind: 'snapshot', seq: 3 },
      { kind: 'log', seq: 4 },
    ]);
    expect(planReads(files(log(1), log(2)), 2)).toEqual([]);
  });

  it('jumps to the latest snapshot over logs compacted away', () => {
    expect(planReads(files(snap(9), log(10), log(11)), 3)).toEqual([
      { kind: 'snapshot', seq: 9 },
      { kind: 'log', seq: 10 },
      { kind: 'log', seq: 11 },
    ]);
  });

  it('stops at a missing file until a snapshot past it stands in', () => {
    expect(planReads(files(log(1), log(3)), 0)).toEqual([{ kind: 'log', seq: 1 }]);
    expect(planReads(files(log(1), log(3), snap(4), log(5)), 0)).toEqual([
      { kind: 'log', seq: 1 },
      { kind: 'snapshot', seq: 4 },
      { kind: 'log', seq: 5 },
    ]);
  });

  it('passes over a damaged file when a snapshot past it exists', () => {
    expect(planReads(files(log(1), log(2), log(3)), 0, new Set([2]))).toEqual([{ kind: 'log', seq: 1 }]);
    expect(planReads(files(log(1), log(2), log(3), snap(4)), 1, new Set([2]))).toEqual([{ kind: 'snapshot', seq: 4 }]);
  });

  it('lists other devices by their folders', () => {
    expect(
      deviceIds(
        [
          { name: 'me', type: 'directory' },
          { name: 'b', type: 'directory' },
          { name: 'a', type: 'directory' },
          { name: 'stray.txt', type: 'file' },
          { name: 'bad name', type: 'directory' },
        ],
        'me',
      ),
    ).toEqual(['a', 'b']);
  });
});
