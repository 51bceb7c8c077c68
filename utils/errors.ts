import { isMessageKey, listText, t, type MessageKey } from './i18n';

/**
 * What went wrong, for the person: a problem is a code (a key of messages.json, `problem_*`, so
 * the compiler checks that its message exists) and what fills its placeholders. Code that runs
 * where messages are not needed (the import parsers, in a worker) returns problems as data; the
 * data layer and the background throw them as ProblemErrors, whose code and values survive
 * the trip from the background to a page.
 */
export type ProblemCode = Extract<MessageKey, `problem_${string}`>;

export interface Problem {
  code: ProblemCode;
  /** What fills `$1`, `$2`… in order: a text, or a problem within this one (shown as its text). */
  subs?: readonly (string | Problem)[] | undefined;
  /** Things named by their message keys, as one list (“A, B and C”), after `subs`. */
  list?: readonly MessageKey[] | undefined;
}

/** A problem in the person's language. */
export function problemText({ code, subs = [], list }: Problem): string {
  const filled = subs.map((sub) => (typeof sub === 'string' ? sub : problemText(sub)));
  return t(code, ...filled, ...(list ? [listText(list.map((key) => t(key)))] : []));
}

/** A problem thrown: its message is the problem's text; `code` and `subs` say which it was. */
export class ProblemError extends Error {
  readonly code: ProblemCode;
  readonly subs: readonly string[];

  constructor(code: ProblemCode, ...subs: string[]) {
    super(problemText({ code, subs }));
    this.name = 'ProblemError';
    this.code = code;
    this.subs = subs;
  }
}

/** Whether a value is a problem (a ProblemError, or one that crossed from the background). */
function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { code, subs } = value as { code?: unknown; subs?: unknown };
  return (
    typeof code === 'string' &&
    code.startsWith('problem_') &&
    isMessageKey(code) &&
    (subs === undefined || (Array.isArray(subs) && subs.every((s) => typeof s === 'string')))
  );
}

/** The errors an error wraps: Dexie's `inner`, a BulkError's `failures`, a standard `cause`. */
function wrapped(error: object): unknown[] {
  const { inner, failures, cause } = error as { inner?: unknown; failures?: unknown; cause?: unknown };
  const list: unknown[] =
    failures && typeof failures === 'object' ? Object.values(failures as Record<string, unknown>) : [];
  return [inner, cause, ...list];
}

/** Whether an error, or one it wraps, has this name (a QuotaExceededError inside an AbortError…). */
export function hasErrorNamed(error: unknown, name: string, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  if ((error as { name?: unknown }).name === name) return true;
  return wrapped(error).some((inner) => hasErrorNamed(inner, name, depth + 1));
}

/**
 * What went wrong, for a message shown to the person: a full disk and a database from a newer
 * version in words that say what to do; a problem in their language, else the error's own words.
 */
export function errorText(error: unknown): string {
  if (hasErrorNamed(error, 'QuotaExceededError')) return t('error_storage_full');
  // Only opening the database fails so: it was upgraded by a newer version of the extension.
  if (hasErrorNamed(error, 'VersionError')) return t('error_database_newer');
  if (isProblem(error)) return problemText(error);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The error to pass on to a page: for a full disk or a newer database, one whose message says
 * what to do (the page gets only the message across a message or a port); otherwise the error.
 */
export function explained(error: unknown): unknown {
  if (hasErrorNamed(error, 'QuotaExceededError') || hasErrorNamed(error, 'VersionError'))
    return new Error(errorText(error));
  return error;
}
