import { useSignal } from '@preact/signals';
import type { LearningPath } from '../../paths/learning-path.ts';
import { readResumeCode } from '../../paths/resume-code.ts';
import { TextField } from '../kit/text-field.tsx';

interface ResumeCodeFormProps {
  paths: readonly LearningPath[];
  /** Called with the path and which of its steps the code says are done; gives a message if that failed. */
  onResume: (path: LearningPath, done: readonly boolean[]) => Promise<string | undefined>;
}

/**
 * Carry on somewhere else: the code printed on a summary (or read from its QR code by a phone's camera)
 * holds only the path and the steps done, so typing it here shares nothing about the person.
 */
export function ResumeCodeForm({ paths, onResume }: ResumeCodeFormProps) {
  const typed = useSignal('');
  const problem = useSignal<string | undefined>(undefined);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const read = readResumeCode(typed.value, paths);
    problem.value = read.ok ? await onResume(read.path, read.done) : read.message;
  };
  return (
    <form class="sp-form sp-resume-form" onSubmit={onSubmit} noValidate>
      <TextField
        id="sp-resume-code"
        label="Carry on with a code"
        hint="The code is on the summary you were given. It looks like 05AY-00B."
        error={problem.value}
        value={typed}
      />
      <button class="sp-button" type="submit">
        Carry on
      </button>
    </form>
  );
}
