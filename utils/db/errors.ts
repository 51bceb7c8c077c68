/** A source the caller named is not (or no longer) saved. */
export class SourceNotFoundError extends Error {
  constructor(id: string) {
    super(`No source with id ${id}`);
    this.name = 'SourceNotFoundError';
  }
}

/**
 * The database was upgraded by a newer version of the extension than this one (then this older
 * one was installed): this version cannot read it safely, so it reads and writes nothing.
 */
export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`The database is at version ${found}; this version of the extension knows up to ${known}.`);
    this.name = 'NewerDatabaseError';
  }
}
