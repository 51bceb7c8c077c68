import { describe, expect, it, vi } from 'vitest';
import type { SyncService } from '../browser/sync-service';
import { createSyncHandlers } from './sync-handlers';

describe('the sync messages', () => {
  it('syncSoon schedules a sync, and refuses data of another shape', async () => {
    const schedule = vi.fn();
    const handlers = createSyncHandlers({ schedule } as unknown as SyncService);
    await handlers.syncSoon({});
    expect(schedule).toHaveBeenCalledTimes(1);
    await expect(handlers.syncSoon('now')).rejects.toThrow();
    expect(schedule).toHaveBeenCalledTimes(1);
  });
});
