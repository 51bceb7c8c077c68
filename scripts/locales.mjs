#!/usr/bin/env node
// Compares each translation in public/_locales with English, the default locale: prints the keys that
// one has and the other lacks, and the messages whose substitutions ($1…$9, $name$) differ. Exits 1
// when it finds any, so it doubles as the to-do list after English keys are added.
//
// Run: node scripts/locales.mjs            (every locale beside en)
//      node scripts/locales.mjs nb         (only the ones named)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES_DIR = join(import.meta.dirname, '..', 'public', '_locales');
const DEFAULT_LOCALE = 'en';

/** @returns {Record<string, { message: string }>} */
function readMessages(locale) {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
}

/** The substitutions a message uses, as a sorted list without repeats: `$1`, `$2`, `$count$`… */
function substitutions(message) {
  return [...new Set(message.match(/\$\d|\$[A-Za-z0-9_@]+\$/g) ?? [])].sort();
}

/** What differs between English and one translation, as lines to print. */
function compare(en, other, locale) {
  const problems = [];
  for (const key of Object.keys(en)) {
    if (!(key in other)) problems.push(`${locale}: missing ${key} — en: ${JSON.stringify(en[key].message)}`);
  }
  for (const key of Object.keys(other)) {
    if (!(key in en)) problems.push(`${locale}: ${key} is not in en`);
  }
  for (const key of Object.keys(en)) {
    if (!(key in other)) continue;
    const want = substitutions(en[key].message).join(' ');
    const got = substitutions(other[key].message).join(' ');
    if (want !== got) problems.push(`${locale}: ${key} uses [${got}], en uses [${want}]`);
  }
  return problems;
}

function main(args) {
  const locales = args.length
    ? args
    : readdirSync(LOCALES_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== DEFAULT_LOCALE)
        .map((entry) => entry.name);
  const en = readMessages(DEFAULT_LOCALE);
  const problems = locales.flatMap((locale) => compare(en, readMessages(locale), locale));
  for (const line of problems) console.log(line);
  console.log(
    problems.length
      ? `${problems.length} difference(s) between en and ${locales.join(', ')}.`
      : `${locales.join(', ')}: the same ${Object.keys(en).length} keys and substitutions as en.`,
  );
  return problems.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
