import type { CategoryId } from '../categories.ts';

/*
 * The keyword table: which words in a service's name, description or a term it carries say what kind of
 * help it is, used only when no taxonomy term we know does (category-cascade.ts). A curator still reviews
 * the result, so the report says which words were read ("guessed from the words 'food bank'").
 *
 * Matching is whole words and phrases, case and accents ignored, so "PIP" never matches "pipeline" and
 * "Mind" never "mindfulness". Categories are tried most specific first (the NHS App before health, free
 * wifi before digital skills), and each phrase was chosen to say one thing: words that say several ("online",
 * "digital", "support", "club", "care", "community" on their own) are left out. The words and the order come
 * from our vocabulary research (the research notes' proposed keyword table), with "sim", "walking group"
 * and "walking" added from the feeds real publishers send.
 */
export const KEYWORD_CATEGORIES: ReadonlyArray<readonly [CategoryId, readonly string[]]> = [
  [
    'nhs-app',
    [
      'nhs app',
      'nhs login',
      'nhs account',
      'online gp services',
      'repeat prescriptions online',
      'order prescriptions online',
      'patient access',
      'book gp appointments online',
      'health online',
      'digital health',
      'gp online',
    ],
  ],
  [
    'devices-and-data',
    [
      'free sim',
      'sim',
      'sims',
      'sim card',
      'sim cards',
      'data bank',
      'national databank',
      'mobile data',
      'free data',
      'device bank',
      'national device bank',
      'laptop loan',
      'tablet loan',
      'device lending',
      'device loan',
      'refurbished laptops',
      'free laptop',
      'free laptops',
      'free tablet',
      'free tablets',
      'dongle',
      'hotspot',
      'connectivity',
    ],
  ],
  [
    'wifi-and-computers',
    [
      'free wifi',
      'free wi-fi',
      'wifi',
      'wi-fi',
      'public computers',
      'computer access',
      'internet access',
      'use a computer',
      'library computers',
      'free internet',
      'printing and scanning',
      'public access computers',
      'pcs available',
    ],
  ],
  [
    'digital-skills',
    [
      'digital skills',
      'digital inclusion',
      'digital champion',
      'digital champions',
      'get online',
      'getting online',
      'computer course',
      'computer courses',
      'computer class',
      'computer classes',
      'computer skills',
      'it skills',
      'beginners computer',
      'learn my way',
      'online safety',
      'staying safe online',
      'help with your phone',
      'smartphone help',
      'tablet help',
      'email basics',
      'digital drop-in',
      'tech help',
      'tech cafe',
      'silver surfers',
    ],
  ],
  [
    'carers',
    [
      'carer',
      'carers',
      'unpaid carer',
      'young carer',
      'young carers',
      'caring for someone',
      'looking after someone',
      'carers centre',
      "carer's assessment",
      "carer's allowance",
      'respite',
      'short breaks',
      'sitting service',
      'replacement care',
    ],
  ],
  [
    'mental-health',
    [
      'mental health',
      'counselling',
      'counseling',
      'talking therapy',
      'talking therapies',
      'emotional support',
      'anxiety',
      'depression',
      'stress',
      'low mood',
      'bereavement',
      'suicide',
      'crisis line',
      'listening service',
      'peer support',
      'samaritans',
      'wellbeing cafe',
      'recovery college',
      'self-harm',
    ],
  ],
  [
    'food',
    [
      'food bank',
      'food banks',
      'foodbank',
      'foodbanks',
      'food parcel',
      'food parcels',
      'emergency food',
      'pantry',
      'community fridge',
      'community larder',
      'food club',
      'social supermarket',
      'food share',
      'fareshare',
      'community meal',
      'free meal',
      'free meals',
      'hot meal',
      'hot meals',
      'lunch club',
      'soup kitchen',
      'meals on wheels',
      'breakfast club',
      'holiday activities and food',
    ],
  ],
  [
    'money-and-benefits',
    [
      'benefits advice',
      'welfare rights',
      'welfare benefits',
      'debt advice',
      'debt',
      'debts',
      'money advice',
      'budgeting',
      'universal credit',
      'pension credit',
      'pip',
      'attendance allowance',
      'citizens advice',
      'credit union',
      'cost of living',
      'energy bills',
      'fuel poverty',
      'council tax support',
      'financial help',
      'hardship fund',
      'money management',
    ],
  ],
  [
    'housing',
    [
      'housing advice',
      'housing options',
      'homeless',
      'homelessness',
      'rough sleeping',
      'rough sleeper',
      'rough sleepers',
      'tenancy',
      'tenant',
      'tenants',
      'landlord',
      'eviction',
      'rent arrears',
      'emergency accommodation',
      'hostel',
      'night shelter',
      'supported housing',
      'sheltered housing',
      'housing association',
      'home adaptations',
      'damp and mould',
      'warm home',
    ],
  ],
  [
    'work-and-learning',
    [
      'employment support',
      'job club',
      'jobs',
      'job search',
      'jobseekers',
      'cv',
      'interview skills',
      'careers advice',
      'apprenticeship',
      'apprenticeships',
      'adult learning',
      'adult education',
      'esol',
      'english classes',
      'maths and english',
      'skills training',
      'qualifications',
      'volunteering opportunities',
      'work experience',
      'jobcentre',
      'back to work',
    ],
  ],
  [
    'social-and-community',
    [
      'befriending',
      'befriender',
      'lonely',
      'loneliness',
      'social isolation',
      'social group',
      'friendship group',
      'coffee morning',
      'community centre',
      'community hub',
      "men's shed",
      'knit and natter',
      'craft group',
      'choir',
      'singing group',
      'book club',
      "older people's club",
      'day centre',
      'memory cafe',
      'warm space',
      'warm welcome',
      'chatty cafe',
    ],
  ],
  [
    'health-and-wellbeing',
    [
      'health walk',
      'health walks',
      'walking group',
      'walking',
      'walking football',
      'exercise class',
      'exercise classes',
      'fitness',
      'yoga',
      'tai chi',
      'pilates',
      'chair-based exercise',
      'falls prevention',
      'strength and balance',
      'physical activity',
      'leisure centre',
      'swimming',
      'stop smoking',
      'smoking cessation',
      'weight management',
      'healthy eating',
      'health check',
      'diabetes',
      'sexual health',
      'alcohol support',
      'drug support',
      'dementia',
      'long-term condition',
      'social prescribing',
      'wellbeing',
    ],
  ],
];

/** Lower case, accents off, curly apostrophes straight, and any run of other characters one space. */
export function plainWords(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9'-]+/g, ' ')
    .trim()} `;
}

/** The table as [category, phrase as plain words with a space either side], in order, built once. */
const PHRASES = KEYWORD_CATEGORIES.flatMap(([category, phrases]) =>
  phrases.map((phrase) => [category, phrase, plainWords(phrase)] as const),
);

export interface WordsFound {
  category: CategoryId;
  /** The first phrase of the table that matched, as the report quotes it. */
  phrase: string;
  /** How many of the category's phrases matched. */
  hits: number;
}

/**
 * The categories the words in `text` point to, most phrases matched first (then the table's order), at
 * most `limit` of them: a long description mentions many things in passing, and its main subject is the
 * one it keeps coming back to. An empty list when none match.
 */
export function categoriesFromWords(text: string, limit = Infinity): WordsFound[] {
  const words = plainWords(text);
  const found = new Map<CategoryId, WordsFound>();
  for (const [category, phrase, padded] of PHRASES) {
    if (!words.includes(padded)) continue;
    const seen = found.get(category);
    if (seen) seen.hits += 1;
    else found.set(category, { category, phrase, hits: 1 });
  }
  return [...found.values()].sort((a, b) => b.hits - a.hits).slice(0, limit);
}
