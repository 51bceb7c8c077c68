import { ProblemError } from '../errors';

/** A source the caller named is not (or no longer) saved. */
export class SourceNotFoundError extends ProblemError {
  constructor(id: string) {
    super('problem_source_not_found', id);
    this.name = 'SourceNotFoundError';
  }
}
