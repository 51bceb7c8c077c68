import { browser } from 'wxt/browser';
import type { PlnDatabase } from '../db';
import { createHandlers } from './handlers';
import { isExtensionPage } from './sender';
import { onMessage, type ProtocolMap } from './protocol';
import { explained } from '../errors';

/** Messages that write, but never change which pages are saved. */
const KEEPS_SAVED_SET: ReadonlySet<keyof ProtocolMap> = new Set<keyof ProtocolMap>(['recordVisit']);

/**
 * Wires the message handlers into the background. Writes are taken from extension pages only;
 * `afterWrite` runs after each one that succeeded and may have changed what is saved.
 */
export function registerMessageHandlers(db: PlnDatabase, hooks: { afterWrite?: () => void } = {}): void {
  const handlers = createHandlers(db);
  const origin = browser.runtime.getURL('/');
  for (const type of Object.keys(handlers) as (keyof ProtocolMap)[]) {
    onMessage(type, ({ data, sender }) => {
      if (!isExtensionPage(sender, browser.runtime.id, origin)) {
        throw new Error(`Refused ${type}: not sent by an extension page`);
      }
      return handlers[type](data).then(
        (result) => {
          if (!KEEPS_SAVED_SET.has(type)) hooks.afterWrite?.();
          return result;
        },
        (error: unknown) => {
          throw explained(error);
        },
      );
    });
  }
}
