import { describe, expect, it } from 'vitest';
import { checkPath, describePathCheck } from '../../../shared/paths/check-path.ts';
import { examplePath, exampleStep } from './example-path.ts';

function problemsOf(json: unknown, knownPathIds?: string[]) {
  const check = checkPath(json, knownPathIds === undefined ? {} : { knownPathIds });
  return check.ok ? [] : check.problems;
}

describe('checkPath', () => {
  it('passes a plain, well-formed path and returns it typed', () => {
    const check = checkPath(examplePath());
    expect(check.ok && check.path.id).toBe('example-path');
  });

  it('names the step by number and id when a field is wrong', () => {
    const path = examplePath();
    const json = { ...path, steps: [path.steps[0], { ...path.steps[1], who: 'nobody' }] };
    expect(problemsOf(json)).toEqual([
      { where: 'steps[1] (second).who', message: 'Who must be one of: resident, helper, together, hands-off.' },
    ]);
  });

  it('explains an unknown field in plain words', () => {
    expect(problemsOf({ ...examplePath(), nxt: [] })[0]?.message).toBe(
      'Unknown field "nxt": check the spelling, or remove it.',
    );
  });

  it('says a missing list is missing', () => {
    const json: Partial<ReturnType<typeof examplePath>> = examplePath();
    delete json.needs;
    expect(problemsOf(json)).toEqual([
      { where: 'needs', message: 'This is missing: add it (it should be a list in [ ]).' },
    ]);
  });

  it('reports a file that is not a path at all without throwing', () => {
    expect(problemsOf('hello')[0]?.where).toBe('the whole file');
  });

  it('catches two steps with the same id', () => {
    const json = examplePath({ steps: [exampleStep('wave'), exampleStep('wave')] });
    expect(problemsOf(json)).toContainEqual({
      where: 'steps',
      message: 'Two steps have the id "wave": give each step its own id.',
    });
  });

  it('catches a next path that does not exist, and one that is itself', () => {
    const json = examplePath({ next: ['example-path', 'no-such-path', 'real-path'] });
    expect(problemsOf(json, ['example-path', 'real-path']).map((problem) => problem.message)).toEqual([
      '"example-path" is this path: suggest a different path to learn next.',
      'There is no path with the id "no-such-path": check the spelling against the path list.',
    ]);
  });

  it('asks for a reason when a step falls back to a CSS selector', () => {
    const step = exampleStep('press', {
      onPage: { site: 'https://www.nhs.uk', action: 'click', target: { selector: '#go' } },
    });
    expect(problemsOf(examplePath({ steps: [step] }))[0]?.where).toBe('steps[0] (press).onPage');
    expect(checkPath(examplePath({ steps: [{ ...step, curatorNote: 'The button has no text or label.' }] })).ok).toBe(
      true,
    );
  });

  it('keeps local test sites for practice paths only', () => {
    const local = exampleStep('press', {
      onPage: { site: 'http://localhost', action: 'click', target: { label: 'Email address' } },
    });
    const real = exampleStep('press', { onPage: { site: 'https://111.nhs.uk', action: 'click' } });
    expect(problemsOf(examplePath({ steps: [local] }))[0]?.message).toMatch(/Only a practice path/);
    expect(problemsOf(examplePath({ practice: true, steps: [real] }))[0]?.message).toMatch(
      /A practice path runs on the local test pages/,
    );
    expect(checkPath(examplePath({ practice: true, steps: [local] })).ok).toBe(true);
  });

  it('includes hard-to-read steps and unexplained words', () => {
    const step = exampleStep('record', {
      say: 'Subsequently, authenticate utilising your organisational credentials and navigate to the configuration interface.',
    });
    const wheres = problemsOf(examplePath({ steps: [step] })).map((problem) => problem.where);
    expect(wheres).toContain('step 1 (record), say');
    expect(wheres).toContain('whole path');
  });
});

describe('skills and key steps', () => {
  it('refuses a path or step with no Essential Digital Skills area, in plain words', () => {
    const untagged: Partial<ReturnType<typeof exampleStep>> = exampleStep('wave');
    delete untagged.skill;
    expect(problemsOf(examplePath({ steps: [untagged as ReturnType<typeof exampleStep>] }))).toContainEqual({
      where: 'steps[0] (wave).skill',
      message: 'This is missing: add it (it should be a group of fields in { }).',
    });
    expect(problemsOf({ ...examplePath(), skill: { area: 'typing', for: 'life' } })[0]?.message).toMatch(
      /^The skill area must be one of: foundation, communicating, handling-information-and-content/,
    );
    expect(problemsOf({ ...examplePath(), skill: { area: 'transacting', for: 'home' } })[0]?.message).toBe(
      'The skill is for life or for work: use "life" or "work".',
    );
  });

  it('needs key steps that are steps of the path, each once', () => {
    expect(problemsOf({ ...examplePath(), keySteps: [] })[0]?.message).toBe(
      'Name at least one key step: the steps that show the path is learned.',
    );
    expect(problemsOf(examplePath({ keySteps: ['first', 'first', 'jump'] }))).toEqual([
      { where: 'keySteps', message: '"first" is listed twice: list each key step once.' },
      {
        where: 'keySteps',
        message: 'There is no step with the id "jump" in this path: check the spelling against the step ids.',
      },
    ]);
  });

  it("asks for the path's skill area to be one its key steps practise", () => {
    const path = examplePath({ skill: { area: 'transacting', for: 'life' } });
    expect(problemsOf(path)).toEqual([
      {
        where: 'skill.area',
        message:
          'The path counts as "transacting", but none of its key steps does: tag a key step with it, or change the path\'s area.',
      },
    ]);
  });
});

describe('words for someone learning on their own', () => {
  it('asks a together or helper step what to do alone', () => {
    const together = exampleStep('talk', { who: 'together' });
    expect(problemsOf(examplePath({ steps: [together] }))).toEqual([
      {
        where: 'steps[0] (talk).alone.say',
        message:
          'A together step needs alone.say: what to do on your own, or where to get help, for someone learning at home.',
      },
    ]);
    expect(
      checkPath(examplePath({ steps: [{ ...together, alone: { say: 'Wave to a friend you see today.' } }] })).ok,
    ).toBe(true);
  });

  it('finds a helper mentioned where someone alone reads it, and takes the alone words instead', () => {
    const step = exampleStep('wave', { ifStuck: { say: 'Ask your helper to show you once.' } });
    expect(problemsOf(examplePath({ steps: [step] }))).toEqual([
      {
        where: 'step 1 (wave), ifStuck.say',
        message:
          'Someone learning on their own reads this, and has no helper: add alone.ifStuck that says it without one. Text: "Ask your helper to show you once."',
      },
    ]);
    const fixed = { ...step, alone: { ifStuck: { say: 'Watch someone wave on the television.' } } };
    expect(checkPath(examplePath({ steps: [fixed] })).ok).toBe(true);
    const stillThere = { ...step, alone: { ifStuck: { say: 'Your helper can show you.' } } };
    expect(problemsOf(examplePath({ steps: [stillThere] }))[0]?.where).toBe('step 1 (wave), alone.ifStuck.say');
  });

  it('checks needs on the start screen too, which both read', () => {
    const path = examplePath({
      needs: [{ id: 'phone', say: 'A phone.', ifMissing: { say: 'Your helper can lend you one.' } }],
    });
    expect(problemsOf(path)[0]?.where).toBe('start screen, needs[0].ifMissing.say');
  });

  it('leaves practice paths out: nobody meets them alone', () => {
    const local = exampleStep('press', {
      who: 'together',
      ifStuck: { say: 'Ask your helper.' },
      onPage: { site: 'http://localhost', action: 'click', target: { label: 'Email address' } },
    });
    expect(checkPath(examplePath({ practice: true, steps: [local] })).ok).toBe(true);
  });

  it("leaves an organisation's own paths out: they run beside a helper, never in Learn at home", () => {
    const step = exampleStep('wave', { who: 'together', ifStuck: { say: 'Ask your helper to show you once.' } });
    expect(checkPath(examplePath({ steps: [step] })).ok).toBe(false);
    expect(checkPath(examplePath({ steps: [step] }), { metAlone: false }).ok).toBe(true);
  });

  it('scores the alone words for reading age as well', () => {
    const hard =
      'Subsequently, consult organisational documentation concerning procedural requirements before continuing.';
    const step = exampleStep('talk', { who: 'together', alone: { say: hard } });
    expect(problemsOf(examplePath({ steps: [step] })).map((problem) => problem.where)).toEqual([
      'step 1 (talk), alone.say',
      'whole path, said to someone alone',
    ]);
  });
});

describe('describePathCheck', () => {
  it('lists each problem on its own line, where first', () => {
    const text = describePathCheck(
      'my-path.json',
      checkPath(examplePath({ steps: [exampleStep('a'), exampleStep('a')] })),
    );
    expect(text.split('\n')).toEqual([
      'my-path.json: 1 problem to fix.',
      '  - steps: Two steps have the id "a": give each step its own id.',
    ]);
  });

  it('says so when there is nothing to fix', () => {
    expect(describePathCheck('my-path.json', checkPath(examplePath()))).toBe('my-path.json: no problems found.');
  });
});
