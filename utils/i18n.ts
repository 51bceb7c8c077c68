import { browser } from 'wxt/browser';
import messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** Fills `$1`…`$9` the way the browser does, for the English fallback. */
function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/**
 * A UI string in the browser's language. Falls back to English where the browser has no
 * message (tests, or a key missing from a translation).
 */
export function t(key: MessageKey, ...subs: string[]): string {
  let localized = '';
  try {
    localized = browser.i18n.getMessage(key as never, subs);
  } catch {
    // No i18n API in this context (unit tests).
  }
  return localized || substitute(messages[key].message, subs);
}
