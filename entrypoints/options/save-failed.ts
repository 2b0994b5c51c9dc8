/** Said when the browser will not save a setting (a full disk, storage turned off): nothing changed, try again. */
export const SAVE_FAILED =
  'Signpost could not save this, so nothing was changed. Your device may be full. Free some space and try again.';
