import { browser } from 'wxt/browser';
import type { PlnDatabase } from '../db/database';
import { createHandlers, isExtensionPage } from './handlers';
import { onMessage, type ProtocolMap } from './protocol';

/**
 * Wires the message handlers into the background. Writes are taken from extension pages only;
 * `afterWrite` runs after each one that succeeded.
 */
export function registerMessageHandlers(db: PlnDatabase, hooks: { afterWrite?: () => void } = {}): void {
  const handlers = createHandlers(db);
  const origin = browser.runtime.getURL('/');
  for (const type of Object.keys(handlers) as (keyof ProtocolMap)[]) {
    onMessage(type, ({ data, sender }) => {
      if (!isExtensionPage(sender, browser.runtime.id, origin)) {
        throw new Error(`Refused ${type}: not sent by an extension page`);
      }
      return handlers[type](data).then((result) => {
        hooks.afterWrite?.();
        return result;
      }) as never;
    });
  }
}
