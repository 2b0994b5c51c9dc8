/**
 * The fixed list of kinds of help Signpost signposts to. It covers digital inclusion first, then the
 * wider needs a GP practice refers people to. Labels are what a resident reads: plain, short words.
 * Ids are stable: packs, CSV files and saved settings use them, so never rename one.
 */
export const CATEGORIES = [
  { id: 'digital-skills', label: 'Help with computers, phones and the internet' },
  { id: 'wifi-and-computers', label: 'Free wifi and computers to use' },
  { id: 'devices-and-data', label: 'Free devices, SIM cards and mobile data' },
  { id: 'nhs-app', label: 'Help with the NHS App and health online' },
  { id: 'health-and-wellbeing', label: 'Health and wellbeing' },
  { id: 'mental-health', label: 'Mental health and someone to talk to' },
  { id: 'money-and-benefits', label: 'Money, debt and benefits' },
  { id: 'food', label: 'Food' },
  { id: 'housing', label: 'Housing' },
  { id: 'work-and-learning', label: 'Work and learning' },
  { id: 'social-and-community', label: 'Social and community groups' },
  { id: 'carers', label: 'Help for carers' },
  // Last, for help no other category fits: an import keeps every record rather than leave one out for its category.
  { id: 'other', label: 'Other local help' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];

export const CATEGORY_IDS = CATEGORIES.map((category) => category.id) as [CategoryId, ...CategoryId[]];

export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}

/** The resident-facing label of a category. */
export function categoryLabel(id: CategoryId): string {
  return CATEGORIES.find((category) => category.id === id)?.label ?? id;
}
