import { AuthType, createClient, type FileStat, type WebDAVClient } from 'webdav/web';
import { toBase64, utf8, type Bytes } from './bytes';
import { InsufficientStorage, NotFound, NotWebDav, ServerError, SyncError, Unauthorized, Unreachable } from './errors';

export { serverUrlProblem } from './server-url';

/**
 * What the sync needs of a WebDAV server, over the maintained `webdav` package (its browser
 * build, `webdav/web`: fetch only, no Node built-ins, so it runs in a service worker), with
 * every failure turned into a typed error that says in plain words what is wrong.
 */

export interface DavEntry {
  name: string;
  size: number;
  type: 'file' | 'directory';
}

export interface SyncClient {
  /** Makes the folder and its parents, if they are not there yet. */
  ensureDir(path: string): Promise<void>;
  /** The folder's entries; none when the folder does not exist. */
  list(path: string): Promise<DavEntry[]>;
  /** The file's bytes; NotFound when it is not there. */
  get(path: string): Promise<Bytes>;
  put(path: string, bytes: Uint8Array): Promise<void>;
  /** Writes only if no file is there (If-None-Match: *); false when one was. Not every server honours it. */
  putNew(path: string, bytes: Uint8Array): Promise<boolean>;
  /** Deletes the file; nothing happens when it is already gone. */
  delete(path: string): Promise<void>;
}

export interface WebDavOptions {
  /** The folder on the server to sync in, e.g. https://cloud.example/remote.php/dav/files/ada/ */
  url: string;
  username: string;
  password: string;
  /** How long one request may take before the server counts as unreachable. */
  timeoutMs?: number;
}

function statusOf(error: unknown): number | undefined {
  const e = error as { status?: unknown; response?: { status?: unknown } } | null;
  const status = e?.status ?? e?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The typed error for a failed request. */
export function davError(error: unknown, method: string, path: string): SyncError {
  if (error instanceof SyncError) return error;
  const status = statusOf(error);
  if (status !== undefined) {
    if (status === 401 || status === 403) return new Unauthorized(status);
    if (status === 404 || status === 409 || status === 410) return new NotFound(path);
    if (status === 507 || status === 413) return new InsufficientStorage(status);
    if (status === 405 || status === 501) return new NotWebDav(`${method} answered HTTP ${status}`);
    return new ServerError(status);
  }
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return new Unreachable('no answer in time');
  // fetch fails with a TypeError when there is no answer at all (network down, server stopped).
  if (error instanceof TypeError) return new Unreachable(error.message);
  return new NotWebDav(`${method} got an answer that is not WebDAV`);
}

function toEntries(result: FileStat[] | { data: FileStat[] }): DavEntry[] {
  const list = Array.isArray(result) ? result : result.data;
  return list.map((stat) => ({ name: stat.basename, size: stat.size, type: stat.type }));
}

function body(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function createWebDavClient(options: WebDavOptions): SyncClient {
  const { username, password } = options;
  // The package's Basic header takes Latin-1 only; a name or password beyond it goes as UTF-8
  // (RFC 7617), in a header of our own. Otherwise Basic first, Digest when the server asks.
  const latin1 = [...(username + password)].every((ch) => ch.charCodeAt(0) <= 0xff);
  const client: WebDAVClient = latin1
    ? createClient(options.url, { username, password, authType: AuthType.Auto })
    : createClient(options.url, {
        authType: AuthType.None,
        headers: { Authorization: `Basic ${toBase64(utf8(`${username}:${password}`))}` },
      });
  const timeoutMs = options.timeoutMs ?? 60_000;
  const signal = () => AbortSignal.timeout(timeoutMs);
  const made = new Set<string>();

  async function run<T>(method: string, path: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw davError(error, method, path);
    }
  }

  async function list(path: string): Promise<DavEntry[]> {
    try {
      const result = await run('PROPFIND', path, () => client.getDirectoryContents(path, { signal: signal() }));
      return toEntries(result);
    } catch (error) {
      if (error instanceof NotFound) return [];
      throw error;
    }
  }

  return {
    async ensureDir(path) {
      const appears = async (folder: string): Promise<boolean> => {
        for (let attempt = 0; attempt < 5; attempt++) {
          if (await client.exists(folder, { signal: signal() }).catch(() => false)) return true;
          await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
        }
        return false;
      };
      let prefix = '';
      for (const part of path.split('/').filter(Boolean)) {
        prefix = prefix ? `${prefix}/${part}` : part;
        if (made.has(prefix)) continue;
        const there = await run('PROPFIND', prefix, () => client.exists(prefix, { signal: signal() }));
        if (!there) {
          try {
            await run('MKCOL', prefix, () => client.createDirectory(prefix, { signal: signal() }));
          } catch (error) {
            // Made by another device in the meantime: fine once it is there. Servers answer 405
            // (it exists) or, while the other device's MKCOL holds the folder, 423 (locked).
            if (!(await appears(prefix))) throw error;
          }
        }
        made.add(prefix);
      }
    },
    list,
    async get(path) {
      const data = await run('GET', path, () => client.getFileContents(path, { format: 'binary', signal: signal() }));
      const buffer = (data as { data?: unknown }).data ?? data;
      if (!(buffer instanceof ArrayBuffer)) throw new NotWebDav('GET did not answer with a file');
      return new Uint8Array(buffer);
    },
    async put(path, bytes) {
      await run('PUT', path, () => client.putFileContents(path, body(bytes), { overwrite: true, signal: signal() }));
    },
    async putNew(path, bytes) {
      return run('PUT', path, () => client.putFileContents(path, body(bytes), { overwrite: false, signal: signal() }));
    },
    async delete(path) {
      try {
        await run('DELETE', path, () => client.deleteFile(path, { signal: signal() }));
      } catch (error) {
        if (!(error instanceof NotFound)) throw error;
      }
    },
  };
}
