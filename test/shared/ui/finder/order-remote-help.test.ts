import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../../shared/directory/categories.ts';
import { orderRemoteHelp } from '../../../../shared/ui/finder/order-remote-help.ts';
import { resourceAt } from '../../find/resource-at.ts';

// As the engine gives them: by name.
const remote = [
  ['national-cruse', ['mental-health']],
  ['national-domestic-abuse-helpline', ['mental-health', 'housing']],
  ['national-mind-infoline', ['mental-health']],
  ['national-nhs-111', ['health-and-wellbeing', 'mental-health']],
  ['national-samaritans', ['mental-health']],
  ['national-shout', ['mental-health']],
  ['national-silver-line', ['social-and-community', 'mental-health']],
].map(([id, categories]) => ({ resource: resourceAt(id as string, null, { categories: categories as CategoryId[] }) }));
const ids = (list: typeof remote) => list.map(({ resource }) => resource.id);

describe('help by phone or online, in the order that fits', () => {
  it('puts the crisis lines first under mental health, then the lines mainly for it', () => {
    expect(ids(orderRemoteHelp(remote, ['mental-health']))).toEqual([
      'national-nhs-111',
      'national-samaritans',
      'national-shout',
      'national-cruse',
      'national-domestic-abuse-helpline',
      'national-mind-infoline',
      'national-silver-line',
    ]);
  });

  it('puts the lines mainly for the kind of help chosen before those that also offer it', () => {
    expect(ids(orderRemoteHelp(remote, ['social-and-community']))[0]).toBe('national-silver-line');
    expect(ids(orderRemoteHelp(remote, ['health-and-wellbeing']))[0]).toBe('national-nhs-111');
  });

  it('keeps the order given when no one kind of help was chosen', () => {
    expect(ids(orderRemoteHelp(remote, []))).toEqual(ids(remote));
    expect(ids(orderRemoteHelp(remote, ['mental-health', 'housing']))).toEqual(ids(remote));
  });
});
