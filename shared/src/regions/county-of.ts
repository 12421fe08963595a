/** The county (6-digit) part of a region code, or undefined for a code above the county (a city, a province). */
export const countyOf = (code: string | undefined): string | undefined => (code && code.length >= 6 ? code.slice(0, 6) : undefined);
