import { describe, expect, it } from 'vitest';
import { jobChunks } from './import-port';

describe('jobChunks', () => {
  it('cuts every list of a job into chunks under the budget, in order, nothing lost', () => {
    const sources = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, text: 'x'.repeat(100) }));
    const clips = [{ sourceId: 's0', text: 'y'.repeat(5_000) }, { sourceId: 's1' }];
    const chunks = [...jobChunks({ kind: 'backup', fileName: 'b', sources, trash: [], clips, lines: [1, 2] }, 1_000)];
    for (const [, items] of chunks) {
      // A record larger than the budget goes alone.
      if (items.length > 1) expect(JSON.stringify(items).length).toBeLessThanOrEqual(1_000 + items.length + 1);
    }
    const joined = (list: string) => chunks.filter(([l]) => l === list).flatMap(([, items]) => items);
    expect(joined('sources')).toEqual(sources);
    expect(joined('trash')).toEqual([]);
    expect(joined('clips')).toEqual(clips);
    expect(joined('lines')).toEqual([1, 2]);
    expect(chunks.filter(([l]) => l === 'clips').map(([, items]) => items.length)).toEqual([1, 1]);
  });
});
