import type { LearningPath } from '../../../paths/learning-path.ts';
import { completedSteps, type PathProgress } from '../../../paths/progress.ts';
import { makeResumeCode } from '../../../paths/resume-code.ts';
import { resumeCodeQr } from '../../../paths/resume-code-qr.ts';

/**
 * The code that carries this path's progress to another device, with its QR code. The QR is an image
 * from a data: address, never markup put into the page: resumeCodeQr only ever holds the code's letters.
 */
export function ResumeCodeCard({ path, progress }: { path: LearningPath; progress: PathProgress }) {
  const made = makeResumeCode(path, completedSteps(path, progress));
  return (
    <div class="sp-resume">
      <h3 class="sp-subheading">Your code to carry on</h3>
      {made.ok ? (
        <>
          <p>
            This code shows which steps you have done. Keep it to carry on at home, or at a library or group that helps.
          </p>
          <p class="sp-resume__code">{made.code}</p>
          <img
            class="sp-resume__qr"
            src={`data:image/svg+xml,${encodeURIComponent(resumeCodeQr(made.code))}`}
            alt={`QR code for ${made.code}`}
            width={160}
            height={160}
          />
        </>
      ) : (
        <p>{made.message}</p>
      )}
    </div>
  );
}
