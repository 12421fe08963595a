import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date-schema';
import { regionCodeSchema } from '../regions/region-schemas';
import { plainText } from '../validation/plain-text';

/** A new value of a figure as the staff page sends it (`FigureEntry`); the semantic checks are `figureEntryRefusal`'s. */
export const figureEntrySchema = z
  .object({
    regionCode: regionCodeSchema,
    effectiveFrom: isoDateSchema,
    value: z.number('请填写数值').finite(),
    documentNumber: plainText().min(4, '请填写依据的文件文号，例如 筑民发〔2026〕12号').max(80),
  })
  .meta({ id: 'FigureEntry' });

/** One value in a figure's history: shipped with the release (no one entered it) or entered by an administrator. */
export const figureHistoryEntrySchema = z.object({
  regionCode: z.string(),
  regionName: z.string().nullable(),
  effectiveFrom: z.string(),
  value: z.number(),
  /** The document number an administrator gave, or the file's reference for a shipped value. */
  basis: z.string(),
  enteredBy: z.string().nullable(),
  enteredAt: z.string().nullable(),
  placeholder: z.boolean(),
});

export const staffFigureSchema = z.object({
  name: z.string(),
  description: z.string(),
  unit: z.string(),
  owner: z.enum(['province', 'city', 'county']),
  /** The administrator's scope is the owning level: they may enter a value for their region. */
  mayEnter: z.boolean(),
  /** Today's value for the administrator's region, with the region that supplied it; null when none is in force. */
  inForce: z.object({ regionCode: z.string(), effectiveFrom: z.string(), value: z.number(), placeholder: z.boolean() }).nullable(),
  /** Every value of the region and the levels above it, newest first. */
  history: z.array(figureHistoryEntrySchema),
});

export const staffFiguresSchema = z
  .object({ regionCode: z.string(), regionName: z.string().nullable(), figures: z.array(staffFigureSchema) })
  .meta({ id: 'StaffFigures' });
export type StaffFigures = z.infer<typeof staffFiguresSchema>;
export type StaffFigure = z.infer<typeof staffFigureSchema>;

export const enteredFigureSchema = figureHistoryEntrySchema.extend({ name: z.string(), id: z.string() }).meta({ id: 'EnteredFigure' });
export type EnteredFigure = z.infer<typeof enteredFigureSchema>;

/** What a new value would change before it is saved: the open cases of the region whose amount would differ. */
export const figurePreviewSchema = z
  .object({
    name: z.string(),
    regionCode: z.string(),
    effectiveFrom: z.string(),
    value: z.number(),
    /** Open cases of the region on their way to approval. */
    open: z.number().int(),
    /** Of those, the ones whose amount, approved today, would differ. */
    changed: z.number().int(),
    /** A few of them: reference, amount now, amount with the new value. */
    examples: z.array(z.object({ reference: z.string().nullable(), before: z.string(), after: z.string() })),
    /** Approved grants of the region: fixed at approval, not changed by a new value. */
    approvedUnaffected: z.number().int(),
  })
  .meta({ id: 'FigurePreview' });
export type FigurePreview = z.infer<typeof figurePreviewSchema>;

/** The figures that hold in a region (its own and its levels above), as the app reads them instead of its shipped files. */
export const figureSetSchema = z
  .object({ regionCode: z.string(), version: z.string(), parameters: z.record(z.string(), z.any()) })
  .meta({ id: 'FigureSet' });
