import type { ConfiguratorChoices, ConfiguratorErrors, EmbedWay } from './configurator-choices.ts';
import { ConfiguratorForm, Fieldset, RadioChoices, type RadioChoice } from './configurator-form.tsx';
import { CopySnippet } from './copy-snippet.tsx';
import { findHelpAddress, frameSnippet, linkSnippet, widgetSnippet } from './snippet.ts';
import type { WidgetSettings } from '../signpost/widget-options.ts';
import { downloadFileName } from '../widget-scripts.ts';
import { WidgetPreview, type SignpostApi } from './widget-preview.tsx';

/** What the build says about signpost.js (dist/site/signpost.json). */
export interface BuiltWidget {
  integrity: string;
  gzipBytes: number;
  /** Names the download (widget/widget-scripts.ts, downloadFileName). */
  version: string;
}

interface ConfiguratorProps {
  choices: ConfiguratorChoices;
  signpost: SignpostApi | undefined;
  /** Undefined while signpost.json loads, or when it could not be read. */
  built: BuiltWidget | undefined;
}

const FIELD_NAMES: Record<keyof ConfiguratorErrors, { id: string; name: string }> = {
  postcode: { id: 'cf-postcode', name: 'Postcode or area to start with' },
  directory: { id: 'cf-directory', name: 'Your directory' },
  filesAddress: { id: 'cf-files-address', name: 'Web address of the files' },
};

const WAYS: (RadioChoice<EmbedWay> & { code: string })[] = [
  {
    value: 'script',
    label: 'Code on your page (best)',
    hint: 'Use this if your website lets you add code. The finder fits into your page and matches its width.',
    code: 'Two lines: the script, and the box where the finder appears.',
  },
  {
    value: 'iframe',
    label: 'A box on your page (an iframe)',
    hint: 'Use this if your website takes an iframe but not code. The finder shows in a box of its own.',
    code: 'One line: a box that shows the finder page.',
  },
  {
    value: 'link',
    label: 'A link to a page of its own',
    hint: 'Works on any website, and in emails and newsletters. People go to a page with just the finder.',
    code: 'One line: a link to the finder page.',
  },
];

/** Until every field is right, says which to fix, each a link to its box, instead of giving code that would not work. */
function FixFirst({ errors }: { errors: ConfiguratorErrors }) {
  const wrong = Object.keys(errors) as (keyof ConfiguratorErrors)[];
  return (
    <div class="sp-notice">
      <p>To get your code, fix {wrong.length === 1 ? 'this box' : 'these boxes'} first:</p>
      <ul>
        {wrong.map((field) => (
          <li key={field}>
            <a href={`#${FIELD_NAMES[field].id}`}>{FIELD_NAMES[field].name}</a>: {errors[field]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Which of the three ways, each with when to use it. */
function ChooseWay({ way }: { way: ConfiguratorChoices['fields']['way'] }) {
  return (
    <Fieldset legend="How will you add it to your website?">
      <RadioChoices name="cf-way" choices={WAYS} chosen={way.value} onChoose={(choice) => (way.value = choice)} />
    </Fieldset>
  );
}

/** The code for the way chosen, pointing at the files' folder; and what a link cannot carry. */
function codeFor(way: EmbedWay, folder: string, settings: WidgetSettings, integrity: string | undefined) {
  if (way === 'script')
    return {
      snippet: widgetSnippet({ src: `${folder}signpost.js`, integrity }, settings),
      leftOut: [] as (keyof WidgetSettings)[],
    };
  const { address, leftOut } = findHelpAddress(folder, settings);
  return { snippet: way === 'iframe' ? frameSnippet(address) : linkSnippet(address), leftOut };
}

const LEFT_OUT_NAMES: Partial<Record<keyof WidgetSettings, string>> = {
  title: 'the heading',
  offer: 'your own offer',
  directory: 'your directory',
  postcodeLookup: 'placing postcodes with postcodes.io',
};

/** The staff's page: choices on one side, the live widget on the other, and the code to copy below. */
export function Configurator({ choices, signpost, built }: ConfiguratorProps) {
  const { settings, errors, folder } = choices.checked.value;
  const way = choices.fields.way.value;
  const ready = Object.keys(errors).length === 0 && folder !== undefined;
  const code = folder === undefined ? undefined : codeFor(way, folder, settings, built?.integrity);
  return (
    <div class="sp-root cf-app">
      <div class="cf-columns">
        <section class="cf-choices" aria-labelledby="cf-choices-heading">
          <h2 class="sp-title" id="cf-choices-heading">
            Your choices
          </h2>
          <ConfiguratorForm choices={choices} />
        </section>
        <section class="cf-preview-column" aria-labelledby="cf-preview-heading">
          <h2 class="sp-title" id="cf-preview-heading">
            How it will look
          </h2>
          <p class="sp-hint">This is the real widget. Try it: it changes as you choose.</p>
          <WidgetPreview signpost={signpost} settings={settings} />
        </section>
      </div>
      <section class="cf-code" aria-labelledby="cf-code-heading">
        <h2 class="sp-title" id="cf-code-heading">
          Put it on your website
        </h2>
        {built && (
          <p>
            <a class="cf-download" href={downloadFileName(built.version)} download>
              Download the files
            </a>{' '}
            (one zip file, version {built.version}). It holds the finder, its lists of places, an example page and how
            to put it on your website, in plain words.
          </p>
        )}
        <ChooseWay way={choices.fields.way} />
        {ready && code ? (
          <>
            <CopySnippet snippet={code.snippet} hint={WAYS.find((choice) => choice.value === way)!.code} />
            {code.leftOut.length > 0 && (
              <p class="sp-notice">
                A box or a link cannot carry {code.leftOut.map((setting) => LEFT_OUT_NAMES[setting]).join(', ')}, so
                nobody can change them in a link. To use them this way, put them in find-help.html in your own copy of
                the files: it says how near its top.
              </p>
            )}
          </>
        ) : (
          <FixFirst errors={errors} />
        )}
        {built ? (
          <p>
            signpost.js is {(built.gzipBytes / 1024).toFixed(1)} KB to download. The code has a security check
            (integrity): browsers use it to check the file has not been changed. If you get newer files, copy the new
            code too.
          </p>
        ) : (
          <p class="sp-error-message">
            We could not read signpost.json, so this code has no security check (integrity). Run npm run build, then
            reload this page.
          </p>
        )}
        {folder !== undefined && !folder.startsWith('/') && (
          <p>
            The files are on another website from your pages, so that website must send them with the header{' '}
            <code>Access-Control-Allow-Origin: *</code>. Ask whoever looks after it.
          </p>
        )}
        <p>
          If your website has a security policy that lists where scripts and data may come from (a Content Security
          Policy), add the address of the files to it
          {settings.postcodeLookup !== undefined && <>, and {settings.postcodeLookup} for data</>}
          {way !== 'script' && <>, and allow it to show in a box</>}. The widget needs nothing else from it.
        </p>
      </section>
    </div>
  );
}
