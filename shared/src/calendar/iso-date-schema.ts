import { z } from 'zod';
import { isIsoDate } from './iso-date';

/** A `YYYY-MM-DD` text naming a real day. Apart from iso-date.ts, so the app can read dates without loading zod. */
export const isoDateSchema = z.string().refine(isIsoDate, '日期应写成“年-月-日”，例如 2026-03-15');
