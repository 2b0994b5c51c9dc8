/**
 * `npm start`: serves the demo practice website with the widget, the configurator, the download a practice
 * uploads, and the practice pages the extension's practice path runs on; says where the extension is.
 * The widget's files go with `Access-Control-Allow-Origin: *`, as any host of a shared copy must send them:
 * a page on another website loads them with `crossorigin` and `integrity`, which need it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';

const PREFERRED_PORT = Number(process.env.PORT ?? 8080);
/** NHS-styled test pages (../shared/data/pages/SOURCE.md): the practice path's steps point at them. */
const PRACTICE_PAGES = resolve('../shared/data/pages');

type Handler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

const serveSite = sirv('dist/site', { dev: true });
// Only the download, not the rest of dist/.
const serveDownload = sirv('dist', { dev: true });
const DOWNLOAD = /^\/signpost-widget-[\w.-]+\.zip$/;
/** The widget's scripts and data: what a page on another website fetches. */
const WIDGET_FILE = /^\/(signpost[\w.-]*\.js|signpost-data\/)/;
const servePractice = existsSync(PRACTICE_PAGES) ? sirv(PRACTICE_PAGES, { dev: true }) : undefined;

function notFound(response: ServerResponse): void {
  response.statusCode = 404;
  response.end('Not found');
}

/** Serves `request` from `handler` with `prefix` taken off its path, so /practice/login.html is login.html there. */
function under(prefix: string, handler: Handler, request: IncomingMessage, response: ServerResponse): void {
  request.url = request.url!.slice(prefix.length - 1);
  handler(request, response, () => notFound(response));
}

const server = createServer((request, response) => {
  const path = request.url ?? '/';
  if (WIDGET_FILE.test(path)) response.setHeader('Access-Control-Allow-Origin', '*');
  if (DOWNLOAD.test(path)) {
    serveDownload(request, response, () => notFound(response));
  } else if (path === '/practice') {
    response.writeHead(301, { Location: '/practice/' }).end();
  } else if (servePractice && path.startsWith('/practice/')) {
    under('/practice/', servePractice, request, response);
  } else if (servePractice && path.startsWith('/assets/')) {
    // The practice pages' stylesheet asks for its icons from the site's root: /assets/images/...
    servePractice(request, response, () => notFound(response));
  } else {
    serveSite(request, response, () => notFound(response));
  }
});

function listen(port: number): void {
  server.once('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.log(`Port ${port} is busy, trying ${port + 1}.`);
    listen(port + 1);
  });
  server.listen(port, '127.0.0.1', () => {
    // localhost, not 127.0.0.1: the practice path's steps are for pages on "http://localhost".
    const site = `http://localhost:${port}`;
    console.log('');
    console.log(`Demo practice website:  ${site}/`);
    console.log(`Configurator for staff: ${site}/configure.html`);
    console.log(`Whole-page finder:      ${site}/find-help.html?postcode=S1`);
    if (servePractice)
      console.log(
        `Practice pages for the extension's practice path: ${site}/practice/ (sign in practice: ${site}/practice/login.html)`,
      );
    else console.log(`Practice pages not served: ${PRACTICE_PAGES} is missing.`);
    console.log(`Browser extension for Chrome: load unpacked from ${resolve('.output/chrome-mv3')}`);
    console.log(
      `Browser extension for Firefox: load temporary add-on from ${resolve('.output/firefox-mv2/manifest.json')}`,
    );
    console.log('Press Ctrl+C to stop.');
  });
}

listen(PREFERRED_PORT);
