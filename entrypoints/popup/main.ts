import { render } from 'preact';
import { allPaths } from '../../shared/paths/all-paths.ts';
import { openLearnerStore } from '../../shared/store/open-learner-store.ts';
import { PopupApp } from './popup-app.tsx';
import '../../shared/ui/kit/signpost.css';
import '../../shared/ui/learning/player/learning.css';
import './popup.css';

render(
  <PopupApp paths={allPaths()} openLearners={() => openLearnerStore({ now: () => new Date() })} />,
  document.getElementById('app')!,
);
