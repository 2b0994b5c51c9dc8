import { describe, expect, it } from 'vitest';
import { askForLocation } from '../../../../shared/ui/finder/ask-for-location.ts';

/** A browser's geolocation that answers once, as the resident (or the device) decides. */
function geolocationThat(answer: { at: [number, number] } | { fails: number }): Geolocation {
  return {
    getCurrentPosition: (found, failed) => {
      if ('at' in answer) found({ coords: { latitude: answer.at[0], longitude: answer.at[1] } } as GeolocationPosition);
      else failed?.({ code: answer.fails, message: '' } as GeolocationPositionError);
    },
  } as Geolocation;
}

describe('asking where the resident is', () => {
  it('gives the place the browser shares', async () => {
    expect(await askForLocation(geolocationThat({ at: [53.38, -1.47] }))).toEqual({
      ok: true,
      location: { latitude: 53.38, longitude: -1.47 },
    });
  });

  it('says kindly that nothing was shared when the resident says no, and points to the postcode box', async () => {
    expect(await askForLocation(geolocationThat({ fails: 1 }))).toEqual({
      ok: false,
      message: 'Your location was not shared. You can type your postcode instead.',
    });
  });

  it('says sorry when the device cannot tell, takes too long, or has no location at all', async () => {
    const notFound = {
      ok: false,
      message: 'Sorry, we could not find where you are. Please type your postcode instead.',
    };
    expect(await askForLocation(geolocationThat({ fails: 2 }))).toEqual(notFound);
    expect(await askForLocation(geolocationThat({ fails: 3 }))).toEqual(notFound);
    expect(await askForLocation(undefined)).toEqual(notFound);
  });
});
