/**
 * Which format an import file is in (formats.ts), by its content first (the name's extension
 * only breaks ties), and its parse; or why it cannot be imported.
 */
import type { Problem } from '../errors';
import type { FileFormat, ImportFileResult } from './format';
import { FILE_FORMATS } from './formats';
import { jsonErrorLine } from './json-lines';
import type { ImportError } from './types';

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** A problem followed by the list of the formats PLN Capture reads. */
const withFormats = (code: Problem['code']): ImportError => ({
  error: { code, list: FILE_FORMATS.map((format) => format.label) },
});

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en')} MB`;
}

/**
 * Why a file of this size is refused, or undefined when it is fine. Call it with `File.size`
 * before reading the file; parseImportFile calls it too.
 */
export function checkImportSize(size: number): ImportError | undefined {
  if (size > MAX_IMPORT_BYTES) {
    return { error: { code: 'problem_too_large', subs: [megabytes(size), megabytes(MAX_IMPORT_BYTES)] } };
  }
  return undefined;
}

function extension(name: string): string {
  return /\.([a-z\d]{1,8})$/i.exec(name.trim())?.[1]?.toLowerCase() ?? '';
}

/**
 * A file that looked like a format but of which nothing could be read as one: refused, naming the
 * format and the first line it could not read.
 */
function wrongShape(format: FileFormat, body: string, result: ImportFileResult): ImportFileResult {
  // The general CSV and the backup say themselves what they miss.
  if (format.id === 'csv' || format.id === 'pln-json') return result;
  if ('error' in result) {
    if (result.error.code !== 'problem_json_invalid' && result.error.code !== 'problem_csv_no_url') return result;
    const at = result.error.code === 'problem_json_invalid' ? jsonErrorLine(body) : undefined;
    const line = at === undefined ? firstTextLine(body) : { number: at, text: lineAt(body, at) };
    return { error: { code: 'problem_wrong_shape', subs: [String(line.number), line.text], list: [format.label] } };
  }
  if ('backup' in result || result.rows.length > 0 || result.invalidCount === 0) return result;
  const issue = result.invalid[0];
  if (!issue) return result;
  return {
    error: { code: 'problem_wrong_shape', subs: [String(issue.line), issue.problem], list: [format.label] },
  };
}

/** A line of a text (1-based), trimmed and cut short. */
function lineAt(body: string, line: number): string {
  return (body.split(/\r\n|\n|\r/, line)[line - 1] ?? '').trim().slice(0, 120);
}

/** The first line with text in it, cut short: what a refusal quotes when no line of a file reads. */
function firstTextLine(body: string): { number: number; text: string } {
  const lines = body.slice(0, 64 * 1024).split(/\r\n|\n|\r/);
  const index = Math.max(
    0,
    lines.findIndex((l) => l.trim() !== ''),
  );
  return { number: index + 1, text: (lines[index] ?? '').trim().slice(0, 120) };
}

/**
 * Reads an import file. `size` is the file's size in bytes (`File.size`; default: the text's
 * length): a file over MAX_IMPORT_BYTES is refused before anything is parsed.
 *
 * What is no export at all is refused first (empty, a ZIP archive, not text); then the first
 * format that is sure of the file reads it; then what looks like an export but is not (a feed,
 * a web page) is refused; then a format that may read it tries.
 */
export function parseImportFile(name: string, text: string, size: number = text.length): ImportFileResult {
  const tooLarge = checkImportSize(Math.max(size, text.length));
  if (tooLarge) return tooLarge;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.slice(0, 64 * 1024).trimStart();
  const probe = { first, head: first.toLowerCase(), extension: extension(name) };

  if (!first) return { error: { code: 'problem_file_empty' } };
  if (first.startsWith('PK\u0003\u0004')) return { error: { code: 'problem_zip' } };
  // eslint-disable-next-line no-control-regex
  if (first.startsWith('%PDF') || /[\u0000-\u0008\u000E-\u001A]/.test(first.slice(0, 1024))) {
    return withFormats('problem_not_text');
  }

  const sniffed = FILE_FORMATS.map((format) => ({ format, sniff: format.sniff(probe) }));
  const sure = sniffed.find((s) => s.sniff === 'sure');
  if (sure) return wrongShape(sure.format, body, sure.format.parse(body));

  if (first.startsWith('<')) {
    if (/<(?:rss|feed|rdf:rdf)[\s>]/.test(probe.head)) return { error: { code: 'problem_feed' } };
    if (/<html[\s>]|<!doctype html/.test(probe.head) && (probe.extension === 'html' || probe.extension === 'htm')) {
      return withFormats('problem_web_page');
    }
  }
  for (const { format, sniff } of sniffed) {
    if (sniff !== 'maybe') continue;
    const result = format.parse(body);
    if (!('error' in result)) return result;
  }
  return withFormats('problem_unknown_format');
}
