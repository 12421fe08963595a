import type { IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { addWorkingDays, type DueDate } from '../calendar/working-days';
import { valueIn, type ParameterSet } from '../rules/parameters';
import type { ProgrammeId } from '../rules/programmes';
import type { ReviewStatus } from './application-status';
import { stageTimeLimit } from './programme-routing';

/**
 * When a stage must finish: its time limit in working days (a parameter of the programme, stage and
 * region) counted from the day the stage received the case, that day not counted (docs/policy.md
 * "How an application travels").
 */
export function stageDueDate(
  programme: ProgrammeId,
  stage: ReviewStatus,
  regionCode: string,
  receivedOn: IsoDate,
  params: ParameterSet,
  calendar: WorkingDayCalendar,
): DueDate {
  const workingDays = valueIn(params, stageTimeLimit(programme, stage), regionCode, receivedOn);
  return addWorkingDays(receivedOn, workingDays, calendar);
}
