/**
 * Plain text helpers: how text is cleaned before it is stored, and the keys two texts are
 * compared by. No dependencies (no zod), so that the script injected into a page can use them.
 */

/** Control and zero-width characters that have no place in a title or a name. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;

/** One line of text: white space collapsed, invisible characters dropped, cut to `max` characters. */
export function cleanLine(value: string, max: number): string {
  return value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

/** Like cleanLine, but keeps line breaks (for notes and quotes). */
export function cleanText(value: string, max: number): string {
  return value
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, max);
}

/**
 * The key two names are compared by, to tell whether they name the same person or group:
 * lower case, letters and digits only, one space between words. "Jane-Doe", "jane  doe" and
 * "Jane Doe" are one name; "José" and "Jose" are two.
 */
export function nameKey(name: string | undefined): string {
  return (name ?? '')
    .slice(0, 2_000)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The key two topics are compared by: case ignored ("Rust" and "rust" are one topic). */
export function topicKey(topic: string): string {
  return topic.toLocaleLowerCase();
}

/** How search compares text: lower case, accents stripped, so that "cafe" finds "Café". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase();
}
