import { LIBRARY_DATA_CREDITS } from '../../directory/library-credits.ts';

/**
 * The postcode centroids are ONS/OS/Royal Mail data under the Open Government Licence, whose terms say
 * these lines must be shown wherever the data is used (../shared/data/uk-outcodes.SOURCE.md).
 */
export const POSTCODE_DATA_CREDITS = [
  'Contains OS data © Crown copyright and database right 2025',
  'Contains Royal Mail data © Royal Mail copyright and database right 2025',
  'Contains National Statistics data © Crown copyright and database right 2025',
  'Contains GeoPlace data © Local Government Information House Limited copyright and database right 2025',
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
];

export function DataCredits() {
  return (
    <details class="sp-credits">
      <summary>About this information</summary>
      <p>Check opening times before you go: places can change them.</p>
      <ul>
        {[...POSTCODE_DATA_CREDITS, ...LIBRARY_DATA_CREDITS].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
