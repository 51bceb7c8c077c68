import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatNumber, messagesLanguage, plural, pluralCategory } from './i18n';

const read = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('count messages', () => {
  it('picks the form the count takes (English, outside a browser)', () => {
    expect(messagesLanguage()).toBe('en');
    expect(plural('panel_bulk_deleted', 1)).toBe('Deleted 1 source.');
    expect(plural('panel_bulk_deleted', 2)).toBe('Deleted 2 sources.');
    expect(plural('panel_bulk_deleted', 0)).toBe('Deleted 0 sources.');
    expect(plural('network_summary', 1, plural('count_categories', 1))).toBe('1 source in 1 category.');
    expect(plural('network_summary', 12_345, plural('count_categories', 3))).toBe('12,345 sources in 3 categories.');
    expect(plural('review_back', 7, 'A post')).toBe('“A post” comes back in 7 days.');
  });

  it('follows each language’s plural rules', () => {
    expect(pluralCategory(1, 'nb')).toBe('one');
    expect(pluralCategory(0, 'nb')).toBe('other');
    expect(pluralCategory(21, 'nb')).toBe('other');
    expect(pluralCategory(1, 'en')).toBe('one');
  });

  it.each(['en', 'nb'])('has every plural form %s needs, with the count as $1', (locale) => {
    const messages = read(locale);
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const bases = Object.keys(messages)
      .filter((key) => key.endsWith('_other'))
      .map((key) => key.slice(0, -'_other'.length));
    expect(bases).toContain('network_summary');
    for (const base of bases) {
      for (const category of needed) {
        const message = messages[`${base}_${category}`]?.message;
        expect(message, `${locale}: ${base}_${category}`).toBeDefined();
        expect(message, `${locale}: ${base}_${category}`).toContain('$1');
      }
    }
  });
});

describe('numbers and dates', () => {
  it('writes them as the language does', () => {
    expect(formatNumber(10_000, 'en')).toBe('10,000');
    expect(formatNumber(10_000, 'nb')).toBe('10\u00a0000');
    const day = Date.UTC(2026, 2, 4, 12);
    expect(formatDate(day, 'en')).toBe('Mar 4, 2026');
    expect(formatDate(day, 'nb')).toBe('4. mars 2026');
    expect(formatMonth(day, 'nb')).toBe('mars 2026');
  });
});
