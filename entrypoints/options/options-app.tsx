import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PointedAt } from '../../extension/point-in-new-tab.ts';
import {
  organisationName,
  organisationPathsChanged,
  TEXT_SIZE_PIXELS,
  textSize,
  type TextSize,
} from '../../extension/settings.ts';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import type { OutcodeTable } from '../../shared/postcode/outcode-table.ts';
import type { LearnerStore } from '../../shared/store/open-learner-store.ts';
import type { OrganisationStore } from '../../shared/store/organisation-store.ts';
import type { StoreResult } from '../../shared/store/store-result.ts';
import { AllDataSection } from './all-data-section.tsx';
import { createLocalDirectoryStore } from './local-directory-store.ts';
import { LocalDirectorySection } from './local-directory-section.tsx';
import { OrganisationForm } from './organisation-form.tsx';
import { createOwnPathsStore } from './own-paths-store.ts';
import { OwnPathsSection } from './own-paths-section.tsx';
import { ShownPathsChoice } from './shown-paths-choice.tsx';
import { TextSizeChoice } from './text-size-choice.tsx';
import { useSavedSetting } from './use-saved-setting.ts';

export interface OptionsServices {
  outcodes: OutcodeTable;
  paths: readonly LearningPath[];
  openLearners: () => Promise<StoreResult<LearnerStore>>;
  saveFile: (fileName: string, text: string) => void;
  now: () => Date;
  /** The organisation's own paths and fixes on this computer. */
  organisation: OrganisationStore;
  /** Opens a page in a new tab and lets the curator point at a step's thing there (extension/point-in-new-tab.ts). */
  pointAt: (address: string, say: string) => Promise<PointedAt>;
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="sp-options__section" aria-labelledby={id}>
      <h2 class="sp-heading" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

interface SavedChoicesProps {
  services: OptionsServices;
  size: TextSize;
  onSizeChosen: (size: TextSize) => void;
}

/** The choices that read what is saved when they show: shown afresh after an erase, so they show the defaults. */
function SavedChoices({ services, size, onSizeChosen }: SavedChoicesProps) {
  const [directory] = useState(() => createLocalDirectoryStore(services.outcodes, services.now));
  const [ownPaths] = useState(() =>
    createOwnPathsStore({
      store: services.organisation,
      builtIn: services.paths,
      organisationName: () => organisationName.get(),
      announce: () => organisationPathsChanged.announce(),
      saveFile: services.saveFile,
      now: services.now,
    }),
  );
  return (
    <>
      <Section id="organisation" title="Your organisation">
        <OrganisationForm outcodes={services.outcodes} />
      </Section>
      <Section id="local-directory" title="Your own list of local help">
        <LocalDirectorySection store={directory} />
      </Section>
      <Section id="own-paths" title="Paths">
        <OwnPathsSection store={ownPaths} pointAt={services.pointAt} />
      </Section>
      <Section id="paths" title="Learning paths to show">
        <ShownPathsChoice paths={services.paths} />
      </Section>
      <Section id="text-size" title="Text size">
        <TextSizeChoice size={size} onChoose={onSizeChosen} />
      </Section>
    </>
  );
}

/** The options page: set Signpost up for an organisation, and save or erase everything it keeps. */
export function OptionsApp({ services }: { services: OptionsServices }) {
  const size = useSavedSetting(textSize);
  /** Counts erases: a new value shows the saved choices afresh. */
  const erases = useSignal(0);
  if (size.value === undefined) return null;
  return (
    <main class="sp-root sp-options" style={{ '--signpost-font-size': `${TEXT_SIZE_PIXELS[size.value]}px` }}>
      <h1 class="sp-title">Signpost settings</h1>
      <SavedChoices
        key={erases.value}
        services={services}
        size={size.value}
        onSizeChosen={(chosen) => (size.value = chosen)}
      />
      <Section id="all-data" title="All saved data">
        <AllDataSection
          openLearners={services.openLearners}
          saveFile={services.saveFile}
          onErased={() => {
            size.value = textSize.fallback;
            erases.value += 1;
          }}
        />
      </Section>
    </main>
  );
}
