// A plain static server that serves dist/ under a folder, as a mirror of the
// site at another address would: /mirror/x/en/ is dist/en/index.html, and
// nothing is served outside the folder.
import { createServer } from 'node:http';
import sirv from 'sirv';

export const mirrorPrefix = '/mirror/x';
const port = Number(process.argv[2] ?? 4324);
const serve = sirv('dist', { dev: true });

createServer((request, response) => {
  if (!request.url?.startsWith(`${mirrorPrefix}/`)) {
    response.statusCode = 404;
    return response.end('outside the mirror');
  }
  request.url = request.url.slice(mirrorPrefix.length);
  serve(request, response, () => {
    response.statusCode = 404;
    response.end('not found');
  });
}).listen(port, '127.0.0.1');
