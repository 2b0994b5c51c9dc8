import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { PointedAt } from '../../extension/point-in-new-tab.ts';
import { dateText } from '../../shared/directory/resource-facts.ts';
import type { StepFix } from '../../shared/paths/step-fix.ts';
import { ConfirmErase } from '../../shared/ui/kit/confirm-erase.tsx';
import { later } from '../../shared/ui/kit/load-later.tsx';
import { useFocusOnChange } from '../../shared/ui/kit/use-focus-on-change.ts';
import { siteName, targetWords } from '../../shared/ui/learning/show-me/target-words.ts';
import { plainWhere, type ImportPlan, type OwnPathsStore } from './own-paths-store.ts';
import { draftFromJson } from './path-draft.ts';

/** The editor, with the readability libraries, loads the first time a path is made or changed. */
const PathEditor = later(() => import('./path-editor.tsx'), 'PathEditor');

interface OwnPathsSectionProps {
  store: OwnPathsStore;
  pointAt: (address: string, say: string) => Promise<PointedAt>;
}

function count(number: number, one: string, many: string): string {
  return `${number} ${number === 1 ? one : many}`;
}

/** The organisation's own paths: each ready or not, to change or remove. */
function PathList({ store }: { store: OwnPathsStore }) {
  const removing = useSignal<string | undefined>(undefined);
  const saved = store.saved.value;
  if (saved.length === 0) return <p>You have no paths of your own yet.</p>;
  return (
    <ul class="sp-own-paths">
      {saved.map((path) => {
        const title = draftFromJson(path.json).title.trim() || path.id;
        return (
          <li key={path.id}>
            <p>
              <strong>{title}</strong>.{' '}
              {path.ready ? 'Ready: the side panel offers it.' : 'Not ready yet: it has problems to fix.'}
            </p>
            {removing.value === path.id ? (
              <ConfirmErase
                question={`Remove "${title}"?`}
                keepLabel="Keep it"
                onErase={() => {
                  removing.value = undefined;
                  void store.removePath(path.id);
                }}
                onKeep={() => (removing.value = undefined)}
              >
                <p>Learners will not see it any more. Their progress on it stays on this computer.</p>
              </ConfirmErase>
            ) : (
              <p>
                <button type="button" class="sp-secondary-button" onClick={() => store.edit(path.id)}>
                  Change<span class="sp-visually-hidden"> {title}</span>
                </button>
                <button type="button" class="sp-link-button" onClick={() => (removing.value = path.id)}>
                  Remove<span class="sp-visually-hidden"> {title}</span>
                </button>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** "Ordering a repeat prescription, step 2 (Find prescriptions): the 'Prescriptions' link on www.nhsapp…". */
function fixWords(store: OwnPathsStore, fix: StepFix): string {
  const path = [
    ...store.builtIn,
    ...store.saved.value.map((saved) => saved.json as (typeof store.builtIn)[number]),
  ].find((candidate) => candidate.id === fix.pathId);
  const index = path?.steps.findIndex((step) => step.id === fix.stepId) ?? -1;
  const step = index >= 0 ? `, step ${index + 1} (${path!.steps[index]!.title})` : '';
  const seen = fix.lastSeenWorking ? ` Show me last found it on ${dateText(fix.lastSeenWorking)}.` : '';
  return `${path?.title ?? fix.pathId}${step}: the ${targetWords(fix.onPage.target)} on ${siteName(fix.onPage.site)}. Taught on ${dateText(fix.taught)}.${seen}`;
}

/** The fixes helpers taught Signpost in the side panel, each with a way back to the built-in step. */
function FixList({ store }: { store: OwnPathsStore }) {
  const fixes = store.fixes.value;
  if (fixes.length === 0)
    return <p>None yet. Teach Signpost where things are with Point to it on the page, in the side panel.</p>;
  return (
    <ul class="sp-own-paths">
      {fixes.map((fix) => (
        <li key={`${fix.pathId}/${fix.stepId}`}>
          <p>{fixWords(store, fix)}</p>
          <button type="button" class="sp-link-button" onClick={() => void store.removeFix(fix.pathId, fix.stepId)}>
            Go back to the built-in step<span class="sp-visually-hidden"> for {fixWords(store, fix)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** What a chosen file holds, before anything is saved, and a choice for each thing already here. */
function ImportReport({ store, plan }: { store: OwnPathsStore; plan: ImportPlan }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, plan.fileName);
  const nothing = plan.paths.length === 0 && plan.fixes.length === 0;
  return (
    <div class="sp-notice sp-directory-report">
      <h3 class="sp-subheading" tabIndex={-1} ref={heading}>
        Check {plan.fileName} before you save it
      </h3>
      <p>
        {plan.organisation ? `From ${plan.organisation}: ` : ''}
        {count(plan.paths.length, 'path', 'paths')} and {count(plan.fixes.length, 'fix', 'fixes')} ready to use.
      </p>
      {nothing && <p>There is nothing in this file Signpost can use.</p>}
      {plan.problems.length > 0 && (
        <>
          <h4 class="sp-subheading">Left out, and why</h4>
          <ul>
            {plan.problems.map((problem, index) => (
              <li key={index}>
                {plainWhere(problem.where)}: {problem.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.clashes.map((clash) => (
        <fieldset key={clash.key} class="sp-clash">
          <legend class="sp-label">
            {clash.kind === 'path'
              ? `You already have the path "${clash.words}".`
              : `You already have a fix for ${clash.words}.`}{' '}
            Which do you keep?
          </legend>
          {(['mine', 'file'] as const).map((keep) => (
            <label key={keep} class="sp-checkbox">
              <input
                type="radio"
                class="sp-checkbox__input"
                name={`keep-${clash.key}`}
                checked={clash.keep === keep}
                onChange={() => store.keepInClash(clash.key, keep)}
              />
              {keep === 'mine' ? 'Keep the one on this computer' : 'Use the one in the file'}
            </label>
          ))}
        </fieldset>
      ))}
      <p>
        {!nothing && (
          <button type="button" class="sp-button" onClick={() => void store.saveImport()}>
            Save
          </button>
        )}{' '}
        <button type="button" class="sp-secondary-button" onClick={store.cancelImport}>
          Cancel
        </button>
      </p>
    </div>
  );
}

/**
 * The options page's Paths section, for whoever looks after the organisation's paths: make a path or
 * start from a copy of a built-in one, change it, see what helpers taught in the side panel, and share it
 * all as one file with another champion's Signpost.
 */
export function OwnPathsSection({ store, pointAt }: OwnPathsSectionProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const copyOf = useSignal(store.builtIn[0]?.id ?? '');
  const saidMessage = useRef<HTMLParagraphElement>(null);
  useEffect(() => void store.load(), [store]);
  useFocusOnChange(saidMessage, store.said.value, store.said.value !== undefined && store.editing.value === undefined);
  const plan = store.importing.value;

  const onFileChosen = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file !== undefined) void store.chooseFile(file);
  };

  const messages = (
    <>
      <div role="alert">{store.problem.value && <p class="sp-error-message">{store.problem.value}</p>}</div>
      <div role="status">
        <p tabIndex={-1} ref={saidMessage}>
          {store.said.value}
        </p>
      </div>
    </>
  );

  if (store.editing.value !== undefined)
    return (
      <>
        <PathEditor store={store} pointAt={pointAt} />
        {messages}
      </>
    );
  return (
    <>
      <p>
        Make learning paths for your own learners, or change a copy of one that comes with Signpost. They show in the
        side panel beside the others, with your organisation's name.
      </p>
      <PathList store={store} />
      <p>
        <button type="button" class="sp-button" onClick={store.startNew}>
          Make a new path
        </button>
      </p>
      <div class="sp-field">
        <label class="sp-label" for="copy-of">
          Start from a copy of a path that comes with Signpost
        </label>
        <select
          id="copy-of"
          class="sp-select"
          value={copyOf.value}
          onChange={(event) => (copyOf.value = event.currentTarget.value)}
        >
          {store.builtIn.map((path) => (
            <option key={path.id} value={path.id}>
              {path.title}
            </option>
          ))}
        </select>{' '}
        <button type="button" class="sp-secondary-button" onClick={() => store.startCopy(copyOf.value)}>
          Copy it
        </button>
      </div>

      <h3 class="sp-subheading">What helpers taught Signpost</h3>
      <FixList store={store} />

      <h3 class="sp-subheading">Share with other champions</h3>
      <p>Save your ready paths and what helpers taught Signpost in one file. Open it in another champion's Signpost.</p>
      <input type="file" accept=".json,application/json" hidden ref={fileInput} onChange={onFileChosen} />
      <p>
        <button type="button" class="sp-secondary-button" onClick={() => void store.saveToFile()}>
          Save your paths to a file
        </button>
        <button type="button" class="sp-secondary-button" onClick={() => fileInput.current?.click()}>
          Open a file of paths
        </button>
      </p>
      {plan && <ImportReport store={store} plan={plan} />}
      {messages}
    </>
  );
}
