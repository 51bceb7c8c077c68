/** A source the caller named is not (or no longer) saved. */
export class SourceNotFoundError extends Error {
  constructor(id: string) {
    super(`No source with id ${id}`);
    this.name = 'SourceNotFoundError';
  }
}
