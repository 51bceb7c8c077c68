import { browser } from 'wxt/browser';
import type { SyncService } from '../browser/sync-service';
import { explained, ProblemError } from '../errors';
import { SYNC_MESSAGE_DATA, type SyncMessageType, type ValidSyncMessageData } from './messages';
import { onMessage, type ProtocolMap } from './protocol';
import { isExtensionPage } from './sender';

type SyncHandlers = {
  [K in SyncMessageType]: (data: unknown) => Promise<ReturnType<ProtocolMap[K]>>;
};

/** The Sync section's messages, each checked with its schema (messages.ts) before it acts. */
export function createSyncHandlers(service: SyncService): SyncHandlers {
  const valid = <K extends SyncMessageType>(type: K, data: unknown) =>
    SYNC_MESSAGE_DATA[type].parse(data) as ValidSyncMessageData<K>;
  return {
    syncStart: async (data) => service.start(valid('syncStart', data)),
    syncUnlock: async (data) => service.unlock(valid('syncUnlock', data).passphrase),
    syncNow: async (data) => service.syncNow({ confirmDeletes: valid('syncNow', data).confirmDeletes }),
    syncKeepMine: async (data) => {
      valid('syncKeepMine', data);
      return service.keepMine();
    },
    syncStop: async (data) => {
      valid('syncStop', data);
      await service.stop();
    },
    // As an async handler (a refusal rejects its promise, as the others do), with nothing to await.
    syncSoon: (data) =>
      Promise.resolve(data).then((checked) => {
        valid('syncSoon', checked);
        service.schedule();
      }),
  };
}

/** Wires the sync messages into the background, from extension pages only; returns the way to take them off. */
export function registerSyncHandlers(service: SyncService): () => void {
  const handlers = createSyncHandlers(service);
  const origin = browser.runtime.getURL('/');
  const removers = (Object.keys(handlers) as SyncMessageType[]).map((type) =>
    onMessage(type, ({ data, sender }) => {
      if (!isExtensionPage(sender, browser.runtime.id, origin)) {
        throw new ProblemError('problem_not_extension_page', type);
      }
      return handlers[type](data).catch((error: unknown) => {
        throw explained(error);
      });
    }),
  );
  return () => removers.forEach((remove) => remove());
}
