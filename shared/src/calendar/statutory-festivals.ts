/**
 * The statutory holidays every year's State Council notice schedules (全国年节及纪念日放假办法). Apart from
 * holiday-year.ts, so the staff page can list them without loading zod.
 */
export const statutoryFestivals = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;
export type StatutoryFestival = (typeof statutoryFestivals)[number];
