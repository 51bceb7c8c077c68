import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InsufficientStorage, NotFound, NotWebDav, ServerError, Unauthorized, Unreachable } from './errors';
import { startTestServer, type TestServer } from './test-server';
import { createWebDavClient, davError, serverUrlProblem } from './webdav';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

const client = () => createWebDavClient({ url: server.url, username: server.user, password: server.password });

describe('createWebDavClient against rclone serve webdav', () => {
  it('makes folders, writes, lists, reads and deletes files', async () => {
    const dav = client();
    await dav.ensureDir('pln-capture/devices/dev-1');
    await dav.ensureDir('pln-capture/devices/dev-1');
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await dav.put('pln-capture/devices/dev-1/log-0000000001.bin', bytes.subarray(1));
    expect(await dav.list('pln-capture/devices')).toEqual([{ name: 'dev-1', size: 0, type: 'directory' }]);
    expect(await dav.list('pln-capture/devices/dev-1')).toEqual([
      { name: 'log-0000000001.bin', size: 4, type: 'file' },
    ]);
    expect(await dav.get('pln-capture/devices/dev-1/log-0000000001.bin')).toEqual(new Uint8Array([1, 2, 250, 255]));
    expect(await readFile(join(server.dir, 'pln-capture/devices/dev-1/log-0000000001.bin'))).toEqual(
      Buffer.from([1, 2, 250, 255]),
    );
    await dav.delete('pln-capture/devices/dev-1/log-0000000001.bin');
    await dav.delete('pln-capture/devices/dev-1/log-0000000001.bin');
    expect(await dav.list('pln-capture/devices/dev-1')).toEqual([]);
  });

  it('says NotFound for a missing file, and lists a missing folder as empty', async () => {
    const dav = client();
    await expect(dav.get('nothing/here.bin')).rejects.toBeInstanceOf(NotFound);
    expect(await dav.list('nothing')).toEqual([]);
  });

  it('writes a new file only when none is there, where the server honours If-None-Match', async () => {
    const dav = client();
    await dav.ensureDir('once');
    expect(await dav.putNew('once/keyinfo.json', new Uint8Array([1]))).toBe(true);
    // rclone serve webdav 1.60 ignores the condition and overwrites (so the engine never relies
    // on it); a server that honours it refuses. Either way the answer says what happened.
    const second = await dav.putNew('once/keyinfo.json', new Uint8Array([2]));
    expect(await readFile(join(server.dir, 'once/keyinfo.json'))).toEqual(Buffer.from([second ? 2 : 1]));
  });

  it('signs in with a user name and password beyond Latin-1, sent as UTF-8', async () => {
    const unicode = await startTestServer({ user: 'Åsa', password: 'пароль-密码' });
    try {
      const dav = createWebDavClient({ url: unicode.url, username: 'Åsa', password: 'пароль-密码' });
      await dav.ensureDir('x');
      expect(await dav.list('')).toEqual([{ name: 'x', size: 0, type: 'directory' }]);
      const wrong = createWebDavClient({ url: unicode.url, username: 'Åsa', password: 'пароль' });
      await expect(wrong.list('')).rejects.toBeInstanceOf(Unauthorized);
    } finally {
      await unicode.close();
    }
  });

  it('says Unauthorized for a wrong password', async () => {
    const dav = createWebDavClient({ url: server.url, username: server.user, password: 'wrong' });
    await expect(dav.list('')).rejects.toBeInstanceOf(Unauthorized);
    await expect(dav.get('x.bin')).rejects.toBeInstanceOf(Unauthorized);
  });

  it('says Unreachable when the server is stopped, and works again when it is back', async () => {
    const dav = client();
    await writeFile(join(server.dir, 'probe.bin'), Buffer.from([7]));
    await server.stop();
    try {
      await expect(dav.get('probe.bin')).rejects.toBeInstanceOf(Unreachable);
      await expect(dav.put('probe.bin', new Uint8Array([8]))).rejects.toBeInstanceOf(Unreachable);
    } finally {
      await server.start();
    }
    expect(await dav.get('probe.bin')).toEqual(new Uint8Array([7]));
  });
});

describe('servers that are not WebDAV', () => {
  it('says NotWebDav for a plain web server (rclone serve http)', async () => {
    const http = await startHttp();
    try {
      const dav = createWebDavClient({ url: http.url, username: 'u', password: 'p' });
      await expect(dav.list('')).rejects.toBeInstanceOf(NotWebDav);
      await expect(dav.ensureDir('pln-capture')).rejects.toBeInstanceOf(NotWebDav);
    } finally {
      await http.stop();
    }
  });

  it('says NotWebDav for a server that answers every request with a web page', async () => {
    const page: Server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<!doctype html><html><body><h1>Welcome</h1></body></html>');
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    const address = page.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const dav = createWebDavClient({ url: `http://127.0.0.1:${port}/`, username: 'u', password: 'p' });
      await expect(dav.list('pln-capture')).rejects.toBeInstanceOf(NotWebDav);
    } finally {
      await new Promise((resolve) => page.close(resolve));
    }
  });
});

/** `rclone serve http`: a real web server that does not speak WebDAV. */
async function startHttp(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const proc = spawn(process.env.RCLONE_PATH ?? 'rclone', [
    'serve',
    'http',
    server.dir,
    '--addr',
    `127.0.0.1:${port}`,
    '--config',
    '/dev/null',
  ]);
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

describe('davError', () => {
  it('turns each kind of failure into the error the person is told', () => {
    expect(davError({ status: 401 }, 'GET', 'a')).toBeInstanceOf(Unauthorized);
    expect(davError({ status: 403 }, 'GET', 'a')).toBeInstanceOf(Unauthorized);
    expect(davError({ response: { status: 404 } }, 'GET', 'a')).toBeInstanceOf(NotFound);
    expect(davError({ status: 507 }, 'PUT', 'a')).toBeInstanceOf(InsufficientStorage);
    expect(davError({ status: 413 }, 'PUT', 'a')).toBeInstanceOf(InsufficientStorage);
    expect(davError({ status: 405 }, 'PROPFIND', 'a')).toBeInstanceOf(NotWebDav);
    expect(davError({ status: 503 }, 'GET', 'a')).toBeInstanceOf(ServerError);
    expect(davError(new TypeError('Failed to fetch'), 'GET', 'a')).toBeInstanceOf(Unreachable);
    expect(davError(new DOMException('timed out', 'TimeoutError'), 'GET', 'a')).toBeInstanceOf(Unreachable);
  });

  it('accepts https anywhere and http only on this computer', () => {
    expect(serverUrlProblem('https://cloud.example/remote.php/dav/files/ada/')).toBeUndefined();
    expect(serverUrlProblem('http://127.0.0.1:8080/')).toBeUndefined();
    expect(serverUrlProblem('http://localhost/dav')).toBeUndefined();
    expect(serverUrlProblem('http://nas.local/dav')).toBe('not-https');
    expect(serverUrlProblem('ftp://nas.local/')).toBe('invalid');
    expect(serverUrlProblem('https://ada:secret@cloud.example/')).toBe('invalid');
    expect(serverUrlProblem('cloud.example')).toBe('invalid');
  });
});
