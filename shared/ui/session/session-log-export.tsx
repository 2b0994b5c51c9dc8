import { useSignal } from '@preact/signals';
import type { LearningPath } from '../../paths/learning-path.ts';
import type { LearnerStore } from '../../store/open-learner-store.ts';
import { saveTextFile } from '../kit/save-text-file.ts';
import { useRunTime } from '../run-time.tsx';
import { localDay } from './session-for-history.ts';
import {
  SESSION_LOG_EXPLAINED,
  sessionLogByMonth,
  sessionLogCsv,
  sessionLogJson,
  type LogNames,
} from './session-log.ts';

type LogFormat = 'csv' | 'json';

/** Paths and steps by their titles here; ids for any this copy of Signpost does not have. */
function namesFrom(paths: readonly LearningPath[]): LogNames {
  const pathById = (pathId: string) => paths.find((path) => path.id === pathId);
  return {
    pathTitle: (pathId) => pathById(pathId)?.title ?? pathId,
    stepTitle: (pathId, stepId) => pathById(pathId)?.steps.find((step) => step.id === stepId)?.title ?? stepId,
    stepOrder: (pathId, stepId) => {
      const index = pathById(pathId)?.steps.findIndex((step) => step.id === stepId) ?? -1;
      return index === -1 ? Infinity : index;
    },
  };
}

interface SessionLogExportProps {
  store: LearnerStore;
  /** To name each path by its title in the log. */
  paths: readonly LearningPath[];
  /** Hands a file over (a download); tests pass their own. */
  saveFile?: (fileName: string, text: string, type: string) => void;
}

/**
 * For a helper's organisation: every session on this computer counted by month, as a spreadsheet or a
 * JSON file, with no names in it (session-log.ts). Said plainly before anything is downloaded.
 */
export function SessionLogExport({ store, paths, saveFile = saveTextFile }: SessionLogExportProps) {
  const { now } = useRunTime();
  const said = useSignal<string | undefined>(undefined);
  const download = async (format: LogFormat) => {
    const [sessions, feedback] = await Promise.all([store.listSessions(), store.listStepFeedback()]);
    if (!sessions.ok) {
      said.value = sessions.message;
      return;
    }
    if (!feedback.ok) {
      said.value = feedback.message;
      return;
    }
    const log = sessionLogByMonth(sessions.value, feedback.value, namesFrom(paths));
    const fileName = `signpost-session-log-${localDay(now())}.${format}`;
    if (format === 'csv') saveFile(fileName, sessionLogCsv(log), 'text/csv');
    else saveFile(fileName, sessionLogJson(log, now()), 'application/json');
    const counted = sessions.value.length === 1 ? '1 session' : `${sessions.value.length} sessions`;
    said.value = `Signpost saved the session log (${counted}) in the file ${fileName}.`;
  };
  return (
    <details class="sp-session-log sp-no-print">
      <summary>Session log for funders</summary>
      <p>{SESSION_LOG_EXPLAINED}</p>
      <button type="button" class="sp-secondary-button" onClick={() => void download('csv')}>
        Download for a spreadsheet (CSV)
      </button>
      <button type="button" class="sp-secondary-button" onClick={() => void download('json')}>
        Download as JSON
      </button>
      <div role="status">{said.value && <p class="sp-notice">{said.value}</p>}</div>
    </details>
  );
}
