import { describe, expect, it } from 'vitest';
import { categoriesFromWords, KEYWORD_CATEGORIES } from '../../../../shared/directory/categorise/keyword-categories.ts';
import { CATEGORIES } from '../../../../shared/directory/categories.ts';

describe('the keyword table', () => {
  it('has words for every category but "Other local help", and no phrase in two categories', () => {
    const covered = KEYWORD_CATEGORIES.map(([category]) => category);
    expect(CATEGORIES.map((category) => category.id).filter((id) => !covered.includes(id))).toEqual(['other']);
    const phrases = KEYWORD_CATEGORIES.flatMap(([, words]) => words);
    expect(phrases.filter((phrase, index) => phrases.indexOf(phrase) !== index)).toEqual([]);
  });

  it.each([
    ['Food bank every Friday', 'food', 'food bank'],
    ['Help with the NHS App', 'nhs-app', 'nhs app'],
    ['Free SIM cards for people on low incomes', 'devices-and-data', 'free sim'],
    ['Free Wi-Fi and public computers', 'wifi-and-computers', 'free wi-fi'],
    ['Walking group for beginners', 'health-and-wellbeing', 'walking group'],
    ["Men's Shed", 'social-and-community', "men's shed"],
    ['Young Carers Club', 'carers', 'carers'],
    ['Café for bereavement support', 'mental-health', 'bereavement'],
  ])('reads "%s" as %s, from the words "%s"', (text, category, phrase) => {
    expect(categoriesFromWords(text)[0]).toMatchObject({ category, phrase });
  });

  it('matches whole words only: "pipeline" is not PIP, "mindfulness" is not Mind, "simple" is not a SIM', () => {
    expect(categoriesFromWords('A pipeline of mindfulness sessions, simple and fun')).toEqual([]);
  });

  it('ignores case, accents and curly apostrophes', () => {
    expect(categoriesFromWords('MEMORY CAFÉ')[0]?.category).toBe('social-and-community');
    expect(categoriesFromWords('Carer’s Allowance advice')[0]?.category).toBe('carers');
  });

  it('keeps a long description to the subjects it mentions most', () => {
    const found = categoriesFromWords('Debt advice. Debt and budgeting help. We also run a food bank.', 1);
    expect(found.map((entry) => entry.category)).toEqual(['money-and-benefits']);
  });
});
