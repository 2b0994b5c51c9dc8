import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { PointedAt } from '../../extension/point-in-new-tab.ts';
import {
  PATH_LEVELS,
  PATH_TOPICS,
  SKILL_AREAS,
  SKILL_USES,
  type PathLevel,
  type SkillArea,
  type SkillUse,
} from '../../shared/paths/learning-path.ts';
import { SKILL_AREA_NAMES } from '../../shared/paths/skills.ts';
import { TOPIC_NAMES } from '../../shared/paths/topic-names.ts';
import { useFocusOnChange } from '../../shared/ui/kit/use-focus-on-change.ts';
import { plainWhere, type OwnPathsStore } from './own-paths-store.ts';
import { emptyStep, freeId, type StepDraft } from './path-draft.ts';
import { StepEditor } from './step-editor.tsx';
import { ChoiceEntry } from './choice-entry.tsx';
import { TextEntry } from './text-entry.tsx';

const LEVELS: Record<PathLevel, string> = { beginner: 'Beginner', 'next-steps': 'Next steps' };
const SKILL_USE_FOR: Record<SkillUse, string> = { life: 'Life', work: 'Work' };

interface PathEditorProps {
  store: OwnPathsStore;
  pointAt: (address: string, say: string) => Promise<PointedAt>;
}

/** What the last save's check found, with where each problem is; its heading takes focus so it is read first. */
function Problems({ store }: { store: OwnPathsStore }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const problems = store.problems.value;
  useFocusOnChange(heading, problems, problems.length > 0);
  if (problems.length === 0) return null;
  return (
    <div class="sp-notice sp-path-problems">
      <h3 class="sp-subheading" tabIndex={-1} ref={heading}>
        Fix these, then save again
      </h3>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {plainWhere(problem.where)}: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Making or changing one of the organisation's own paths: its title, goal and needs, each step (with its
 * reading age as it is typed, and its place on the web taught by pointing), then Save, which checks it
 * with the rules of `signpost check-path`.
 */
export function PathEditor({ store, pointAt }: PathEditorProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const editing = store.editing.value;
  /** What pointing said, by step id. */
  const pointing = useSignal<Record<string, string | undefined>>({});
  useFocusOnChange(heading, editing?.isNew);
  if (editing === undefined) return null;
  const { draft } = editing;
  const change = store.change;
  const changeStep = (index: number) => (update: (step: StepDraft) => void) =>
    change((path) => update(path.steps[index]!));
  const moveStep = (index: number) => (by: -1 | 1) =>
    change((path) => {
      const [step] = path.steps.splice(index, 1);
      path.steps.splice(index + by, 0, step!);
    });

  return (
    <form
      class="sp-path-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void store.saveDraft();
      }}
    >
      <h3 class="sp-heading" tabIndex={-1} ref={heading}>
        {editing.isNew ? 'A new path' : `Change "${draft.title.trim() || 'this path'}"`}
      </h3>
      <TextEntry
        id="path-title"
        label="Title"
        value={draft.title}
        onChange={(value) => change((path) => void (path.title = value))}
      />
      <TextEntry
        id="path-goal"
        label="Goal, in the resident's own words"
        hint='Like: "I want to order my repeat prescription without phoning."'
        value={draft.goal}
        onChange={(value) => change((path) => void (path.goal = value))}
      />
      <ChoiceEntry
        id="path-topic"
        label="Topic"
        value={draft.topic}
        choices={PATH_TOPICS}
        names={TOPIC_NAMES}
        onChange={(topic) => change((path) => void (path.topic = topic))}
      />
      <ChoiceEntry
        id="path-level"
        label="Level"
        value={draft.level}
        choices={PATH_LEVELS}
        names={LEVELS}
        onChange={(level) => change((path) => void (path.level = level))}
      />
      <TextEntry
        id="path-minutes"
        label="About how many minutes"
        value={draft.minutes}
        onChange={(value) => change((path) => void (path.minutes = value))}
      />
      <ChoiceEntry
        id="path-skill-area"
        label="The skill they gain (Essential Digital Skills)"
        value={draft.skill.area}
        choices={SKILL_AREAS}
        names={SKILL_AREA_NAMES}
        onChange={(area: SkillArea) => change((path) => void (path.skill.area = area))}
      />
      <ChoiceEntry
        id="path-skill-use"
        label="A skill for"
        value={draft.skill.for}
        choices={SKILL_USES}
        names={SKILL_USE_FOR}
        onChange={(use: SkillUse) => change((path) => void (path.skill.for = use))}
      />
      <label class="sp-checkbox">
        <input
          type="checkbox"
          class="sp-checkbox__input"
          checked={draft.practice}
          onChange={(event) => change((path) => void (path.practice = event.currentTarget.checked))}
        />
        A practice path, on practice pages on this computer (http://localhost), not a real website
      </label>

      <h4 class="sp-subheading">What they will need</h4>
      {draft.needs.length === 0 && <p>Nothing to have ready.</p>}
      {draft.needs.map((need, index) => (
        <fieldset key={need.id} class="sp-step-editor">
          <legend class="sp-visually-hidden">Need {index + 1}</legend>
          <TextEntry
            id={`need-${index + 1}-say`}
            label={`Need ${index + 1}`}
            hint="Like: Your phone, with the NHS App on it."
            value={need.say}
            onChange={(value) => change((path) => void (path.needs[index]!.say = value))}
          />
          <TextEntry
            id={`need-${index + 1}-missing`}
            label="If they don't have it"
            value={need.ifMissing}
            onChange={(value) => change((path) => void (path.needs[index]!.ifMissing = value))}
          />
          <button
            type="button"
            class="sp-link-button"
            onClick={() => change((path) => void path.needs.splice(index, 1))}
          >
            Remove need {index + 1}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          class="sp-secondary-button"
          onClick={() =>
            change((path) => {
              const taken = new Set(path.needs.map((need) => need.id));
              path.needs.push({ id: freeId(`need-${path.needs.length + 1}`, taken), say: '', ifMissing: '' });
            })
          }
        >
          Add something they will need
        </button>
      </p>

      <h4 class="sp-subheading">Steps</h4>
      {draft.steps.map((step, index) => (
        <StepEditor
          key={step.id}
          step={step}
          number={index + 1}
          total={draft.steps.length}
          change={changeStep(index)}
          move={moveStep(index)}
          remove={() => change((path) => void path.steps.splice(index, 1))}
          pointAt={pointAt}
          pointing={pointing.value[step.id]}
          setPointing={(message) => (pointing.value = { ...pointing.value, [step.id]: message })}
        />
      ))}
      <p>
        <button
          type="button"
          class="sp-secondary-button"
          onClick={() =>
            change((path) => {
              const taken = new Set(path.steps.map((step) => step.id));
              path.steps.push(emptyStep(freeId(`step-${path.steps.length + 1}`, taken)));
            })
          }
        >
          Add a step
        </button>
      </p>

      <Problems store={store} />
      <p>
        <button type="submit" class="sp-button">
          Save this path
        </button>{' '}
        <button type="button" class="sp-secondary-button" onClick={store.stopEditing}>
          Back to your paths
        </button>
      </p>
    </form>
  );
}
