import { deleteDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLocalHelpFinder } from '../../../entrypoints/sidepanel/local-help-finder.ts';
import {
  LOCAL_DIRECTORY_DATABASE,
  removeLocalDirectory,
  saveLocalDirectory,
} from '../../../extension/local-directory.ts';
import type { FinderServices } from '../../../shared/ui/services.ts';
import { resourceAt } from '../../shared/find/resource-at.ts';
import { TEST_NOW } from '../../shared/store/test-store.ts';

const ourClub = resourceAt('our-club', 0.1, { name: 'Tuesday Computer Club at the Hub' });

/** The names of the places found near Sheffield's city centre. */
async function namesNearTownHall(finder: FinderServices): Promise<string[]> {
  const results = await finder.searchSupport({ postcode: 'S1 2HE', categories: [] });
  return results.ok ? results.nearby.map(({ resource }) => resource.name) : [];
}

beforeEach(async () => {
  await deleteDB(LOCAL_DIRECTORY_DATABASE);
});

describe("the side panel's support finder", () => {
  it("finds the places in the organisation's own list beside the built-in ones", async () => {
    await saveLocalDirectory({ fileName: 'ours.csv', resources: [ourClub] }, TEST_NOW);
    const names = await namesNearTownHall(createLocalHelpFinder());
    expect(names).toContain('Tuesday Computer Club at the Hub');
    expect(names.length).toBeGreaterThan(1);
  });

  it('finds a list saved after its first search once refreshed, and drops a removed one', async () => {
    const finder = createLocalHelpFinder();
    expect(await namesNearTownHall(finder)).not.toContain('Tuesday Computer Club at the Hub');

    await saveLocalDirectory({ fileName: 'ours.csv', resources: [ourClub] }, TEST_NOW);
    finder.refresh();
    expect(await namesNearTownHall(finder)).toContain('Tuesday Computer Club at the Hub');

    await removeLocalDirectory();
    finder.refresh();
    expect(await namesNearTownHall(finder)).not.toContain('Tuesday Computer Club at the Hub');
  });
});
