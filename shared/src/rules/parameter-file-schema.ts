import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date-schema';
import { regionCodeSchema } from '../regions/region-schemas';
import { figureOwners } from './figure-entry';
import { parameterBases, parameterUnits, shippedParameterFiles, type Parameter, type ParameterName } from './parameters';

const regionValuesSchema = z.record(isoDateSchema, z.number().nonnegative());

export const parameterFileSchema = z
  .object({
    description: z.string().min(1),
    unit: z.enum(parameterUnits),
    basis: z.enum(parameterBases),
    reference: z.string().min(1),
    /** The level that sets the figure, whose administrator enters new values (README "Who sets a figure"). */
    owner: z.enum(figureOwners).optional(),
    /** Region code at natural length (52 Guizhou, 5201 Guiyang, 520123 修文县 …) → effective date → value. */
    values: z.record(regionCodeSchema, regionValuesSchema),
  })
  .meta({ id: 'ParameterFile' });
export type ParameterFile = z.infer<typeof parameterFileSchema>;

/** Every parameter file by name, each checked against the schema (the server seeds them so; tests read them so). */
export function loadParameterFiles(): Record<ParameterName, Parameter> {
  const files = shippedParameterFiles();
  for (const file of Object.values(files)) parameterFileSchema.parse(file);
  return files;
}
