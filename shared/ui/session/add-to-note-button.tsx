import type { Resource } from '../../directory/resource.ts';
import { ToggleButton } from '../kit/toggle-button.tsx';
import type { SessionStore } from './session-store.ts';

/** On a finder result: puts the place on the handover note, or takes it off again. */
export function AddToNoteButton({ session, resource }: { session: SessionStore; resource: Resource }) {
  return (
    <ToggleButton pressed={session.isOnNote(resource)} onPress={() => session.toggleOnNote(resource)}>
      Add to handover note<span class="sp-visually-hidden">: {resource.name}</span>
    </ToggleButton>
  );
}
