/**
 * What can go wrong in a sync, one class per thing the person can be told. The status line maps
 * `code` to a message from the locale files; `message` is for logs and tests.
 */
export type SyncErrorCode =
  | 'unauthorized'
  | 'not-found'
  | 'insufficient-storage'
  | 'not-webdav'
  | 'unreachable'
  | 'server-error'
  | 'wrong-passphrase'
  | 'key-changed'
  | 'damaged'
  | 'unsupported-version'
  | 'clock-skew'
  | 'store-conflict';

export abstract class SyncError extends Error {
  abstract readonly code: SyncErrorCode;
}

/** The base of one kind of sync error: its code, and its name for logs (the class's own). */
function syncError<C extends SyncErrorCode>(code: C, name: string) {
  abstract class Kind extends SyncError {
    readonly code: C = code;
    override readonly name: string = name;
  }
  return Kind;
}

/** The server refused the user name or password (HTTP 401 or 403). */
export class Unauthorized extends syncError('unauthorized', 'Unauthorized') {
  readonly status: number;
  constructor(status: number) {
    super(`The server refused the user name or password (HTTP ${status})`);
    this.status = status;
  }
}

/** The address or a folder under it does not exist on the server (HTTP 404 or 409). */
export class NotFound extends syncError('not-found', 'NotFound') {
  readonly path: string;
  constructor(path: string) {
    super(`Not found on the server: ${path}`);
    this.path = path;
  }
}

/** The server is full, or refuses a file this large (HTTP 507 or 413). */
export class InsufficientStorage extends syncError('insufficient-storage', 'InsufficientStorage') {
  readonly status: number;
  constructor(status: number) {
    super(`The server has no room for the file (HTTP ${status})`);
    this.status = status;
  }
}

/** The address answers, but not as a WebDAV server (PROPFIND refused, or a web page instead). */
export class NotWebDav extends syncError('not-webdav', 'NotWebDav') {
  constructor(detail: string) {
    super(`This address is not a WebDAV server: ${detail}`);
  }
}

/** No answer: the network is down, the server stopped, or it took too long. */
export class Unreachable extends syncError('unreachable', 'Unreachable') {
  constructor(detail: string) {
    super(`The server could not be reached: ${detail}`);
  }
}

/** Any other error answer from the server (HTTP 500, 502, 503...). */
export class ServerError extends syncError('server-error', 'ServerError') {
  readonly status: number;
  constructor(status: number) {
    super(`The server answered with an error (HTTP ${status})`);
    this.status = status;
  }
}

/** The passphrase does not open the key kept on the server. */
export class WrongPassphrase extends syncError('wrong-passphrase', 'WrongPassphrase') {
  constructor() {
    super('The passphrase does not match the one this sync folder was set up with');
  }
}

/** The encryption settings on the server changed since this key was made: ask for the passphrase. */
export class KeyChanged extends syncError('key-changed', 'KeyChanged') {
  constructor() {
    super('The sync folder on the server was set up again with another key');
  }
}

/** A file on the server is truncated, altered, renamed or not ours: refused, never applied. */
export class Damaged extends syncError('damaged', 'Damaged') {
  readonly path: string;
  constructor(path: string, detail: string) {
    super(`A file on the server is damaged (${path}): ${detail}`);
    this.path = path;
  }
}

/** A file written by a newer version of the extension: update this one to read it. */
export class UnsupportedVersion extends syncError('unsupported-version', 'UnsupportedVersion') {
  readonly path: string;
  readonly version: number;
  constructor(path: string, version: number) {
    super(`${path} is in format ${version}, newer than this version of the extension reads`);
    this.path = path;
    this.version = version;
  }
}

/** A clock (another device's or this one's) is further off than a sync accepts. */
export class ClockSkew extends syncError('clock-skew', 'ClockSkew') {
  readonly aheadMs: number;
  constructor(aheadMs: number) {
    super(`A change is stamped ${Math.round(aheadMs / 60_000)} minutes ahead of this computer's clock`);
    this.aheadMs = aheadMs;
  }
}

/** Local records changed while a sync was merging: the store refused the batch; merge again. */
export class StoreConflict extends syncError('store-conflict', 'StoreConflict') {
  constructor(detail: string) {
    super(`Local records changed during the sync: ${detail}`);
  }
}
