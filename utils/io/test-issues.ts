import { problemText } from '../errors';
import type { ImportIssue } from './types';

/** The refused rows as a test reads them: each line with its reason in English. */
export function issueReasons(issues: readonly ImportIssue[]): { line: number; reason: string }[] {
  return issues.map(({ line, problem }) => ({ line, reason: problemText(problem) }));
}
