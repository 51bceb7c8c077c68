/**
 * Text helpers shared by the import formats: character references, markup to text, escaping.
 * Pure string code: no DOM, so it runs in a service worker as well as in a page.
 */

const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** The named references that titles and descriptions actually use (HTML's full list is 2,000+). */
const NAMED: ReadonlyMap<string, string> = new Map<string, string>([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ...LATIN1.split(' ').map((name, i): [string, string] => [name, String.fromCharCode(160 + i)]),
  ...(
    [
      ['OElig', 338],
      ['oelig', 339],
      ['Scaron', 352],
      ['scaron', 353],
      ['Yuml', 376],
      ['fnof', 402],
      ['circ', 710],
      ['tilde', 732],
      ['ensp', 8194],
      ['emsp', 8195],
      ['thinsp', 8201],
      ['zwnj', 8204],
      ['zwj', 8205],
      ['lrm', 8206],
      ['rlm', 8207],
      ['ndash', 8211],
      ['mdash', 8212],
      ['lsquo', 8216],
      ['rsquo', 8217],
      ['sbquo', 8218],
      ['ldquo', 8220],
      ['rdquo', 8221],
      ['bdquo', 8222],
      ['dagger', 8224],
      ['Dagger', 8225],
      ['bull', 8226],
      ['hellip', 8230],
      ['permil', 8240],
      ['prime', 8242],
      ['Prime', 8243],
      ['lsaquo', 8249],
      ['rsaquo', 8250],
      ['euro', 8364],
      ['trade', 8482],
      ['larr', 8592],
      ['uarr', 8593],
      ['rarr', 8594],
      ['darr', 8595],
      ['harr', 8596],
      ['hearts', 9829],
    ] as const
  ).map(([name, code]): [string, string] => [name, String.fromCharCode(code)]),
]);

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([\da-fA-F]{1,7})|([a-zA-Z][a-zA-Z\d]{1,31}));?/g;

function fromCodePoint(code: number): string {
  // NUL, surrogates and out-of-range code points are replaced, as an HTML parser does.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/**
 * Decodes character references: numeric ones (`&#39;`, `&#x2019;`) and the common named ones.
 * A named reference needs its `;`; an unknown name is left as it is.
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(
    REFERENCE,
    (match, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (dec !== undefined) return fromCodePoint(Number(dec));
      if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
      if (name !== undefined && match.endsWith(';')) return NAMED.get(name) ?? match;
      return match;
    },
  );
}

/** At most this much raw markup is turned into text for one field (the field is then cut anyway). */
const MAX_MARKUP = 256 * 1024;

/**
 * The text of an HTML fragment: `<script>`, `<style>` and comments are dropped with their
 * content, other tags are removed (block ones leave a space), references are decoded.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .slice(0, MAX_MARKUP)
      .replace(/<(script|style|template|noscript|iframe|object)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|dd|dt|dl|blockquote|section|article|hr)\b[^>]*>/gi, ' ')
      .replace(/<\/?[a-zA-Z][^>]*(?:>|$)/g, ''),
  );
}

/**
 * Whether plain text (a CSV cell, an OPML attribute once decoded) carries HTML markup rather
 * than just mentioning a tag: a closing tag, a tag with attributes, or a script-like element.
 * "The <canvas> element" is text; "<b>Bold</b>" and "<img src=x onerror=...>" are markup.
 */
export function looksLikeMarkup(value: string): boolean {
  return /<\/[a-zA-Z][a-zA-Z\d-]*\s*>|<[a-zA-Z][a-zA-Z\d-]*\s+[a-zA-Z-]+\s*=|<(?:script|style|iframe|img|svg|object|embed|br)\b/i.test(
    value.slice(0, MAX_MARKUP),
  );
}

/** A text field from a plain-text format: markup, if it clearly is markup, becomes its text. */
export function plainText(value: string): string {
  return looksLikeMarkup(value) ? htmlToText(value) : value;
}

/** Escapes text for HTML or XML content and for attribute values in either quote. */
export function escapeMarkup(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Like escapeMarkup, for an attribute: line breaks and tabs are kept as references. */
export function escapeAttribute(value: string): string {
  return escapeMarkup(value).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Characters that XML 1.0 does not allow at all, even as references. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function stripNonXml(value: string): string {
  return value.replace(NOT_XML, '');
}
