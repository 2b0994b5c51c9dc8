/** `npm start`: serves the demo practice website with the widget, and says where the extension is. */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

const PREFERRED_PORT = Number(process.env.PORT ?? 8080);
const serveSite = sirv('dist/site', { dev: true });
const server = createServer((request, response) => serveSite(request, response));

function listen(port: number): void {
  server.once('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.log(`Port ${port} is busy, trying ${port + 1}.`);
    listen(port + 1);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log('');
    console.log(`Demo practice website: http://localhost:${port}/`);
    console.log(`Browser extension for Chrome: load unpacked from ${resolve('.output/chrome-mv3')}`);
    console.log(`Browser extension for Firefox: load temporary add-on from ${resolve('.output/firefox-mv2/manifest.json')}`);
    console.log('Press Ctrl+C to stop.');
  });
}

listen(PREFERRED_PORT);
