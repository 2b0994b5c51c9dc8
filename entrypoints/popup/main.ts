import { drawPopup } from './popup-app.ts';
import '../../shared/ui/kit/signpost.css';
import '../../shared/ui/learning/player/learning.css';
import './popup.css';

// The paths and the learner store load after the button is drawn: the popup's first screen is only "Open Signpost".
drawPopup(document.getElementById('app')!, {
  paths: () => import('../../extension/paths-on-offer.ts').then((offer) => offer.pathsOnOffer(null)),
  openLearners: () =>
    import('../../shared/store/open-learner-store.ts').then((store) =>
      store.openLearnerStore({ now: () => new Date() }),
    ),
});
