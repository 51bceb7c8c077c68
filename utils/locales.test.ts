import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// Every translation in public/_locales against English, the default locale. It fails as soon as a
// key is added to one language and not the other: `node scripts/locales.mjs` lists what to translate.

const LOCALES_DIR = new URL('../public/_locales/', import.meta.url);

/** The shape the browsers read: a message, and for translators a description and placeholders. */
const MessagesFile = z.record(
  z.string().regex(/^[A-Za-z0-9_]+$/),
  z.strictObject({
    message: z.string(),
    description: z.string().optional(),
    placeholders: z
      .record(z.string(), z.strictObject({ content: z.string(), example: z.string().optional() }))
      .optional(),
  }),
);
type MessagesFile = z.infer<typeof MessagesFile>;

/**
 * Messages a translation may leave as in English: names, file formats, and words that are the same
 * in that language. Anything else identical to English is an untranslated string.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  nb: ['PLN Capture', 'CSV', 'OPML', 'HTML', 'Import', 'Person', 'Status', 'Video', '$1 person.', '$1 node, $2'],
};

function read(locale: string): MessagesFile {
  return MessagesFile.parse(JSON.parse(readFileSync(new URL(`${locale}/messages.json`, LOCALES_DIR), 'utf8')));
}

/** The substitutions a message uses: `$1`…`$9` and named placeholders `$name$`, each once, sorted. */
function substitutions(message: string): string[] {
  return [...new Set(message.match(/\$\d|\$[A-Za-z0-9_@]+\$/g) ?? [])].sort();
}

const hasWords = (message: string) => /\p{L}/u.test(message.replace(/\$\d|\$[A-Za-z0-9_@]+\$/g, ''));

const en = read('en');
const translations = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'en')
  .map((entry) => entry.name);

describe('locales', () => {
  it('has English and at least the Norwegian Bokmål translation', () => {
    expect(Object.keys(en).length).toBeGreaterThan(0);
    expect(translations).toContain('nb');
  });

  it('finds the problems it is meant to find', () => {
    expect(substitutions('Moved $1 sources to $2, $1 again')).toEqual(['$1', '$2']);
    expect(substitutions('$count$ of $1')).toEqual(['$1', '$count$']);
    expect(hasWords('$1 ($2)')).toBe(false);
    expect(hasWords('$1 · $2 kilder')).toBe(true);
    expect(() => MessagesFile.parse({ a: { message: 'x', descripton: 'typo' } })).toThrow();
    expect(() => MessagesFile.parse({ a: { description: 'no message' } })).toThrow();
  });

  it('uses no named placeholder it does not define (a browser refuses to load the extension)', () => {
    // "$1$2" reads as the placeholder "$1$" to Chrome.
    const undefinedNames = (file: MessagesFile) =>
      Object.entries(file).flatMap(([key, { message, placeholders = {} }]) =>
        (message.match(/\$[A-Za-z0-9_@]+\$/g) ?? [])
          .filter((name) => !Object.keys(placeholders).some((p) => p.toLowerCase() === name.slice(1, -1).toLowerCase()))
          .map((name) => `${key}: ${name}`),
      );
    expect(undefinedNames({ a: { message: 'source $1$2' } })).toEqual(['a: $1$']);
    for (const locale of ['en', ...translations]) expect(undefinedNames(read(locale)), locale).toEqual([]);
  });

  describe.each(translations)('%s', (locale) => {
    const other = read(locale);
    const same = new Set(SAME_AS_ENGLISH[locale] ?? []);

    it('has every English key', () => {
      expect(Object.keys(en).filter((key) => !(key in other))).toEqual([]);
    });

    it('has no key that English lacks', () => {
      expect(Object.keys(other).filter((key) => !(key in en))).toEqual([]);
    });

    it('uses the same substitutions as English in each message', () => {
      const differ = Object.keys(en)
        .filter((key) => key in other)
        .filter((key) => substitutions(en[key]!.message).join() !== substitutions(other[key]!.message).join());
      expect(differ).toEqual([]);
    });

    it('has the same placeholders as English', () => {
      const differ = Object.keys(en)
        .filter((key) => key in other)
        .filter((key) => JSON.stringify(en[key]!.placeholders) !== JSON.stringify(other[key]!.placeholders));
      expect(differ).toEqual([]);
    });

    it('has no empty message', () => {
      expect(Object.keys(other).filter((key) => !other[key]!.message.trim())).toEqual([]);
    });

    it('translates every message with words in it', () => {
      const untranslated = Object.keys(en)
        .filter((key) => key in other)
        .filter((key) => {
          const message = other[key]!.message;
          return message === en[key]!.message && hasWords(message) && !same.has(message);
        });
      expect(untranslated).toEqual([]);
    });
  });
});
