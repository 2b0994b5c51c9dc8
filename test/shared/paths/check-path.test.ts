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
