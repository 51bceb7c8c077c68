import { browser } from 'wxt/browser';
import type { PlnDatabase } from '../db';
import { createHandlers } from './handlers';
import type { MessageType } from './messages';
import { isExtensionPage } from './sender';
import { explained, ProblemError } from '../errors';
import { onMessage, type ProtocolMap } from './protocol';

/** Messages that write, but never change which pages are saved. */
const KEEPS_SAVED_SET: ReadonlySet<keyof ProtocolMap> = new Set<keyof ProtocolMap>(['recordVisit']);

/**
 * Wires the message handlers into the background. Writes are taken from extension pages only;
 * `afterWrite` runs after each one that succeeded and may have changed what is saved. Returns
 * the way to take them off again.
 */
export function registerMessageHandlers(db: PlnDatabase, hooks: { afterWrite?: () => void } = {}): () => void {
  const handlers = createHandlers(db);
  const origin = browser.runtime.getURL('/');
  const removers = (Object.keys(handlers) as MessageType[]).map((type) =>
    onMessage(type, ({ data, sender }) => {
      if (!isExtensionPage(sender, browser.runtime.id, origin)) {
        throw new ProblemError('problem_not_extension_page', type);
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
    }),
  );
  return () => removers.forEach((remove) => remove());
}
