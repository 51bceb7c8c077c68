/**
 * Our own lossless export: every source, the trash, the clipped article texts, the learning goals
 * and the journal, as JSON.
 *
 *   { "format": "pln-capture-backup", "version": 1, "exportedAt": <ms>,
 *     "sources": Source[], "trash": TrashedSource[], "clips": Clip[],
 *     "goals": Goal[], "journal": JournalEntry[] }
 *
 * A backup made before goals existed has no "goals" or "journal": it reads as having none.
 *
 * readBackup says in plain words why a file cannot be read (not JSON, cut off, not a backup,
 * made by a newer version), and checks each record on its own: a bad record is listed with its
 * number and why, the others are kept. Links must be http(s) (the schemas refuse javascript:,
 * data:, file:...); each source's address is normalized again with normalizeUrl (a no-op for
 * what this extension wrote).
 */
import { z } from 'zod';
import { Clip } from '../model/clip';
import { Timestamp } from '../model/fields';
import { Goal } from '../model/goal';
import { JournalEntry } from '../model/journal';
import { Source, TrashedSource } from '../model/source';
import { normalizeUrl } from '../url/normalize';
import { fieldProblem, urlProblem } from './rows';
import type { Problem, ProblemCode } from '../errors';
import type { ImportError, ImportIssue, ParsedImport } from './types';
import type { FileFormat } from './format';
import type { ImportRow } from '../model/import-row';

export const BACKUP_FORMAT = 'pln-capture-backup';
export const BACKUP_VERSION = 1;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: Timestamp,
  sources: z.array(Source),
  trash: z.array(TrashedSource),
  clips: z.array(Clip),
  goals: z.array(Goal).default([]),
  journal: z.array(JournalEntry).default([]),
});
export type Backup = z.output<typeof Backup>;

export interface BackupData {
  sources: readonly Source[];
  trash: readonly TrashedSource[];
  clips: readonly Clip[];
  goals?: readonly Goal[] | undefined;
  journal?: readonly JournalEntry[] | undefined;
  /** Default: now. */
  exportedAt?: number;
}

export type BackupList = 'sources' | 'trash' | 'clips' | 'goals' | 'journal';

/** A record of a backup that was left out: `line` is its 1-based number in its list. */
export interface BackupIssue extends ImportIssue {
  list: BackupList;
  /** 0-based position in the list. */
  index: number;
}

export type ReadBackupResult = { backup: Backup; invalid: BackupIssue[] } | ImportError;

/**
 * The backup as JSON text: the header fields, then one record per line (readable, and a diff
 * of two backups shows what changed).
 */
export function writeBackup(data: BackupData): string {
  const list = (name: BackupList, records: readonly unknown[]) =>
    `  ${JSON.stringify(name)}: [${records.length ? `\n${records.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ` : ''}]`;
  return [
    '{',
    `  "format": ${JSON.stringify(BACKUP_FORMAT)},`,
    `  "version": ${BACKUP_VERSION},`,
    `  "exportedAt": ${JSON.stringify(data.exportedAt ?? Date.now())},`,
    `${list('sources', data.sources)},`,
    `${list('trash', data.trash)},`,
    `${list('clips', data.clips)},`,
    `${list('goals', data.goals ?? [])},`,
    list('journal', data.journal ?? []),
    '}',
    '',
  ].join('\n');
}

/** Whether JSON text stops inside a string, an object or an array: a cut-off file. */
function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return inString || depth > 0;
}

/** Where JSON.parse stopped, [line, column], from its message (engines word it differently). */
function whereJsonFailed(text: string, message: string): [string, string] | undefined {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn?.[1] && lineColumn[2]) return [lineColumn[1], lineColumn[2]];
  const position = /position (\d+)/i.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return [String(line), String(before.length - before.lastIndexOf('\n'))];
}

/** Parses JSON text, or says in plain words why it is not JSON. */
export function parseJson(text: string): { value: unknown } | ImportError {
  if (!text.trim()) return { error: { code: 'problem_json_empty' } };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    if (endsEarly(text)) return { error: { code: 'problem_json_cut' } };
    const at = whereJsonFailed(text, e instanceof Error ? e.message : '');
    return { error: at ? { code: 'problem_json_invalid_at', subs: at } : { code: 'problem_json_invalid' } };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let v = record;
  for (const key of path) {
    if (!isRecord(v) && !Array.isArray(v)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const LINK_FIELDS = new Set(['url', 'image', 'pageUrl']);

/** A schema problem in plain words: "url: not a web address (javascript:)". */
function describe(error: z.ZodError, record: unknown): Problem {
  const problems = error.issues.slice(0, 3).map((issue): Problem => {
    const field = issue.path.map(String).join('.') || 'record';
    const value = valueAt(record, issue.path);
    const last = issue.path[issue.path.length - 1];
    if (typeof value === 'string' && typeof last === 'string' && LINK_FIELDS.has(last)) {
      return fieldProblem(field, urlProblem(value));
    }
    if (value === undefined && issue.code === 'invalid_type')
      return fieldProblem(field, { code: 'problem_value_missing' });
    return fieldProblem(field, { code: ZOD_PROBLEMS[issue.code] ?? 'problem_value_invalid' });
  });
  return problems.reduceRight((rest, problem) => ({ code: 'problem_and', subs: [problem, rest] }));
}

/** What is wrong with a value, by the kind of issue zod found. */
const ZOD_PROBLEMS: Partial<Record<z.core.$ZodIssue['code'], ProblemCode>> = {
  invalid_type: 'problem_value_type',
  too_big: 'problem_value_too_big',
  too_small: 'problem_value_too_small',
  invalid_format: 'problem_value_format',
  invalid_value: 'problem_value_not_allowed',
};

/** The record a problem is in, by list: untitled, and with its title. */
const IN_RECORD: Record<BackupList, [ProblemCode, ProblemCode]> = {
  sources: ['problem_in_source', 'problem_in_source_titled'],
  trash: ['problem_in_trashed', 'problem_in_trashed_titled'],
  clips: ['problem_in_clip', 'problem_in_clip_titled'],
  goals: ['problem_in_goal', 'problem_in_goal_titled'],
  journal: ['problem_in_entry', 'problem_in_entry'],
};

/** A record's title (a trashed source's is its source's), to name it by. */
function titleOf(record: unknown): string | undefined {
  const title = isRecord(record)
    ? (record.title ?? (isRecord(record.source) ? record.source.title : undefined))
    : undefined;
  return typeof title === 'string' && title.trim() ? title.trim().slice(0, 80) : undefined;
}

/** Reads a backup file: the whole-file problems as `error`, record problems in `invalid`. */
export function readBackup(text: string): ReadBackupResult {
  const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if ('error' in parsed) return parsed;
  const data = parsed.value;
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
    return isRecord(data) && typeof data.format === 'string'
      ? { error: { code: 'problem_not_backup_format', subs: [data.format.slice(0, 60)] } }
      : { error: { code: 'problem_not_backup' } };
  }
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { error: { code: 'problem_backup_no_version' } };
  }
  if (version > BACKUP_VERSION) {
    return { error: { code: 'problem_backup_newer', subs: [String(version), String(BACKUP_VERSION)] } };
  }
  const exportedAt = Timestamp.safeParse(data.exportedAt);
  if (!exportedAt.success) return { error: { code: 'problem_backup_no_date' } };
  for (const list of ['sources', 'trash', 'clips', 'goals', 'journal'] as const) {
    if (data[list] !== undefined && !Array.isArray(data[list]))
      return { error: { code: 'problem_backup_not_list', subs: [list] } };
  }
  const records = (list: BackupList): unknown[] => (Array.isArray(data[list]) ? data[list] : []);

  const invalid: BackupIssue[] = [];
  const refuse = (list: BackupList, index: number, record: unknown, why: Problem) => {
    const title = titleOf(record);
    const [code, titled] = IN_RECORD[list];
    const subs = title === undefined ? [String(index + 1), why] : [String(index + 1), title, why];
    invalid.push({ list, index, line: index + 1, problem: { code: title === undefined ? code : titled, subs } });
  };
  /** A source's address, normalized again; undefined when it cannot be. */
  const renormalize = (source: Source, field = 'url'): Source | Problem => {
    if (source.url === undefined) return source;
    const url = normalizeUrl(source.url);
    return url === undefined ? fieldProblem(field, urlProblem(source.url)) : { ...source, url };
  };

  const sources: Source[] = [];
  const ids = new Map<string, number>();
  const urls = new Map<string, number>();
  records('sources').forEach((record, index) => {
    const result = Source.safeParse(record);
    if (!result.success) return refuse('sources', index, record, describe(result.error, record));
    const source = renormalize(result.data);
    if ('code' in source) return refuse('sources', index, record, source);
    const sameId = ids.get(source.id);
    if (sameId !== undefined)
      return refuse('sources', index, record, { code: 'problem_same_id', subs: [String(sameId + 1)] });
    const sameUrl = source.url === undefined ? undefined : urls.get(source.url);
    if (sameUrl !== undefined)
      return refuse('sources', index, record, { code: 'problem_same_url', subs: [String(sameUrl + 1)] });
    ids.set(source.id, index);
    if (source.url !== undefined) urls.set(source.url, index);
    sources.push(source);
  });

  const trash: TrashedSource[] = [];
  const trashIds = new Set<string>();
  records('trash').forEach((record, index) => {
    const result = TrashedSource.safeParse(record);
    if (!result.success) return refuse('trash', index, record, describe(result.error, record));
    const source = renormalize(result.data.source, 'source.url');
    if ('code' in source) return refuse('trash', index, record, source);
    const { id } = result.data;
    if (id !== source.id) return refuse('trash', index, record, { code: 'problem_trash_id' });
    if (ids.has(id) || trashIds.has(id)) return refuse('trash', index, record, { code: 'problem_trash_twice' });
    trashIds.add(id);
    trash.push({ ...result.data, source });
  });

  const clips: Clip[] = [];
  const clipped = new Set<string>();
  records('clips').forEach((record, index) => {
    const result = Clip.safeParse(record);
    if (!result.success) return refuse('clips', index, record, describe(result.error, record));
    const { sourceId } = result.data;
    if (!ids.has(sourceId) && !trashIds.has(sourceId))
      return refuse('clips', index, record, { code: 'problem_clip_orphan' });
    if (clipped.has(sourceId)) return refuse('clips', index, record, { code: 'problem_clip_twice' });
    clipped.add(sourceId);
    clips.push(result.data);
  });

  const goals: Goal[] = [];
  const goalIds = new Set<string>();
  records('goals').forEach((record, index) => {
    const result = Goal.safeParse(record);
    if (!result.success) return refuse('goals', index, record, describe(result.error, record));
    if (goalIds.has(result.data.id)) return refuse('goals', index, record, { code: 'problem_same_goal_id' });
    goalIds.add(result.data.id);
    goals.push(result.data);
  });

  const journal: JournalEntry[] = [];
  const entryIds = new Set<string>();
  records('journal').forEach((record, index) => {
    const result = JournalEntry.safeParse(record);
    if (!result.success) return refuse('journal', index, record, describe(result.error, record));
    if (entryIds.has(result.data.id)) return refuse('journal', index, record, { code: 'problem_same_entry_id' });
    entryIds.add(result.data.id);
    journal.push(result.data);
  });

  return {
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: exportedAt.data,
      sources,
      trash,
      clips,
      goals,
      journal,
    },
    invalid,
  };
}

/** Each kept source's number in the file's "sources" list: readBackup leaves the refused ones out. */
export function sourceLines(backup: Backup, invalid: readonly BackupIssue[]): number[] {
  const refused = new Set(invalid.filter((issue) => issue.list === 'sources').map((issue) => issue.index));
  const lines: number[] = [];
  for (let index = 0; lines.length < backup.sources.length; index++) if (!refused.has(index)) lines.push(index + 1);
  return lines;
}

/**
 * A backup's sources as import rows, for a preview shared with the other formats. Sources
 * without an address (people known by name only) have no row; they are in `backup.sources`.
 */
export function backupToRows(backup: Backup, invalid: readonly ImportIssue[] = []): ParsedImport {
  const rows: ImportRow[] = [];
  backup.sources.forEach((s, index) => {
    if (s.url === undefined) return;
    const row: ImportRow = {
      line: index + 1,
      kind: s.kind,
      title: s.title,
      url: s.url,
      category: s.category,
      status: s.status,
      topics: s.topics,
      createdAt: s.createdAt,
      feeds: s.feeds.map((f) => ({ url: f.url, ...(f.title && { title: f.title }), type: f.type })),
    };
    if (s.description) row.description = s.description;
    if (s.note) row.note = s.note;
    if (s.quote) row.quote = s.quote;
    if (s.image) row.image = s.image;
    rows.push(row);
  });
  return { format: 'pln-json', rows, invalid: [...invalid], invalidCount: invalid.length, duplicatesInFile: 0 };
}

/** Our own backup: reads any JSON file (to say why it is not a backup), writes everything. */
export const backupFormat: FileFormat<'pln-json'> = {
  id: 'pln-json',
  label: 'format_backup',
  extensions: ['json'],
  sniff: ({ first, extension }) =>
    first.startsWith('{') || first.startsWith('[') || extension === 'json' ? 'sure' : false,
  parse(text) {
    const result = readBackup(text);
    if ('error' in result) return result;
    return { format: 'pln-json', ...result, preview: backupToRows(result.backup, result.invalid) };
  },
  export: {
    label: 'backup_now',
    mime: 'application/json',
    stem: 'pln-capture-backup',
    reads: 'everything',
    write: ({ sources, trash = [], clips = [], goals = [], journal = [] }) =>
      writeBackup({ sources, trash, clips, goals, journal }),
  },
};
