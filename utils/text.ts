/**
 * Plain text helpers: how text is cleaned before it is stored, and the keys two texts are
 * compared by. No dependencies (no zod), so that the script injected into a page can use them.
 */

/**
 * The one rule for characters that are stored but never seen: control characters (but tab and
 * line breaks) and Unicode format characters (Cf): direction embeddings, overrides and isolates
 * (U+202A–202E, U+2066–2069, which make "Invoice \u202Efdp.exe" show as "Invoice exe.pdf"),
 * direction marks, zero-width spaces, the word joiner, the byte-order mark, soft hyphens,
 * invisible operators and stray tag characters. Kept, because a script or an emoji needs them:
 * - ZWJ and ZWNJ between letters of a script that joins (Arabic, Persian, Devanagari, Kannada…);
 *   between Latin, Greek or Cyrillic letters they only hide a difference ("pay\u200Dpal");
 * - ZWJ inside an emoji sequence (👨‍👩‍👧, ❤️‍🔥), and the tag characters of a flag (🏴 + tags + cancel tag);
 * - format characters that are visible or shape their script: Arabic number signs (U+0600–0605,
 *   U+06DD, U+0890–0891, U+08E2), Syriac U+070F, Kaithi U+110BD/U+110CD, the Mongolian vowel
 *   separator U+180E, Egyptian hieroglyph controls (U+13430–1343F), shorthand (U+1BCA0–1BCA3) and
 *   musical (U+1D173–1D17A) format controls.
 */

/**
 * Everything dropped wherever it is, but the visible format characters above: one pass, no
 * look-around (a 10 MB text stays fast).
 */
const INVISIBLE = new RegExp(
  String.raw`[[\p{Cc}\p{Cf}]--[\t\n\r\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u180E\u{110BD}\u{110CD}\u{13430}-\u{1343F}\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0020}-\u{E007F}]--\q{\u200C|\u200D}]`,
  'gv',
);
/** ZWNJ, ZWJ and tag characters: dropped unless they are part of what JOINED keeps. */
const HAS_JOINER = /\u200C|\u200D|[\u{E0020}-\u{E007F}]/u;
/**
 * In order: kept, an emoji, its skin tone or presentation selector, then ZWJ before the next
 * emoji; kept, a flag's tag sequence; kept, a joiner between letters (or marks) of a script that
 * is not Latin, Greek or Cyrillic; dropped, any other joiner or tag character. (Literals, so that
 * a bundle that does not use them, the injected script, leaves them out.)
 */
const JOINED =
  /(\p{Extended_Pictographic}\p{Emoji_Modifier}?\uFE0F?\u200D(?=\p{Extended_Pictographic}))|(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|((?<=[\p{L}\p{M}](?<![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]))(?:\u200C|\u200D)(?=[\p{L}\p{M}]))|\u200C|\u200D|[\u{E0020}-\u{E007F}]/gu;

/**
 * The first pass of `dropInvisible`: every character named above but the joiners and tag
 * characters, whose fate depends on their neighbours. Enough where the text is cleaned again
 * before it is kept: the script injected into a page uses it (its Extraction is parsed with
 * `cleanLine`), which keeps that script small.
 */
export function dropInvisibleButJoiners(value: string): string {
  return value.replace(INVISIBLE, '');
}

/** Drops the characters named above, keeping the sequences a script or an emoji needs. */
export function dropInvisible(value: string): string {
  const dropped = dropInvisibleButJoiners(value);
  if (!HAS_JOINER.test(dropped)) return dropped;
  return dropped.replace(
    JOINED,
    (_match, emoji?: string, flag?: string, joiner?: string) => emoji ?? flag ?? joiner ?? '',
  );
}

/** The first `max` characters, without half a character (a high surrogate) left at the end by the cut. */
function cut(value: string, max: number): string {
  return value.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');
}

/** One line of text: white space collapsed, invisible characters dropped, cut to `max` characters. */
export function cleanLine(value: string, max: number): string {
  return collapseLine(dropInvisible(value), max);
}

/** Like cleanLine, but keeps line breaks (for notes and quotes). */
export function cleanText(value: string, max: number): string {
  return collapseText(dropInvisible(value), max);
}

/** `cleanLine` without dropping invisible characters (for text that had them dropped). */
export function collapseLine(value: string, max: number): string {
  return cut(value.replace(/\s+/g, ' ').trim(), max).trim();
}

/** `cleanText` without dropping invisible characters (for text that had them dropped). */
export function collapseText(value: string, max: number): string {
  const text = value
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cut(text, max);
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
