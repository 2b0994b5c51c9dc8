/** Digits with at most one decimal point and an optional leading minus: "53.38", "-1.46", "5", "0.5". */
const PLAIN_DECIMAL = /^-?(\d+\.?\d*|\.\d+)$/;

/**
 * A number written as people write one, or undefined: a finite number, or text of plain decimal digits
 * (spaces around it allowed). Hex ("0x10"), exponents ("-1e0", "1e3"), "Infinity", blank text, and numbers
 * outside `bounds` (inclusive) are all refused, so a typo or a trick never becomes a distance or a place.
 */
export function plainDecimal(value: unknown, bounds?: { min: number; max: number }): number | undefined {
  let number: number | undefined;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && PLAIN_DECIMAL.test(value.trim())) number = Number(value.trim());
  if (number === undefined || !Number.isFinite(number)) return undefined;
  if (bounds && (number < bounds.min || number > bounds.max)) return undefined;
  return number;
}
