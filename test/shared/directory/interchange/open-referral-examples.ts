import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The realistic ORUK examples in ../shared (fictional services, checked against the UK profile's schemas). */
export const OPEN_REFERRAL_FOLDER = resolve(import.meta.dirname, '../../../../../shared/data/openreferral-uk');

export function readExample(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(OPEN_REFERRAL_FOLDER, path), 'utf8')) as Record<string, unknown>;
}

export const SERVICES_PAGE = 'examples-realistic/services_page_digital_inclusion.json';
export const ONE_SERVICE = 'examples-realistic/service_full_digital_inclusion.json';

/** A fresh copy of the Get Online Drop-in service, for a test to change. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach deep into untyped ORUK JSON to break one field
export function getOnlineService(): Record<string, any> {
  return readExample(ONE_SERVICE);
}
