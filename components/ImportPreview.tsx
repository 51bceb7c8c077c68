import { formatNumber, listText, plural, t } from '@/utils/i18n';
import { problemText } from '@/utils/errors';
import type { ImportPreview as Counts } from '@/utils/db';
import type { CrossFileDuplicate, FileIssue } from '@/utils/io/combine';
import type { ImportIssue } from '@/utils/io/types';
import { CATEGORIES } from '@/utils/model/vocabulary';
import { categoryLabel } from '@/utils/labels';

/** What an import will do, before anything is written: by category, refusals, merges. */
export interface PreviewFacts {
  /** The file's name, or the files' names. */
  name: string;
  files: readonly string[];
  counts: Counts;
  invalid: readonly (ImportIssue | FileIssue)[];
  invalidCount: number;
  duplicatesInFile: number;
  acrossFiles: readonly CrossFileDuplicate[];
  /** Files refused as a whole, with why, when several were chosen. */
  refusedFiles: readonly { file: string; message: string }[];
  /** How many rows carry an email address (a contacts export). */
  emails: number;
}

function issueText(issue: ImportIssue | FileIssue): string {
  return 'file' in issue
    ? t('import_invalid_file_line', issue.file, String(issue.line), problemText(issue.problem))
    : t('import_invalid_line', String(issue.line), problemText(issue.problem));
}

/** The preview's facts; the actions (keep emails, confirm, cancel) are the caller's children. */
export function ImportPreview({ facts, children }: { facts: PreviewFacts; children?: preact.ComponentChildren }) {
  const byCategory = CATEGORIES.flatMap((category) => {
    const n = facts.counts.byCategory?.[category] ?? 0;
    return n > 0 ? [t('import_category_count', categoryLabel(category), String(n))] : [];
  });
  return (
    <div class="preview-import" role="region" aria-label={t('import_preview')}>
      {facts.files.length > 1 && (
        <p>{t('import_files_read', formatNumber(facts.files.length), listText(facts.files))}</p>
      )}
      <p>{plural('import_preview_counts', facts.counts.created, facts.name, formatNumber(facts.counts.merged))}</p>
      {byCategory.length > 0 && (
        <p class="import-categories" aria-label={t('import_by_category')}>
          {byCategory.join(' · ')}
        </p>
      )}
      {facts.refusedFiles.length > 0 && (
        <ul class="message error">
          {facts.refusedFiles.map((r) => (
            <li key={r.file}>{t('import_file_refused', r.file, r.message)}</li>
          ))}
        </ul>
      )}
      {facts.duplicatesInFile > 0 && <p>{plural('import_duplicates', facts.duplicatesInFile)}</p>}
      {facts.acrossFiles.length > 0 && (
        <details open={facts.acrossFiles.length <= 5}>
          <summary>{t('import_across_files', formatNumber(facts.acrossFiles.length))}</summary>
          <ul>
            {facts.acrossFiles.map((d, i) => (
              <li key={i}>{t('import_across_file', d.title, listText(d.files))}</li>
            ))}
          </ul>
        </details>
      )}
      {facts.invalidCount > 0 && (
        <details open={facts.invalidCount <= 5}>
          <summary>{t('import_invalid', String(facts.invalidCount))}</summary>
          <ul>
            {facts.invalid.map((issue, i) => (
              <li key={i}>{issueText(issue)}</li>
            ))}
          </ul>
        </details>
      )}
      {children}
    </div>
  );
}
