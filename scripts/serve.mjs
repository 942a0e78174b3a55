// A static file server for build/site on localhost: the content types a page with wasm needs,
// precompressed .br or .gz files when the browser accepts them, the pages' Content-Security-Policy as a
// header, and caching as a real host should set it: files with a content hash in their name
// are kept for a year; pages, data and sw.js are revalidated on every use.
//   node scripts/serve.mjs [folder] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] || 'build/site');
const port = Number(process.argv[3] || process.env.PORT || 8080);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// The policy every page also carries in a <meta> element (src/tools/site.cpp), plus what only a
// header can say: no framing by other sites.
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const HASHED = /\.[0-9a-f]{12}\.[a-z0-9]+$/;

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (!(await isFile(path)) && (await isFile(join(path, 'index.html')))) {
      if (!url.pathname.endsWith('/')) {  // relative links in the page need the trailing slash
        res.writeHead(301, { Location: url.pathname + '/' + url.search }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    if (!(await isFile(path))) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const info = await stat(path);
    // Changes with any rewrite of the file, even within one second.
    const etag = `"${info.size.toString(16)}-${Math.round(info.mtimeMs * 1000).toString(16)}"`;
    const headers = {
      'Content-Type': TYPES[extname(path)] || 'application/octet-stream',
      'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'ETag': etag,
      'Vary': 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (extname(path) === '.html') headers['Content-Security-Policy'] = CSP;
    // The Brotli copy where the browser takes it, else the gzip one, else the file itself; each
    // encoding is its own representation with its own ETag.
    const accepted = req.headers['accept-encoding'] || '';
    let encoding = null;
    for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
      if (new RegExp(`\\b${name}\\b`).test(accepted) && (await isFile(path + ext))) {
        encoding = { name, ext };
        break;
      }
    }
    if (encoding) {
      headers['Content-Encoding'] = encoding.name;
      headers['ETag'] = `"${etag.slice(1, -1)}-${encoding.name}"`;
    }
    if (req.headers['if-none-match'] === headers['ETag']) {
      res.writeHead(304, headers).end();
      return;
    }
    const body = await readFile(encoding ? path + encoding.ext : path);
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`golmok: serving ${root} at http://localhost:${port}/`);
});
