import { describe, expect, it } from 'vitest';
import { askToPersist } from './storage-persistence';

const storage = (persisted: boolean, grants: boolean, calls: string[] = []) =>
  ({
    persisted: () => {
      calls.push('persisted');
      return Promise.resolve(persisted);
    },
    persist: () => {
      calls.push('persist');
      return Promise.resolve(grants);
    },
  }) as unknown as StorageManager;

describe('askToPersist', () => {
  it('answers what the browser granted, asking only when it is not granted yet', async () => {
    const calls: string[] = [];
    expect(await askToPersist(storage(true, false, calls))).toBe('persisted');
    expect(calls).toEqual(['persisted']);
    expect(await askToPersist(storage(false, true))).toBe('persisted');
    expect(await askToPersist(storage(false, false))).toBe('not-persisted');
    expect(await askToPersist(undefined)).toBe('unknown');
    expect(await askToPersist({ persisted: () => Promise.reject(new Error('no')) } as unknown as StorageManager)).toBe(
      'unknown',
    );
  });
});
