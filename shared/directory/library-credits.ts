/*
 * The built-in libraries pack's source, date and credit line (../shared/data/libraries/SOURCE.md,
 * "Suggested credit in the product"): shown wherever the data credits are, and written into the pack.
 */
export const LIBRARY_SOURCE = 'Libraries Hacked, librarydata.uk (libraries.csv, April 2025)';

export const LIBRARY_CREDIT =
  'Library data: Libraries Hacked (librarydata.uk), MIT Licence; contains public sector information licensed under the Open Government Licence v3.0 (Arts Council England / DCMS); Welsh data from Wikidata (CC0).';

/** The lines "About this information" shows for the libraries. */
export const LIBRARY_DATA_CREDITS = [
  'Public libraries in England and Wales: Libraries Hacked (librarydata.uk), export of 28 April 2025. Places are shown at the centre of their postcode district.',
  LIBRARY_CREDIT,
];
