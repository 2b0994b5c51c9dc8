import { render } from 'preact';
import { pointInNewTab } from '../../extension/point-in-new-tab.ts';
import { allPaths } from '../../shared/paths/all-paths.ts';
import { bundledOutcodes } from '../../shared/postcode/bundled-outcodes.ts';
import { openLearnerStore } from '../../shared/store/open-learner-store.ts';
import { organisationStore } from '../../shared/store/organisation-store.ts';
import { saveTextFile } from '../../shared/ui/kit/save-text-file.ts';
import { OptionsApp } from './options-app.tsx';
import '../../shared/ui/kit/signpost.css';
import '../../shared/ui/learning/player/learning.css';
import './options.css';

render(
  <OptionsApp
    services={{
      outcodes: bundledOutcodes,
      paths: allPaths(),
      openLearners: () => openLearnerStore({ now: () => new Date() }),
      saveFile: saveTextFile,
      now: () => new Date(),
      organisation: organisationStore(),
      pointAt: pointInNewTab,
    }}
  />,
  document.getElementById('app')!,
);
