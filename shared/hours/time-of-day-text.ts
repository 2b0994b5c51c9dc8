/**
 * A time of day as GOV.UK writes it: "4pm", "12:30pm", "midday", "midnight" (GOV.UK style guide, "Times":
 * 12-hour clock, no ":00", and words for 12 o'clock, because "12pm" confuses many readers).
 * `minute` is minutes since midnight; values of a day or more wrap round (1500 is 1am).
 */
export function timeOfDayText(minute: number): string {
  const inDay = ((minute % 1440) + 1440) % 1440;
  if (inDay === 0) return 'midnight';
  if (inDay === 720) return 'midday';
  const hour = Math.floor(inDay / 60);
  const minutes = inDay % 60;
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'am' : 'pm';
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`;
}
