/**
 * The mix of concerns the demo and the national generator both draw from: how often
 * each category comes up, and how many of each are problems rather than suggestions
 * (seed 000 counts 58 problems solved to 70 suggestions).
 */
export const CATEGORY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['business_development', 20],
  ['staffing', 15],
  ['facilities', 22],
  ['staff_welfare', 15],
  ['risk_compliance', 9],
  ['party_building', 11],
  ['other', 8],
];

export const PROBLEM_SHARE: Readonly<Record<string, number>> = {
  business_development: 0.2,
  staffing: 0.55,
  facilities: 0.75,
  staff_welfare: 0.45,
  risk_compliance: 0.5,
  party_building: 0.2,
  other: 0.35,
};
