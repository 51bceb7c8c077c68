/**
 * A small, forgiving tokenizer for the markup import files use: the Netscape bookmark format
 * (loose HTML) and OPML (XML). It is not a full HTML or XML parser: it splits the text into
 * tags and text, reads attributes (quoted, unquoted or bare; references decoded; names
 * lower-cased), skips comments, doctypes and processing instructions, returns CDATA as text,
 * and skips the content of raw-text elements such as `<script>`. It never throws: anything it
 * does not recognise is text. Linear in the size of the input.
 */
import { decodeEntities } from './text';

export interface TagToken {
  type: 'tag';
  /** Lower-cased tag name. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Lower-cased attribute names; the first of repeated attributes wins. */
  attrs: ReadonlyMap<string, string>;
  start: number;
}

export interface TextToken {
  type: 'text';
  /** Raw text: character references are not decoded (CDATA is, in effect, already decoded). */
  raw: string;
  cdata: boolean;
  start: number;
}

export type Token = TagToken | TextToken;

const NO_ATTRS: ReadonlyMap<string, string> = new Map();

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

export class MarkupReader {
  /** Position of the next character to read. */
  pos = 0;
  private lineFrom = 0;
  private lineCount = 1;
  private readonly rawText: ReadonlySet<string>;
  /** The last search for ">": from where, and what it found (kept so that no search repeats). */
  private gtFrom = -1;
  private gtAt = -1;

  constructor(
    private readonly text: string,
    options: { rawText?: readonly string[] } = {},
  ) {
    this.rawText = new Set(options.rawText ?? []);
  }

  /** 1-based line of a position; cheap when positions only move forward. */
  lineAt(pos: number): number {
    if (pos < this.lineFrom) {
      this.lineFrom = 0;
      this.lineCount = 1;
    }
    const t = this.text;
    let i = t.indexOf('\n', this.lineFrom);
    while (i !== -1 && i < pos) {
      this.lineCount++;
      i = t.indexOf('\n', i + 1);
    }
    this.lineFrom = pos;
    return this.lineCount;
  }

  /**
   * The first ">" at or after `from`. Searches that would cover the same ground are answered
   * from the last one, so that a file full of "<" and no ">" is still read in linear time.
   */
  private nextGt(from: number): number {
    if (this.gtFrom !== -1 && from >= this.gtFrom && (this.gtAt === -1 || this.gtAt >= from)) return this.gtAt;
    this.gtFrom = from;
    this.gtAt = this.text.indexOf('>', from);
    return this.gtAt;
  }

  next(): Token | undefined {
    const t = this.text;
    const n = t.length;
    while (this.pos < n) {
      const start = this.pos;
      if (t.charCodeAt(start) !== 60 /* < */) {
        const lt = t.indexOf('<', start);
        this.pos = lt === -1 ? n : lt;
        return { type: 'text', raw: t.slice(start, this.pos), cdata: false, start };
      }
      const c = t.charCodeAt(start + 1);
      if (c === 33 /* ! */) {
        if (t.startsWith('<!--', start)) {
          const end = t.indexOf('-->', start + 4);
          this.pos = end === -1 ? n : end + 3;
          continue;
        }
        if (t.startsWith('<![CDATA[', start)) {
          const end = t.indexOf(']]>', start + 9);
          this.pos = end === -1 ? n : end + 3;
          return { type: 'text', raw: t.slice(start + 9, end === -1 ? n : end), cdata: true, start };
        }
        const end = this.nextGt(start);
        this.pos = end === -1 ? n : end + 1;
        continue;
      }
      if (c === 63 /* ? */) {
        const end = t.indexOf('?>', start);
        this.pos = end === -1 ? n : end + 2;
        continue;
      }
      if (c === 47 /* / */ && isNameStart(t.charCodeAt(start + 2))) {
        let i = start + 2;
        while (i < n && !isSpace(t.charCodeAt(i)) && t.charCodeAt(i) !== 62) i++;
        const name = t.slice(start + 2, i).toLowerCase();
        const end = this.nextGt(i);
        this.pos = end === -1 ? n : end + 1;
        return { type: 'tag', name, closing: true, selfClosing: false, attrs: NO_ATTRS, start };
      }
      if (isNameStart(c)) return this.openTag(start);
      // A lone "<": text.
      const lt = t.indexOf('<', start + 1);
      this.pos = lt === -1 ? n : lt;
      return { type: 'text', raw: t.slice(start, this.pos), cdata: false, start };
    }
    return undefined;
  }

  private openTag(start: number): TagToken {
    const t = this.text;
    const n = t.length;
    let i = start + 1;
    while (i < n && !isSpace(t.charCodeAt(i)) && t.charCodeAt(i) !== 62 && t.charCodeAt(i) !== 47) i++;
    const name = t.slice(start + 1, i).toLowerCase();
    let attrs: Map<string, string> | undefined;
    let selfClosing = false;
    for (;;) {
      while (i < n && isSpace(t.charCodeAt(i))) i++;
      if (i >= n) break;
      const c = t.charCodeAt(i);
      if (c === 62 /* > */) {
        i++;
        break;
      }
      if (c === 47 /* / */) {
        i++;
        if (t.charCodeAt(i) === 62) {
          selfClosing = true;
          i++;
          break;
        }
        continue;
      }
      // Attribute name.
      const nameStart = i;
      while (i < n) {
        const d = t.charCodeAt(i);
        if (isSpace(d) || d === 61 || d === 62 || (d === 47 && t.charCodeAt(i + 1) === 62)) break;
        i++;
      }
      if (i === nameStart) i++; // a stray character such as a quote: skip it
      const attrName = t.slice(nameStart, i).toLowerCase();
      let j = i;
      while (j < n && isSpace(t.charCodeAt(j))) j++;
      let value = '';
      if (t.charCodeAt(j) === 61 /* = */) {
        j++;
        while (j < n && isSpace(t.charCodeAt(j))) j++;
        const q = t.charCodeAt(j);
        if (q === 34 || q === 39) {
          let end = t.indexOf(q === 34 ? '"' : "'", j + 1);
          // A quote closed only after a line break, with a ">" before that break, was never
          // closed: it would swallow the next tags. The value ends at that ">" instead.
          const gtFirst = this.nextGt(j + 1);
          if (end !== -1 && gtFirst !== -1 && gtFirst < end) {
            for (let k = gtFirst; k < end; k++) {
              if (t.charCodeAt(k) === 10) {
                end = -1;
                break;
              }
            }
          }
          if (end === -1) {
            // An unclosed quote would swallow the file: the value ends where the tag does.
            const gt = gtFirst;
            i = gt === -1 ? n : gt;
            value = t.slice(j + 1, i);
          } else {
            value = t.slice(j + 1, end);
            i = end + 1;
          }
        } else {
          const valueStart = j;
          while (j < n && !isSpace(t.charCodeAt(j)) && t.charCodeAt(j) !== 62) j++;
          value = t.slice(valueStart, j);
          i = j;
        }
      }
      if (attrName && /^[^\s"'<>=]+$/.test(attrName)) {
        attrs ??= new Map();
        if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
      }
    }
    this.pos = i;
    if (!selfClosing && this.rawText.has(name)) this.skipRawText(name);
    return { type: 'tag', name, closing: false, selfClosing, attrs: attrs ?? NO_ATTRS, start };
  }

  /** Moves past the content and closing tag of a raw-text element: its content is never read. */
  private skipRawText(name: string): void {
    const close = new RegExp(`</${name}[\\s>/]`, 'gi');
    close.lastIndex = this.pos;
    const m = close.exec(this.text);
    if (!m) {
      this.pos = this.text.length;
      return;
    }
    const end = this.text.indexOf('>', m.index);
    this.pos = end === -1 ? this.text.length : end + 1;
  }
}
