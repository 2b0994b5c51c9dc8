import { browser } from 'wxt/browser';

/*
 * The choices made on the options page, and the one thing the popup tells the side panel (carry on with the
 * last session). Kept in storage.local: small, this device only, and readable from every extension page.
 * Stored data may be from an older Signpost or broken by hand, so every read is checked and falls back to
 * the default rather than failing. Every extension page reads settings first thing, so this file stays
 * small (the popup's first screen has a 10 KB budget): the checks are small functions, not zod (about
 * 10 KB gzip), and storage.local is used directly, not through WXT's storage helper (about 3 KB gzip), which
 * stores each value under the same key, so settings saved by earlier versions read back unchanged. A later
 * change of shape reads the old shape in its check, or moves it under a new key.
 */

export type TextSize = 'normal' | 'large' | 'larger';
export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];

/** The base text size for each choice, in CSS pixels (set as --signpost-font-size): signpost.css's 19px, then bigger steps. */
export const TEXT_SIZE_PIXELS: Readonly<Record<TextSize, number>> = { normal: 19, large: 24, larger: 29 };

export interface LastSession {
  learnerId: string;
  pathId?: string;
}

/** One stored choice: read back checked, so a caller always gets a usable value. */
export interface Setting<T> {
  /** What is used when nothing is saved, or what is saved cannot be read. */
  readonly fallback: T;
  /** The saved value, or `fallback` when there is none or it is not the right shape. Never rejects. */
  get(): Promise<T>;
  /** Saves the value. Rejects when the browser cannot save (for example, the disk is full). */
  set(value: T): Promise<void>;
  /** Forgets the saved value, so `get` gives `fallback`. */
  remove(): Promise<void>;
  /** Calls `onChange` with the checked new value whenever any extension page changes it. Returns a stop function. */
  watch(onChange: (value: T) => void): () => void;
}

/** Reads a stored value as T, or gives undefined when it is not one. */
type Check<T> = (value: unknown) => T | undefined;

const isText: Check<string> = (value) => (typeof value === 'string' ? value : undefined);
const isNumber: Check<number> = (value) => (typeof value === 'number' ? value : undefined);
const isTrueOrFalse: Check<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);
const isTextList: Check<string[]> = (value) =>
  Array.isArray(value) && value.every((each) => typeof each === 'string') ? [...(value as string[])] : undefined;
/** A setting that may also be null (nothing chosen). */
const orNull =
  <T>(check: Check<T>): Check<T | null> =>
  (value) =>
    value === null ? null : check(value);
const isTextSize: Check<TextSize> = (value) => TEXT_SIZES.find((size) => size === value);
/** The learner (an id that is not empty) and, if one was open, the path; any other keys are dropped. */
const isLastSession: Check<LastSession> = (value) => {
  if (typeof value !== 'object' || value === null) return undefined;
  const { learnerId, pathId } = value as Record<string, unknown>;
  if (typeof learnerId !== 'string' || learnerId === '') return undefined;
  if (pathId !== undefined && typeof pathId !== 'string') return undefined;
  return pathId === undefined ? { learnerId } : { learnerId, pathId };
};

function defineSetting<T>(key: string, check: Check<T>, fallback: T): Setting<T> {
  const checked = (value: unknown): T => {
    const read = check(value);
    return read === undefined ? fallback : read;
  };
  return {
    fallback,
    get: () =>
      browser.storage.local.get(key).then(
        (stored) => checked(stored[key]),
        () => fallback,
      ),
    set: (value) => browser.storage.local.set({ [key]: value }),
    remove: () => browser.storage.local.remove(key),
    watch: (onChange) => {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && Object.hasOwn(changes, key)) onChange(checked(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/**
 * Tells an open side panel that something it holds in memory changed on the options page: a count the
 * options page adds one to, never what changed. Not a choice, so erasing all data leaves it (it names nobody).
 */
export interface ChangeNotice {
  /** Tells every extension page watching. False when the browser could not save the count, so nobody heard. */
  announce(): Promise<boolean>;
  /** Calls `onChange` each time another page announces. Returns a stop function. */
  watch(onChange: () => void): () => void;
}

function defineChangeNotice(key: string): ChangeNotice {
  const count = defineSetting(key, isNumber, 0);
  return {
    announce: () =>
      count
        .get()
        .then((seen) => count.set(seen + 1))
        .then(
          () => true,
          () => false,
        ),
    watch: (onChange) => count.watch(() => onChange()),
  };
}

/** Shown on the handover note, e.g. "Sheffield Central Library". Empty when not set. */
export const organisationName = defineSetting('organisationName', isText, '');

/** A postcode area ("S") or district ("S1") the finder starts from. Empty when not set. */
export const defaultPostcodeArea = defineSetting('defaultPostcodeArea', isText, '');

/** The ids of the learning paths the side panel offers; null means all of them (new paths show too). */
export const shownPathIds = defineSetting<string[] | null>('shownPathIds', orNull(isTextList), null);

export const textSize = defineSetting<TextSize>('textSize', isTextSize, 'normal');

/** Who was learning, and on which path, when the side panel last saved progress. */
export const lastSession = defineSetting<LastSession | null>('lastSession', orNull(isLastSession), null);

/** Set by the popup's "Carry on"; the side panel opens that session and sets it back to false. */
export const resumeRequested = defineSetting('resumeRequested', isTrueOrFalse, false);

/** Announced when the organisation's own list of local help is saved or removed, so the panel searches the new one. */
export const localDirectoryChanged = defineChangeNotice('localDirectoryChanged');

/** Announced when the organisation's own paths or fixes change on the options page, so the panel offers and uses the new ones. */
export const organisationPathsChanged = defineChangeNotice('organisationPathsChanged');

/** Announced after "Erase all data", so the panel lets go of the learners and the search it holds. */
export const allDataErased = defineChangeNotice('allDataErased');

/** Forgets every setting (part of "erase all data"), so each reads back as its default. Rejects when the browser cannot. */
export async function forgetAllSettings(): Promise<void> {
  const settings = [organisationName, defaultPostcodeArea, shownPathIds, textSize, lastSession, resumeRequested];
  await Promise.all(settings.map((setting) => setting.remove()));
}
