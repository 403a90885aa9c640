// A plain static server for a built site on a free local port, for scripts
// that measure dist/ in a browser (budget, Lighthouse).
import { createServer } from 'node:http';
import sirv from 'sirv';

/** Serves `dir` on 127.0.0.1; resolves to its origin and a close function. */
export async function serveDist(dir = 'dist', options = { dev: true }) {
  const serve = sirv(dir, options);
  const server = createServer((request, response) =>
    serve(request, response, () => {
      response.statusCode = 404;
      response.end();
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
