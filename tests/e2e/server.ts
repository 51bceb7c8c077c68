import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'pages');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
};

/** The fixtures' images: the extension's own icon stands in for a cover picture. */
const COVER = join(import.meta.dirname, '..', '..', 'public', 'icon', '128.png');

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/pages on 127.0.0.1. Any path under /posts/ or /about/ serves the blog
 * post or a stub, so canonical links resolve. `/slow` starts a page and never finishes it.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const held = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/slow') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><html><head><title>Still loading</title></head><body><p>Loading');
        held.add(res);
        return;
      }
      if (path.startsWith('/static/')) {
        res.writeHead(200, { 'content-type': 'image/png' }).end(await readFile(COVER));
        return;
      }
      const file = path.startsWith('/posts/') ? 'blog-post.html' : normalize(path).replace(/^\/+/, '');
      try {
        const body = await readFile(join(ROOT, file));
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<title>Not found</title>');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: async () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
