/** A point on the Earth in degrees (WGS 84, as in postcode data and ORUK locations). */
export type Coordinates = { latitude: number; longitude: number };
