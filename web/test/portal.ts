import { createServer } from 'node:http';
import { listen, closeServer } from '@mentoring/platform/server';

/**
 * A municipal portal on another origin (localhost, while the gateway answers on 127.0.0.1): `/?region=…&municipality=…`
 * is a page holding the two lines the README gives portals, nothing else of ours.
 */
export async function startPortal(gatewayOrigin: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const attribute = (name: string) => {
      const value = url.searchParams.get(name);
      return value === null ? '' : ` ${name}="${value.replace(/[^0-9A-Za-z-]/g, '')}"`;
    };
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Портал управления образованием</title></head>
<body><h1>Наставники муниципалитета</h1>
<script type="module" src="${gatewayOrigin}/embed/mentor-list.js"></script>
<mentor-list${attribute('region')}${attribute('municipality')}></mentor-list>
</body></html>`);
  });
  const url = await listen(server, 0, '127.0.0.1');
  const port = new URL(url).port;
  return { origin: `http://localhost:${port}`, close: () => closeServer(server) };
}
