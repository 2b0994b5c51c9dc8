import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { allPaths } from '../../../../shared/paths/all-paths.ts';
import { makeResumeCode, RESUME_CODE_MISTAKE } from '../../../../shared/paths/resume-code.ts';
import { LearningPaths } from '../../../../shared/ui/learning/learning-paths.tsx';
import { nameOf, recordingServices, show } from '../render-for-test.tsx';

const paths = allPaths();
const gpRecord = paths.find((path) => path.id === 'seeing-your-gp-record')!;

async function typeCode(root: HTMLElement, code: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('#sp-resume-code')!;
  await act(async () => {
    input.value = code;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    input.form!.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('carrying on with a resume code', () => {
  it('opens the path the code names at the first step not done, and saves those steps on this device', async () => {
    const made = makeResumeCode(
      gpRecord,
      gpRecord.steps.map((_, index) => index < 2),
    );
    if (!made.ok) throw new Error(made.message);
    const { services, saves } = recordingServices();
    const root = await show(<LearningPaths paths={paths} services={services} />);
    await typeCode(root, made.code.toLowerCase());
    expect(saves.at(0)).toEqual({
      pathId: gpRecord.id,
      outcomes: { [gpRecord.steps[0]!.id]: 'done', [gpRecord.steps[1]!.id]: 'done' },
    });
    expect(nameOf(root.querySelector('h2')!)).toBe(`Step 3 of ${gpRecord.steps.length}: ${gpRecord.steps[2]!.title}`);
  });

  it('keeps steps this device already had as done', async () => {
    const made = makeResumeCode(
      gpRecord,
      gpRecord.steps.map((_, index) => index === 0),
    );
    if (!made.ok) throw new Error(made.message);
    const third = gpRecord.steps[2]!.id;
    const { services, saves } = recordingServices({ [gpRecord.id]: { [third]: 'needed-help' } });
    const root = await show(<LearningPaths paths={paths} services={services} />);
    await typeCode(root, made.code);
    expect(saves.at(0)?.outcomes).toEqual({ [third]: 'needed-help', [gpRecord.steps[0]!.id]: 'done' });
  });

  it("saves nothing and says why when this device's progress cannot be read", async () => {
    const made = makeResumeCode(
      gpRecord,
      gpRecord.steps.map(() => true),
    );
    if (!made.ok) throw new Error(made.message);
    const { services, saves } = recordingServices();
    const unreadable = {
      ...services,
      loadProgress: async () => ({ ok: false as const, message: 'Signpost cannot open its saved progress just now.' }),
    };
    const root = await show(<LearningPaths paths={paths} services={unreadable} />);
    await typeCode(root, made.code);
    expect(saves).toEqual([]);
    expect(root.querySelector('#sp-resume-code-error')?.textContent).toContain(
      'Signpost cannot open its saved progress just now.',
    );
  });

  it('says why when the progress cannot be saved', async () => {
    const made = makeResumeCode(
      gpRecord,
      gpRecord.steps.map(() => true),
    );
    if (!made.ok) throw new Error(made.message);
    const root = await show(<LearningPaths paths={paths} services={recordingServices({}, true).services} />);
    await typeCode(root, made.code);
    expect(root.querySelector('#sp-resume-code-error')?.textContent).toContain('Your device is full');
  });

  it('says kindly that a mistyped code has a mistake, next to the box, and keeps what was typed', async () => {
    const root = await show(<LearningPaths paths={paths} services={recordingServices().services} />);
    await typeCode(root, '05AY-00C');
    expect(root.querySelector('#sp-resume-code-error')?.textContent).toContain(RESUME_CODE_MISTAKE);
    expect(root.querySelector<HTMLInputElement>('#sp-resume-code')!.value).toBe('05AY-00C');
    expect(root.querySelector('#sp-resume-code')!.getAttribute('aria-invalid')).toBe('true');
  });
});
