/** Serves a built site on a free localhost port, under an optional base path, like a static host. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export async function serveStatic(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: true, etag: false });
  const notFound = readFileSync(join(dir, '404.html'));
  const server = createServer((request, response) => {
    if (!request.url?.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    request.url = `/${request.url.slice(base.length)}`;
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
