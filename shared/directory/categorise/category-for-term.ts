import { CATEGORIES, isCategoryId, type CategoryId } from '../categories.ts';

/*
 * Which Signpost category a taxonomy term or a typed-in word belongs to. This is the documented mapping
 * for Open Referral UK attributes (taxonomy_term.term, then .name) and for the CSV `categories` column.
 * A term matches when, lower-cased with spaces and punctuation as hyphens, it equals a category id, a
 * category label, or one of the words below. Anything else matches nothing: callers report it rather than
 * guess. Add a row here to teach Signpost a publisher's taxonomy.
 */
export const TERM_CATEGORIES: Readonly<Record<string, CategoryId>> = {
  'digital-inclusion': 'digital-skills',
  'online-safety': 'digital-skills',
  'computer-classes': 'digital-skills',
  wifi: 'wifi-and-computers',
  'internet-access': 'wifi-and-computers',
  'public-computers': 'wifi-and-computers',
  'device-lending': 'devices-and-data',
  connectivity: 'devices-and-data',
  'data-bank': 'devices-and-data',
  'sim-cards': 'devices-and-data',
  'nhs-login': 'nhs-app',
  health: 'health-and-wellbeing',
  wellbeing: 'health-and-wellbeing',
  'physical-activity': 'health-and-wellbeing',
  counselling: 'mental-health',
  'emotional-support': 'mental-health',
  'debt-advice': 'money-and-benefits',
  benefits: 'money-and-benefits',
  'benefits-advice': 'money-and-benefits',
  'welfare-rights': 'money-and-benefits',
  money: 'money-and-benefits',
  'food-bank': 'food',
  'food-banks': 'food',
  'community-meals': 'food',
  homelessness: 'housing',
  employment: 'work-and-learning',
  jobs: 'work-and-learning',
  'adult-learning': 'work-and-learning',
  education: 'work-and-learning',
  training: 'work-and-learning',
  volunteering: 'work-and-learning',
  befriending: 'social-and-community',
  loneliness: 'social-and-community',
  'community-groups': 'social-and-community',
  'social-groups': 'social-and-community',
  carer: 'carers',
  'carer-support': 'carers',
};

/** The category for a term, label or id, or undefined when it is not in the mapping. */
export function categoryForTerm(term: string): CategoryId | undefined {
  const key = asKey(term);
  if (isCategoryId(key)) return key;
  const byLabel = CATEGORIES.find((category) => asKey(category.label) === key);
  return byLabel?.id ?? TERM_CATEGORIES[key];
}

/** A term as the mapping looks it up: lower case, with any run of spaces and punctuation as one hyphen. */
export function asKey(term: string): string {
  return term
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
