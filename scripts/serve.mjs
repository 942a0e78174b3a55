// A static file server for build/site on localhost: the content types a page with wasm needs,
// precompressed .gz files when the browser accepts gzip, and no caching surprises.
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
    if (!(await isFile(path)) && (await isFile(join(path, 'index.html')))) path = join(path, 'index.html');
    if (!(await isFile(path))) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const headers = {
      'Content-Type': TYPES[extname(path)] || 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'Vary': 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    };
    let body;
    if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && (await isFile(path + '.gz'))) {
      body = await readFile(path + '.gz');
      headers['Content-Encoding'] = 'gzip';
    } else {
      body = await readFile(path);
    }
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
