import { describe, expect, it } from 'vitest';
import type { StepOutcomes } from '../../../../shared/store/progress.ts';
import { recordingServices } from '../../../../shared/ui/session/recording-services.ts';
import { recordingServices as memoryServices } from '../render-for-test.tsx';

describe('progress saved during a session', () => {
  it('tells the session how a path stood before each save and after it', async () => {
    const { services } = memoryServices({ email: { first: 'done' } });
    const told: [string, StepOutcomes, StepOutcomes][] = [];
    const recording = recordingServices(services, (...saved) => told.push(saved));
    await recording.loadProgress('email');
    await recording.saveProgress('email', { first: 'done', second: 'skipped' });
    await recording.saveProgress('email', { first: 'done', second: 'skipped', third: 'done' });
    expect(told).toEqual([
      ['email', { first: 'done' }, { first: 'done', second: 'skipped' }],
      ['email', { first: 'done', second: 'skipped' }, { first: 'done', second: 'skipped', third: 'done' }],
    ]);
  });

  it('passes a failed save on as it is, and tells nobody', async () => {
    const { services } = memoryServices({}, true);
    const told: string[] = [];
    const saved = await recordingServices(services, (pathId) => told.push(pathId)).saveProgress('email', {
      first: 'done',
    });
    expect(saved).toEqual({
      ok: false,
      message: 'Your device is full, so this was not saved. Free some space and try again.',
    });
    expect(told).toEqual([]);
  });
});
