import { useSignal } from '@preact/signals';
import { defaultPostcodeArea, organisationName } from '../../extension/settings.ts';
import type { OutcodeTable } from '../../shared/postcode/outcode-table.ts';
import { TextField } from '../../shared/ui/kit/text-field.tsx';
import { checkPostcodeArea } from './check-postcode-area.ts';
import { SAVE_FAILED } from './save-failed.ts';
import { useSavedSetting } from './use-saved-setting.ts';

/** The organisation's name (on handover notes) and where the finder starts: saved together with one button. */
export function OrganisationForm({ outcodes }: { outcodes: OutcodeTable }) {
  const savedName = useSavedSetting(organisationName);
  const savedArea = useSavedSetting(defaultPostcodeArea);
  if (savedName.value === undefined || savedArea.value === undefined) return null;
  return <OrganisationFields outcodes={outcodes} savedName={savedName.value} savedArea={savedArea.value} />;
}

function OrganisationFields({
  outcodes,
  savedName,
  savedArea,
}: {
  outcodes: OutcodeTable;
  savedName: string;
  savedArea: string;
}) {
  const name = useSignal(savedName);
  const area = useSignal(savedArea);
  const areaError = useSignal<string | undefined>(undefined);
  const status = useSignal('');

  async function save(event: Event) {
    event.preventDefault();
    status.value = '';
    const checked = await checkPostcodeArea(area.value, outcodes);
    if (!checked.ok) {
      areaError.value = checked.message;
      document.getElementById('default-area')?.focus();
      return;
    }
    areaError.value = undefined;
    area.value = checked.area;
    try {
      await Promise.all([organisationName.set(name.value.trim()), defaultPostcodeArea.set(checked.area)]);
      status.value = 'Saved.';
    } catch {
      status.value = SAVE_FAILED;
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <TextField
        id="organisation-name"
        label="Your organisation's name"
        hint="It goes on the handover note, for example Sheffield Central Library."
        value={name}
      />
      <TextField
        id="default-area"
        label="Your postcode area"
        hint="Where Signpost starts looking for local help, for example S1 or S."
        error={areaError.value}
        value={area}
      />
      <button type="submit" class="sp-button">
        Save
      </button>
      <p role="status">{status.value}</p>
    </form>
  );
}
