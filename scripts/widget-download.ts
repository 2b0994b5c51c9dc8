/**
 * The one file a practice downloads and uploads: dist/signpost-widget-<version>.zip, holding a folder
 * `signpost/` with the widget, its later parts, the whole-page finder, all of its data (whatever
 * dist/site/signpost-data holds after the build), an example page and a plain-English how-to.
 * Written with fflate: small, no dependencies, and it reads zips too, so the tests open what was written.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { CHUNK_SCRIPTS, FIND_HELP_SCRIPT, FIRST_SCRIPT, downloadFileName } from '../widget/widget-scripts.ts';

const SITE = 'dist/site';
/** The folder the download unpacks to: the address the how-to and the example page assume. */
export const DOWNLOAD_FOLDER = 'signpost';
export const HOW_TO_FILE = 'HOW-TO-PUT-THIS-ON-YOUR-WEBSITE.txt';

interface BuiltWidget {
  integrity: string;
  version: string;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The two lines for a page on the same website as the folder, at /signpost/. */
function scriptSnippet({ integrity }: BuiltWidget): string {
  return `<script src="/${DOWNLOAD_FOLDER}/signpost.js" integrity="${integrity}" crossorigin="anonymous" async></script>
<div data-signpost data-postcode="S1"></div>`;
}

/** A plain page that shows the widget working from the folder it sits in. */
function examplePage(built: BuiltWidget): string {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Signpost example page</title>
  </head>
  <body>
    <main>
      <h1>Find help near you</h1>
      <p>This page shows the Signpost finder working from this folder. Your own pages use the code in
        ${HOW_TO_FILE}.</p>
      <div data-signpost data-postcode="S1"></div>
    </main>
    <script src="signpost.js" integrity="${built.integrity}" crossorigin="anonymous" async></script>
  </body>
</html>
`;
}

/** Plain words for the person who looks after the website: reading age about 9, no jargon without a reason. */
function howTo(built: BuiltWidget): string {
  return `How to put Signpost on your website
===================================

Signpost helps people find free local help, such as help with computers, phones and the NHS App.
This download is version ${built.version}.

1. Put the files on your website
   Unzip this file. You get a folder called "${DOWNLOAD_FOLDER}". Upload the whole folder to your website,
   so that its web address is like https://www.your-practice.nhs.uk/${DOWNLOAD_FOLDER}/
   Keep every file in it, and the "signpost-data" folder too.

   To check: open https://www.your-practice.nhs.uk/${DOWNLOAD_FOLDER}/example.html
   You should see "Find local help". Type S1 2HE and press Find help.

2. Choose one way to show it

   a) Code on your page (best, if your website lets you add code)
      Paste these two lines where the finder should appear:

${scriptSnippet(built)
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}

      The integrity part is a security check: it lets browsers check the file has not been changed.
      If you put in files from a newer download, get the new code too.

   b) A box on your page (if your website takes an <iframe> but not code)
      <iframe src="/${DOWNLOAD_FOLDER}/find-help.html?postcode=S1" title="Find local help" width="100%" height="900" loading="lazy"></iframe>

   c) A link (works on any website)
      <a href="/${DOWNLOAD_FOLDER}/find-help.html?postcode=S1">Find local help near you</a>

   The configurator (configure.html, from whoever gave you this download) writes the code for you,
   with your own choices.

3. If the files are on a different website from your pages
   For example, a shared copy that your council or integrated care board looks after. Then that website
   must send this header with the files, or browsers will not use them:

      Access-Control-Allow-Origin: *

   And the page must not be stopped from showing in a box (no "X-Frame-Options: DENY") if you use way b.

Privacy
   Signpost sets no cookies. The postcode someone types stays in their browser. Nothing is saved on their
   device unless they press "Remember my progress on this device" in Learn at home.

If something does not work, open your browser's console (press F12): Signpost says there what is wrong.
`;
}

/** Writes dist/signpost-widget-<version>.zip and says where. */
export function writeWidgetDownload(): string {
  const built = JSON.parse(readFileSync(join(SITE, 'signpost.json'), 'utf8')) as BuiltWidget;
  const shipped = [FIRST_SCRIPT, ...Object.values(CHUNK_SCRIPTS), FIND_HELP_SCRIPT].map(({ file }) => join(SITE, file));
  const files: Zippable = {};
  for (const path of [...shipped, join(SITE, 'find-help.html'), ...filesUnder(join(SITE, 'signpost-data'))])
    files[`${DOWNLOAD_FOLDER}/${relative(SITE, path).replaceAll('\\', '/')}`] = readFileSync(path);
  files[`${DOWNLOAD_FOLDER}/example.html`] = new TextEncoder().encode(examplePage(built));
  files[`${DOWNLOAD_FOLDER}/${HOW_TO_FILE}`] = new TextEncoder().encode(howTo(built).replaceAll('\n', '\r\n'));
  const zip = join('dist', downloadFileName(built.version));
  writeFileSync(zip, zipSync(files, { level: 9 }));
  return zip;
}
