import { browser } from 'wxt/browser';
import messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** Fills `$1`…`$9` the way the browser does, for the English fallback. */
function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** A message with what fills its placeholders, to be shown later in the browser's language. */
export interface MessageRef {
  key: MessageKey;
  subs?: readonly string[] | undefined;
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

/** Whether a string is the key of a message (for codes that crossed from another context). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/** The browser's language, for formatting lists and numbers as the messages do ("en" without one). */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** Things in a list, in the browser's language: "A, B, and C" (or "A, B, or C"). */
export function listText(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(uiLanguage(), { type }).format(items);
}

/** A message reference's text (see MessageRef). */
export function messageText({ key, subs = [] }: MessageRef): string {
  return t(key, ...subs);
}
