import type { ConfiguratorChoices, ConfiguratorErrors } from './configurator-choices.ts';
import { ConfiguratorForm } from './configurator-form.tsx';
import { CopySnippet } from './copy-snippet.tsx';
import { widgetSnippet } from './snippet.ts';
import { WidgetPreview, type SignpostApi } from './widget-preview.tsx';

/** What the build says about signpost.js (dist/site/signpost.json). */
export interface BuiltWidget {
  integrity: string;
  gzipBytes: number;
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
  scriptUrl: { id: 'cf-script-url', name: 'Where signpost.js will be on your website' },
};

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

/** The staff's page: choices on one side, the live widget on the other, and the code to copy below. */
export function Configurator({ choices, signpost, built }: ConfiguratorProps) {
  const { settings, errors } = choices.checked.value;
  const ready = Object.keys(errors).length === 0;
  const snippet = widgetSnippet({ src: choices.fields.scriptUrl.value.trim(), integrity: built?.integrity }, settings);
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
          Copy the code into your website
        </h2>
        {ready ? <CopySnippet snippet={snippet} /> : <FixFirst errors={errors} />}
        {built ? (
          <p>
            signpost.js is {(built.gzipBytes / 1024).toFixed(1)} KB to download. The integrity value lets browsers check
            it has not been changed: if you build Signpost again, copy the new code.
          </p>
        ) : (
          <p class="sp-error-message">
            We could not read signpost.json, so this code has no integrity value. Run npm run build, then reload this
            page.
          </p>
        )}
        <p>
          If your website has a Content Security Policy, allow the address of signpost.js in <code>script-src</code> and{' '}
          <code>connect-src</code>
          {settings.postcodeLookup !== undefined && (
            <>
              , and <code>{settings.postcodeLookup}</code> in <code>connect-src</code>
            </>
          )}
          . The widget needs no <code>unsafe-inline</code> and no <code>unsafe-eval</code>.
        </p>
      </section>
    </div>
  );
}
