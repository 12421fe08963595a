import { figureEntryRefusal, figureOwnerLabels, shippedParameterFiles, unitRangeText, type FigureEntry, type Parameter } from '@ccs/shared';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';

/**
 * The shipped figure an administrator may enter a value of, or the refusal (`figureEntryRefusal`) with its Chinese
 * message's data. Who sets a figure is part of the release (the files' `owner`), not of the database.
 */
export function checkFigureEntry(principal: Principal, name: string, entry: Pick<FigureEntry, 'regionCode' | 'value'>): Parameter {
  const parameter = (shippedParameterFiles() as Record<string, Parameter>)[name];
  if (!parameter) throw new AppError('PARAMETER_NOT_FOUND', { detail: name });
  const refusal = figureEntryRefusal(parameter, entry, principal.regionScope ?? '');
  if (refusal === 'FIGURE_WRONG_LEVEL') throw new AppError(refusal, { data: { owner: figureOwnerLabels[parameter.owner!] }, detail: `${name} ${entry.regionCode}` });
  if (refusal === 'FIGURE_OUT_OF_RANGE') throw new AppError(refusal, { data: { range: unitRangeText(parameter.unit) }, detail: `${name} ${entry.value}` });
  if (refusal) throw new AppError(refusal, { detail: `${name} ${entry.regionCode}` });
  return parameter;
}
