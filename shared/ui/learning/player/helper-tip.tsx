import { useRunTime } from '../../run-time.tsx';

/**
 * Advice for the helper only: set apart and quieter, so the resident's step stays the main thing. Not
 * shown to someone learning on their own, who has no helper.
 */
export function HelperTip({ tip }: { tip: string }) {
  const { alone } = useRunTime();
  if (alone) return null;
  return (
    <div class="sp-helper-tip">
      <h3 class="sp-helper-tip__label">Tip for the helper</h3>
      <p>{tip}</p>
    </div>
  );
}
