import type { CategoryId } from '../categories.ts';

/*
 * Published vocabularies that councils and vendors tag services with, mapped to Signpost's categories.
 * The mapping is our judgement; the ids and labels are the publishers'.
 *
 * - LGA/esd service types: ids are stable but labels drift between list versions, so we match by id
 *   (`http://id.esd.org.uk/service/1806`). Ids and labels from the esd "Services" list 4.0.x
 *   (movermeyer/ckanext-esdstandards, ckanext-esdstandards-data/services.csv @ 82c6824b), plus newer ids
 *   seen in real feeds (Bristol's v1 taxonomies: 1789, 1804, 1806; the ORUK lexical classification spec:
 *   1818). Published by the LGA / LG Inform Plus under the Open Government Licence v3.0.
 * - OpenActive Activity List: every term is a physical activity, so any id in the scheme
 *   (`openactive.io/activity-list#…`, http or https) is health and wellbeing (openactive/activity-list, CC BY 4.0).
 * - DfE Family Hubs service directory categories: their ids changed between releases, so we match by label
 *   (DfE fh-service-directory-api seed data, OrganisationSeedData.SeedTaxonomies()).
 */

/** esd service type id → category. */
export const ESD_SERVICE_TYPES: Readonly<Record<string, CategoryId>> = {
  '4': 'food', // Free school meals
  '27': 'work-and-learning', // Adult education courses
  '59': 'money-and-benefits', // Council tax discount
  '63': 'money-and-benefits', // Council tax benefit new claim
  '69': 'money-and-benefits', // Housing benefit new claim
  '84': 'housing', // Housing - allocations - general information
  '86': 'housing', // Allocated council homes
  '91': 'housing', // Housing tenant support
  '92': 'housing', // Registering for a council property
  '103': 'housing', // Housing - sheltered - homeless people
  '107': 'housing', // Sheltered housing
  '108': 'housing', // Private tenant advice
  '109': 'housing', // Council tenant advice
  '110': 'housing', // Housing legal advice
  '112': 'housing', // Homelessness support
  '116': 'housing', // Rent arrears
  '137': 'housing', // Disabled facilities grant
  '162': 'carers', // Advocacy for carers
  '163': 'mental-health', // Counselling
  '178': 'health-and-wellbeing', // Disabled people - home adaptations and aids
  '180': 'health-and-wellbeing', // Occupational therapy
  '189': 'money-and-benefits', // Welfare rights advice
  '190': 'money-and-benefits', // Benefits advice and assessment
  '199': 'health-and-wellbeing', // Health advice
  '202': 'health-and-wellbeing', // HIV / AIDS support for adults
  '204': 'health-and-wellbeing', // Independence support for disabled people
  '205': 'health-and-wellbeing', // Specialist equipment for disabled people
  '209': 'health-and-wellbeing', // Care needs assessment
  '225': 'carers', // Adult carers
  '227': 'carers', // Respite care for adults
  '229': 'carers', // Shared care for adults
  '230': 'housing', // Sheltered housing - older people
  '239': 'work-and-learning', // Disabled people - employment and training schemes
  '241': 'social-and-community', // Leisure and social activities inclusion
  '242': 'health-and-wellbeing', // Care at home
  '269': 'housing', // Keeping warm in winter
  '293': 'health-and-wellbeing', // Adult hospice care
  '296': 'social-and-community', // Community and day centres
  '297': 'social-and-community', // Community support groups and organisations
  '298': 'carers', // Carers support groups
  '299': 'work-and-learning', // Disabled people - employment advice
  '300': 'carers', // Young carers support
  '313': 'health-and-wellbeing', // Community alarms and Telecare
  '315': 'food', // Mobile meals
  '328': 'mental-health', // Bereavement support
  '343': 'work-and-learning', // Employment and training initiatives
  '345': 'work-and-learning', // Jobs - New Deal - traineeships
  '352': 'money-and-benefits', // Credit unions
  '433': 'housing', // Home renovation grants
  '436': 'health-and-wellbeing', // Vaccinations
  '437': 'wifi-and-computers', // Library facilities
  '442': 'wifi-and-computers', // Library computers and the internet
  '451': 'health-and-wellbeing', // Sports facilities
  '456': 'health-and-wellbeing', // Leisure passes
  '510': 'health-and-wellbeing', // Allotments
  '640': 'social-and-community', // Older people's  activities
  '641': 'health-and-wellbeing', // Sports club directory
  '644': 'health-and-wellbeing', // Sports - facilities - information
  '651': 'money-and-benefits', // Debt counselling
  '652': 'housing', // Private housing advice
  '665': 'housing', // Tenant support
  '671': 'money-and-benefits', // Funeral payment
  '711': 'housing', // Change of housing tenancy
  '712': 'housing', // Furnished tenancies
  '727': 'health-and-wellbeing', // Alcohol advice and support
  '730': 'health-and-wellbeing', // Drugs advice and support
  '750': 'work-and-learning', // Countryside volunteers
  '787': 'money-and-benefits', // Consumer advice
  '833': 'health-and-wellbeing', // Leaving hospital
  '838': 'social-and-community', // Arts organisations and events
  '880': 'housing', // Energy efficiency
  '887': 'work-and-learning', // Careers advice
  '917': 'money-and-benefits', // Management of personal financial affairs
  '927': 'health-and-wellbeing', // Midwifery and maternity services
  '1054': 'housing', // Housing Care and Repair scheme
  '1089': 'food', // School breakfast clubs
  '1113': 'work-and-learning', // Volunteering
  '1123': 'housing', // Affordable housing
  '1124': 'housing', // Housing mediation
  '1147': 'money-and-benefits', // Local Housing Allowance
  '1148': 'money-and-benefits', // Discretionary Housing Payment
  '1149': 'social-and-community', // Community centres
  '1154': 'housing', // Private tenants rent assistance
  '1284': 'mental-health', // Mental health support
  '1360': 'money-and-benefits', // Starting work benefits
  '1373': 'health-and-wellbeing', // Needle exchange
  '1375': 'money-and-benefits', // Bankruptcy declaration
  '1394': 'work-and-learning', // Support when leaving education
  '1395': 'health-and-wellbeing', // Sexual health
  '1428': 'health-and-wellbeing', // Family doctors
  '1437': 'carers', // Carers allowance
  '1441': 'health-and-wellbeing', // Physiotherapy
  '1442': 'health-and-wellbeing', // Dental services
  '1445': 'money-and-benefits', // Budgeting loans
  '1493': 'work-and-learning', // Vocational training
  '1504': 'housing', // Housing insulation
  '1529': 'money-and-benefits', // Pensions
  '1534': 'money-and-benefits', // Employment & support allowance
  '1541': 'money-and-benefits', // Heating allowance
  '1542': 'money-and-benefits', // Disabled people - financial assistance
  '1545': 'money-and-benefits', // Jobseekers allowance
  '1547': 'money-and-benefits', // Prescriptions and medical care
  '1558': 'money-and-benefits', // Energy tariff reductions
  '1652': 'money-and-benefits', // Universal credit
  '1674': 'health-and-wellbeing', // Swimming pools
  '1714': 'housing', // Hostels and emergency accommodation
  '1746': 'health-and-wellbeing', // Stopping smoking
  '1747': 'health-and-wellbeing', // Health checks
  '1749': 'health-and-wellbeing', // Contraception
  '1789': 'health-and-wellbeing', // Exercise and fitness classes
  '1804': 'social-and-community', // Hobby and interest classes and groups
  '1806': 'social-and-community', // Social clubs and groups
  '1818': 'food', // Food banks
};

/** DfE Family Hubs category label → category ("other" where no Signpost category fits: the record is still kept). */
export const FAMILY_HUBS_CATEGORIES: Readonly<Record<string, CategoryId>> = {
  'Activities, clubs and groups': 'social-and-community',
  Activities: 'social-and-community',
  'Before and after school clubs': 'other',
  'Holiday clubs and schemes': 'other',
  'Music, arts and dance': 'social-and-community',
  'Parent, baby and toddler groups': 'social-and-community',
  'Pre-school playgroup': 'other',
  'Sports and recreation': 'health-and-wellbeing',
  'Family support': 'other',
  'Bullying and cyber bullying': 'mental-health',
  'Debt and welfare advice': 'money-and-benefits',
  'Domestic abuse': 'other',
  'Intensive targeted family support': 'other',
  'Money, benefits and housing': 'money-and-benefits',
  'Parenting support': 'other',
  'Reducing parental conflict': 'other',
  'Separating and separated parent support': 'other',
  'Stopping smoking': 'health-and-wellbeing',
  'Substance misuse (including alcohol and drug)': 'health-and-wellbeing',
  'Targeted youth support': 'other',
  'Youth justice services': 'other',
  Health: 'health-and-wellbeing',
  'Hearing and sight': 'health-and-wellbeing',
  'Mental health, social and emotional support': 'mental-health',
  'Nutrition and weight management': 'health-and-wellbeing',
  'Oral health': 'health-and-wellbeing',
  'Public health services': 'health-and-wellbeing',
  'Pregnancy, birth and early years': 'health-and-wellbeing',
  'Birth registration': 'other',
  'Early years language and learning': 'other',
  'Health visiting': 'health-and-wellbeing',
  'Infant feeding support (including breastfeeding)': 'health-and-wellbeing',
  'Midwife and maternity': 'health-and-wellbeing',
  'Perinatal mental health support (pregnancy to one year post birth)': 'mental-health',
  'Special educational needs and disabilities (SEND)': 'other',
  'Autistic Spectrum Disorder (ASD)': 'health-and-wellbeing',
  'Breaks and respite': 'carers',
  'Early years support': 'other',
  'Groups for parents and carers of children with SEND': 'carers',
  'Hearing impairment': 'health-and-wellbeing',
  'Learning difficulties and disabilities': 'health-and-wellbeing',
  'Multi-sensory impairment': 'health-and-wellbeing',
  'Other difficulties or disabilities': 'health-and-wellbeing',
  'Physical disabilities': 'health-and-wellbeing',
  'Social, emotional and mental health support': 'mental-health',
  'Speech, language and communication needs': 'health-and-wellbeing',
  'Visual impairment': 'health-and-wellbeing',
  Transport: 'other',
  'Community transport': 'other',
};

const ESD_ID = /id\.esd\.org\.uk\/service\/(\d+)\b|^esd:?service:?(\d+)$/i;
const OPENACTIVE = /openactive\.io\/activity-list#/i;

export type Vocabulary = 'esd' | 'openactive' | 'family-hubs';

/**
 * The category a published vocabulary gives a term, by any of the term's identifiers (its id, code or
 * URI) or, for Family Hubs, its label; undefined when the term is in none of them.
 */
export function categoryInVocabularies(
  identifiers: readonly string[],
  label: string | undefined,
): { category: CategoryId; vocabulary: Vocabulary } | undefined {
  for (const identifier of identifiers) {
    const esd = ESD_ID.exec(identifier.trim());
    const category = esd && ESD_SERVICE_TYPES[esd[1] ?? esd[2] ?? ''];
    if (category) return { category, vocabulary: 'esd' };
    if (OPENACTIVE.test(identifier)) return { category: 'health-and-wellbeing', vocabulary: 'openactive' };
  }
  const byLabel = label === undefined ? undefined : FAMILY_HUBS_CATEGORIES[label.trim()];
  return byLabel === undefined ? undefined : { category: byLabel, vocabulary: 'family-hubs' };
}
