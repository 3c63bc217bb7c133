// The static file server behind `npm start`: sirv over node:http. It answers within milliseconds of node
// starting, where loading Vite's preview server takes about a second. Localhost only; nothing outside dist/
// is served (sirv resolves every path inside its directory); hashed assets are cached for good.
import { createServer } from 'node:http';
import sirv from 'sirv';

/** Serves `dir` on localhost:`port`; resolves with the server once it listens. */
export function serveDist(dir, port) {
  const files = sirv(dir, {
    etag: true,
    // Vite names assets by content hash: a name never changes content. The pages are checked on each visit.
    setHeaders(res, pathname) {
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader(
        'cache-control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve(server));
  });
}
