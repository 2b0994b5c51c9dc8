/** Advice for the helper only: set apart and quieter, so the resident's step stays the main thing. */
export function HelperTip({ tip }: { tip: string }) {
  return (
    <div class="sp-helper-tip">
      <h3 class="sp-helper-tip__label">Tip for the helper</h3>
      <p>{tip}</p>
    </div>
  );
}
