import { existsSync } from 'node:fs';
import { extname, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import serveStatic from 'serve-static';

/** The analysts' workbench (GraphiQL): where a person who opens the GraphQL address in a browser is sent. */
export const WORKBENCH_PATH = '/workbench/';

/** Where the built pages (web/dist) are answered: the dashboard application, its hashed assets, the embed, the workbench. */
const PAGE_PREFIXES = ['/dashboard/', '/assets/', '/embed/', WORKBENCH_PATH];
/** Addresses without their trailing slash, answered with a redirect to the page. */
const PAGE_REDIRECTS = new Map([
  ['/', '/dashboard/'],
  ['/dashboard', '/dashboard/'],
  ['/workbench', WORKBENCH_PATH],
]);
const EMBED_PREFIX = '/embed/';

/**
 * A person opening the GraphQL address in a browser: a GET of /graphql asking for HTML, with no operation in it.
 * Clients asking for JSON (or naming a query) are GraphQL requests, whatever else they accept.
 */
export function isBrowserVisit(request: IncomingMessage): boolean {
  if (request.method !== 'GET') return false;
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
  } catch {
    return false;
  }
  const accept = request.headers.accept ?? '';
  return url.pathname === '/graphql' && !url.searchParams.has('query') && accept.includes('text/html');
}

export function isPagePath(url: string | undefined): boolean {
  const path = pathOf(url);
  return PAGE_REDIRECTS.has(path) || PAGE_PREFIXES.some((prefix) => path.startsWith(prefix));
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return '/';
  }
}

function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export interface PagesOptions {
  /** The built pages (`npm run build -w web`). */
  webDir: string;
  /** Origin of the region's OpenID Connect provider, which the dashboard's sign-in talks to (discovery, tokens). */
  oidcOrigin?: string;
}

type Headers = Record<string, string>;

/**
 * The pages' Content-Security-Policy: our own scripts only, no inline script; inline styles because ECharts writes
 * style attributes (Lit's constructable stylesheets need nothing more); data: and blob: images for chart exports.
 */
function contentSecurityPolicy(frameAncestors: string, connectSources: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${["'self'", ...connectSources].join(' ')}`,
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * What each kind of page answer carries. The dashboard (and the workbench, which is signed in the same way) may not be framed (clickjacking of a signed-in page) and
 * sends no Referer (its OIDC callback address holds the authorization code). The iframe page of the mentor list is
 * framed by any portal, so only its framing differs; it is anonymous and talks to nobody but the gateway. The embed
 * script runs in a portal's page: a module script from another origin is fetched in CORS mode.
 */
function pageHeaders(options: PagesOptions) {
  const common: Headers = { 'x-content-type-options': 'nosniff' };
  return {
    dashboard: {
      ...common,
      'content-security-policy': contentSecurityPolicy("'none'", options.oidcOrigin ? [options.oidcOrigin] : []),
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    },
    embedPage: {
      ...common,
      'content-security-policy': contentSecurityPolicy('*', []),
      'referrer-policy': 'no-referrer',
    },
    embedScript: {
      ...common,
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    },
  } satisfies Record<string, Headers>;
}

/**
 * Under /embed/, HTML (or an address without extension, which resolves to it) is the iframe page; the rest is the
 * script. Judged on the decoded path, as the file server finds the file by it: `mentor-list.htm%6c` is the page.
 */
function kindOf(encodedPath: string): 'dashboard' | 'embedPage' | 'embedScript' {
  const path = decodedPath(encodedPath);
  if (!path.startsWith(EMBED_PREFIX)) return 'dashboard';
  const extension = extname(path);
  return extension === '' || extension === '.html' ? 'embedPage' : 'embedScript';
}

/**
 * The pages built by `npm run build -w web`, served from the gateway's own origin so the signed-in pages need no
 * CORS at all. Hashed assets are cached for good; the embed keeps one address portals link to, so it is revalidated.
 * Every answer, a redirect or a 404 included, carries the security headers of its kind of page.
 */
export function pagesHandler(options: PagesOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const built = existsSync(options.webDir);
  const headers = pageHeaders(options);
  // serve-static (express's file server): ranges checked (416), a file gone since start a 404 rather than a crash,
  // dotfiles ignored, no directory listing; a rebuilt folder is served as it now is.
  const assets = `${sep}assets${sep}`;
  const serve = built
    ? serveStatic(options.webDir, {
        index: ['index.html'],
        dotfiles: 'ignore',
        redirect: false,
        fallthrough: true,
        setHeaders: (response, filePath) => {
          response.setHeader(
            'cache-control',
            filePath.includes(assets) ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      })
    : undefined;
  return (request, response) => {
    const path = pathOf(request.url);
    for (const [name, value] of Object.entries(headers[kindOf(path)])) response.setHeader(name, value);
    const redirect = PAGE_REDIRECTS.get(path);
    if (redirect) {
      response.writeHead(302, { location: redirect });
      response.end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      response.end('Страницы отдаются только по GET; pages answer GET and HEAD only.\n');
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
    if (!serve) {
      notFound();
      return;
    }
    serve(request, response, (error?: unknown) => {
      const status = (error as { status?: unknown } | undefined)?.status;
      if (typeof status === 'number' && status !== 404 && !response.headersSent) {
        response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(
          status === 416
            ? 'Запрошенный диапазон вне файла; range not satisfiable.\n'
            : 'Запрос не выполнен; bad request.\n',
        );
        return;
      }
      if (response.headersSent) response.destroy();
      else notFound();
    });
  };
}
