import { holidayYearProblems, type HolidayYear } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { insertOnce } from '../db/insert-once';
import { holidayYearModel } from './holiday-year-model';
import { recomputeProvisionalDueDates } from './recompute-provisional-due-dates';

/**
 * Enters a year's holidays from the State Council's notice as the next version of that year, after checking it
 * is complete (every statutory holiday, each in its place); then counts again the due dates left provisional.
 */
export async function enterHolidayYear(deps: Pick<AppDeps, 'db'>, principal: Principal, entry: HolidayYear, now = new Date()) {
  const problems = holidayYearProblems(entry);
  if (problems.length > 0) throw new AppError('HOLIDAY_YEAR_INCOMPLETE', { data: { problems: problems.join('') }, detail: problems.join(' ') });
  const Years = holidayYearModel(deps.db);
  // Two administrators saving at once each get a version of their own: the insert of `<year>#<n>` is the claim.
  for (let version = (await Years.countDocuments({ year: entry.year })) + 1; ; version += 1) {
    const doc = { _id: `${entry.year}#${version}`, ...entry, version, enteredBy: principal.accountId, enteredAt: now };
    if (await insertOnce(Years, doc)) {
      return { year: entry.year, version, notice: entry.notice, recomputedDueDates: await recomputeProvisionalDueDates(deps.db) };
    }
  }
}
