/** Where the resident is (degrees, WGS84), or a kind message saying to type a postcode instead. */
export type Located = { ok: true; location: { latitude: number; longitude: number } } | { ok: false; message: string };

/**
 * Asks the browser where the resident is; the browser asks them first. Never rejects: a refusal, a
 * timeout or a browser without location gives a message. Low accuracy is plenty to find help nearby, and
 * a fix up to 10 minutes old will do. Pass `navigator.geolocation` (undefined in a browser without it);
 * tests pass their own to play each answer.
 */
export function askForLocation(geolocation: Geolocation | undefined): Promise<Located> {
  return new Promise((resolve) => {
    const failed = (refused: boolean) =>
      resolve({
        ok: false,
        message: refused
          ? 'Your location was not shared. You can type your postcode instead.'
          : 'Sorry, we could not find where you are. Please type your postcode instead.',
      });
    if (!geolocation) return failed(false);
    geolocation.getCurrentPosition(
      ({ coords }) => resolve({ ok: true, location: { latitude: coords.latitude, longitude: coords.longitude } }),
      // Code 1 is PERMISSION_DENIED (W3C Geolocation API, GeolocationPositionError).
      (error) => failed(error.code === 1),
      { timeout: 15_000, maximumAge: 600_000 },
    );
  });
}
