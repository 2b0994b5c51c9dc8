import type { PointedAt } from '../../extension/point-in-new-tab.ts';
import {
  SKILL_AREAS,
  STEP_ACTIONS,
  STEP_DOERS,
  type SkillArea,
  type StepAction,
  type StepDoer,
} from '../../shared/paths/learning-path.ts';
import { SKILL_AREA_NAMES } from '../../shared/paths/skills.ts';
// The readability libraries come with the path editor, which the options page loads only when a path is edited.
import { READING_AGE_LIMITS, readingAge } from '../../shared/paths/readability.ts';
import { pointingBanner, siteName, targetWords } from '../../shared/ui/learning/show-me/target-words.ts';
import { actionFor, type StepDraft } from './path-draft.ts';
import { ChoiceEntry } from './choice-entry.tsx';
import { TextEntry } from './text-entry.tsx';

const WHO: Record<StepDoer, string> = {
  resident: 'The resident',
  helper: 'The helper',
  together: 'Both together',
  'hands-off': 'The resident alone: the helper steps back',
};

const ACTIONS: Record<StepAction, string> = {
  click: 'Click or tap it',
  type: 'Type in it',
  choose: 'Choose or tick it',
  read: 'Read it',
  wait: 'Wait for it',
};

/** What the reading age of what a step says means, in plain words. */
function readingAgeWords(say: string): string {
  if (say.trim() === '') return 'Say one thing to do, in short sentences.';
  const age = readingAge(say);
  if (age <= READING_AGE_LIMITS.path) return `Reading age ${age}: good.`;
  if (age <= READING_AGE_LIMITS.step)
    return `Reading age ${age}: a little hard. Aim for ${READING_AGE_LIMITS.path} or less with shorter sentences.`;
  return `Reading age ${age}: too hard. One step may be at most ${READING_AGE_LIMITS.step}: use shorter sentences and simpler words.`;
}

interface StepEditorProps {
  step: StepDraft;
  number: number;
  total: number;
  change: (update: (step: StepDraft) => void) => void;
  move: (by: -1 | 1) => void;
  remove: () => void;
  /** Opens the page and lets the curator point at the step's thing there (extension/point-in-new-tab.ts). */
  pointAt: (address: string, say: string) => Promise<PointedAt>;
  pointing: string | undefined;
  setPointing: (message: string | undefined) => void;
}

/** One step of a path being edited: its words, who does it, help if stuck, and its place on the web, taught by pointing. */
export function StepEditor(props: StepEditorProps) {
  const { step, number, total, change } = props;
  const id = (field: string) => `step-${number}-${field}`;
  const onPage = step.onPage;

  async function point() {
    props.setPointing('Opening the page. Click the thing this step is about there, then come back.');
    const pointed = await props.pointAt(
      step.address.trim(),
      pointingBanner(number, step.title.trim() || `step ${number}`),
    );
    if (!pointed.ok) {
      props.setPointing(pointed.message);
      return;
    }
    change((draft) => {
      draft.onPage = {
        site: pointed.page.site,
        page: pointed.page.page,
        action: actionFor(pointed.target),
        target: pointed.target,
      };
    });
    props.setPointing(`Learnt: the ${targetWords(pointed.target)} on ${siteName(pointed.page.site)}.`);
  }

  return (
    <fieldset class="sp-step-editor">
      <legend class="sp-subheading">
        Step {number}
        {step.title.trim() && `: ${step.title.trim()}`}
      </legend>
      <TextEntry
        id={id('title')}
        label="Step title"
        value={step.title}
        onChange={(value) => change((draft) => void (draft.title = value))}
      />
      <TextEntry
        id={id('say')}
        label="What to say to the resident"
        hint={readingAgeWords(step.say)}
        long
        value={step.say}
        onChange={(value) => change((draft) => void (draft.say = value))}
      />
      <ChoiceEntry
        id={id('who')}
        label="Who does it"
        value={step.who}
        choices={STEP_DOERS}
        names={WHO}
        onChange={(who) => change((draft) => void (draft.who = who))}
      />
      {step.who === 'hands-off' && (
        <TextEntry
          id={id('why-hands-off')}
          label="Why the helper steps back"
          hint="Said kindly to both, like: This is your own face scan, so your helper looks away."
          value={step.whyHandsOff}
          onChange={(value) => change((draft) => void (draft.whyHandsOff = value))}
        />
      )}
      <TextEntry
        id={id('tip')}
        label="Tip for the helper"
        hint="How to help without taking over."
        value={step.helperTip}
        onChange={(value) => change((draft) => void (draft.helperTip = value))}
      />
      <TextEntry
        id={id('stuck')}
        label="If they are stuck"
        value={step.ifStuck}
        onChange={(value) => change((draft) => void (draft.ifStuck = value))}
      />
      <ChoiceEntry
        id={id('skill')}
        label="The skill it practises"
        value={step.skill.area}
        choices={SKILL_AREAS}
        names={SKILL_AREA_NAMES}
        onChange={(area: SkillArea) => change((draft) => void (draft.skill.area = area))}
      />
      <label class="sp-checkbox">
        <input
          type="checkbox"
          class="sp-checkbox__input"
          checked={step.key}
          onChange={(event) => change((draft) => void (draft.key = event.currentTarget.checked))}
        />
        A key step: the path counts as learned once every key step is done
      </label>
      <div class="sp-step-editor__web">
        <TextEntry
          id={id('address')}
          label="Web address of the page (for Show me)"
          hint="Leave it empty for a step off the web. Type the address, then open the page and point to the thing."
          value={step.address}
          onChange={(value) => change((draft) => void (draft.address = value))}
        />
        <button type="button" class="sp-secondary-button" onClick={() => void point()}>
          Open the page and point to it<span class="sp-visually-hidden"> for step {number}</span>
        </button>
        <div role="status">
          {props.pointing && <p>{props.pointing}</p>}
          {!props.pointing && onPage?.target && (
            <p>
              Show me points at the {targetWords(onPage.target)} on {siteName(onPage.site)}.
            </p>
          )}
        </div>
        {onPage && (
          <>
            <ChoiceEntry
              id={id('action')}
              label="What they do there"
              value={onPage.action}
              choices={STEP_ACTIONS}
              names={ACTIONS}
              onChange={(action) => change((draft) => void (draft.onPage = { ...onPage, action }))}
            />
            <button type="button" class="sp-link-button" onClick={() => change((draft) => void delete draft.onPage)}>
              Take this step off the web<span class="sp-visually-hidden"> (step {number})</span>
            </button>
          </>
        )}
      </div>
      <p class="sp-step-editor__moves">
        {number > 1 && (
          <button type="button" class="sp-link-button" onClick={() => props.move(-1)}>
            Move up<span class="sp-visually-hidden"> step {number}</span>
          </button>
        )}{' '}
        {number < total && (
          <button type="button" class="sp-link-button" onClick={() => props.move(1)}>
            Move down<span class="sp-visually-hidden"> step {number}</span>
          </button>
        )}{' '}
        {total > 1 && (
          <button type="button" class="sp-link-button" onClick={props.remove}>
            Remove step {number}
          </button>
        )}
      </p>
    </fieldset>
  );
}
