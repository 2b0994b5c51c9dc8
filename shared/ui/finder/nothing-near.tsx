import type { ComponentChildren } from 'preact';
import { categoryLabel, type CategoryId } from '../../directory/categories.ts';
import type { SupportSearch } from '../services.ts';
import type { FinderStore } from './finder-store.ts';

// Miles: the steps a resident may widen a search by; 50 is the furthest a finder looks.
const WIDER_MILES = [2, 5, 10, 25, 50];

interface NothingNearProps {
  store: FinderStore;
  searched: SupportSearch;
  placeLabel: string;
  radiusMiles: number;
  /** Whether the answer lists help by phone or online, below. */
  hasRemoteHelp: boolean;
  showRemoteHelp: () => void;
}

/**
 * No places were found: says what was searched, then offers only the next steps that would search
 * differently: further away, any kind of help, without the extra choices, or help by phone and online.
 */
export function NothingNear({
  store,
  searched,
  placeLabel,
  radiusMiles,
  hasRemoteHelp,
  showRemoteHelp,
}: NothingNearProps) {
  const wider = WIDER_MILES.find((miles) => miles > radiusMiles);
  const kind = chosenKind(searched.categories, store.categories);
  const extras = extraChoices(searched);
  return (
    <div class="sp-nothing">
      <p>
        We found no places{kind ? ` for ${lowerFirst(categoryLabel(kind))}` : ''} within {radiusMiles}{' '}
        {radiusMiles === 1 ? 'mile' : 'miles'} of {placeLabel}.{extras ? ` You asked only for ${extras}.` : ''}
      </p>
      <ul class="sp-next-steps">
        {wider !== undefined && (
          <NextStep onPress={() => store.searchAgain({ radiusMiles: wider })}>Look up to {wider} miles away</NextStep>
        )}
        {kind && (
          <NextStep onPress={() => store.searchAgain({ categories: store.categories })}>
            Look for any kind of help
          </NextStep>
        )}
        {extras && (
          <NextStep onPress={() => store.searchAgain({ words: '', openNow: false, freeOnly: false })}>
            Search without those choices
          </NextStep>
        )}
        {hasRemoteHelp && <NextStep onPress={showRemoteHelp}>See help by phone or online</NextStep>}
      </ul>
    </div>
  );
}

function NextStep({ onPress, children }: { onPress: () => void; children: ComponentChildren }) {
  return (
    <li>
      <button type="button" class="sp-button sp-button--secondary" onClick={onPress}>
        {children}
      </button>
    </li>
  );
}

/** The one kind of help searched for, when the resident chose it from several (so "any kind" would differ). */
function chosenKind(searched: readonly CategoryId[], offered: readonly CategoryId[]): CategoryId | undefined {
  return searched.length === 1 && offered.length !== 1 ? searched[0] : undefined;
}

/** "places open now, free help and the words “wifi”", or '' when none of those was asked. */
function extraChoices({ openNow, freeOnly, words }: SupportSearch): string {
  const parts = [
    openNow && 'places open now',
    freeOnly && 'free help',
    words?.trim() && `the words “${words.trim()}”`,
  ].filter((part): part is string => !!part);
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
