import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

/** Where the built pages (web/dist) are answered: the dashboard application, its hashed assets, the embed. */
const PAGE_PREFIXES = ['/dashboard/', '/assets/', '/embed/'];

export function isPagePath(url: string | undefined): boolean {
  const path = new URL(url ?? '/', 'http://localhost').pathname;
  return path === '/' || path === '/dashboard' || PAGE_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * The pages built by `npm run build -w web`, served from the gateway's own origin so the signed-in pages need no
 * CORS at all. Hashed assets are cached for good; the embed keeps one address portals link to, so it is revalidated.
 */
export function pagesHandler(webDir: string): (request: IncomingMessage, response: ServerResponse) => void {
  const built = existsSync(webDir);
  const serve = built
    ? sirv(webDir, {
        etag: true,
        dotfiles: false,
        setHeaders: (response, pathname) => {
          response.setHeader(
            'cache-control',
            pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      })
    : undefined;
  return (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/' || path === '/dashboard') {
      response.writeHead(302, { location: '/dashboard/' });
      response.end();
      return;
    }
    const notFound = () => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(
        built
          ? 'Страница не найдена; page not found.\n'
          : 'Страницы не собраны; the pages are not built: run `npm run build -w web`.\n',
      );
    };
    if (!serve || (request.method !== 'GET' && request.method !== 'HEAD')) {
      notFound();
      return;
    }
    serve(request, response, notFound);
  };
}
