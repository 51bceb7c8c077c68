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
 * Messages without placeholders, as read once: a page reads hundreds of labels as it renders, and
 * each read from the browser is a call into the extension API. (The browser's language, and so
 * its messages, stay the same for the page's life.)
 */
const plainMessages = new Map<MessageKey, string>();

/**
 * A UI string in the browser's language. Falls back to English where the browser has no
 * message (tests, or a key missing from a translation).
 */
export function t(key: MessageKey, ...subs: string[]): string {
  const plain = subs.length === 0 ? plainMessages.get(key) : undefined;
  if (plain !== undefined) return plain;
  let localized = '';
  try {
    localized = browser.i18n.getMessage(key as never, subs);
  } catch {
    // No i18n API in this context (unit tests).
  }
  const text = localized || substitute(messages[key].message, subs);
  if (subs.length === 0) plainMessages.set(key, text);
  return text;
}

/** Whether a string is the key of a message (for codes that crossed from another context). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/** Read once: it stays the same for the page's life, and every number and date formatted asks. */
let language: string | undefined;

/** The browser's language, for formatting lists and numbers as the messages do ("en" without one). */
export function uiLanguage(): string {
  language ??= browserLanguage();
  return language;
}

function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/**
 * Count messages: chrome.i18n has no plural forms, so a message that says a count is written
 * once per plural category its languages use, as `<base>_one`, `<base>_other` (and `_two`,
 * `_few`, `_many`, `_zero` where a language needs them), each with the count as `$1`.
 * `PluralKey` is every such base (a key with an `_other` form).
 */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_other` ? Base : never;
}[MessageKey];

const formatters = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

/**
 * The language the messages are written in: the browser's language when there is a translation
 * for it, English otherwise (each messages.json names its own, under `messages_language`).
 */
export function messagesLanguage(): string {
  return t('messages_language');
}

/** Marks an extension page as written in the messages' language (`<html lang>`). */
export function setPageLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = messagesLanguage();
}

/**
 * The plural category of `count` in `language` ("one", "other"…), by Intl.PluralRules: by
 * default in the messages' language, so that a browser in a language without a translation
 * gets the English forms English needs.
 */
export function pluralCategory(count: number, language: string = messagesLanguage()): Intl.LDMLPluralRule {
  return cached(`plural:${language}`, () => new Intl.PluralRules(language)).select(count);
}

/**
 * A count message in the browser's language, in the plural form the count takes there: `$1` is
 * the count, formatted; `subs` fill `$2`… A language's category without a message of its own
 * reads the `_other` form.
 */
export function plural(base: PluralKey, count: number, ...subs: string[]): string {
  const key = `${base}_${pluralCategory(count)}`;
  return t(isMessageKey(key) ? key : `${base}_other`, formatNumber(count), ...subs);
}

/** A number as the browser's language writes it: 10,000 in English, 10 000 in Norwegian. */
export function formatNumber(value: number, language: string = uiLanguage()): string {
  return cached(`number:${language}`, () => new Intl.NumberFormat(language)).format(value);
}

/** A day as the browser's language writes it, short: "Mar 4, 2026", "4. mars 2026". */
export function formatDate(time: number, language: string = uiLanguage()): string {
  return cached(
    `date:${language}`,
    () => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric' }),
  ).format(time);
}

/** A day and a time of day, as the browser's language writes them: "Mar 4, 2026, 14:05". */
export function formatDateTime(time: number, language: string = uiLanguage()): string {
  return cached(
    `datetime:${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(time);
}

/** A month and its year, as the browser's language writes them: "March 2026", "mars 2026". */
export function formatMonth(time: number, language: string = uiLanguage()): string {
  return cached(
    `month:${language}`,
    () => new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' }),
  ).format(time);
}

/** Things in a list, in the browser's language: "A, B, and C" (or "A, B, or C"). */
export function listText(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(uiLanguage(), { type }).format(items);
}

/** A message reference's text (see MessageRef). */
export function messageText({ key, subs = [] }: MessageRef): string {
  return t(key, ...subs);
}
