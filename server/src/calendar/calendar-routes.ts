import { z } from 'zod';
import { calendarHorizonSchema, holidayYearSchema } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute, WithStatus } from '../http/define-route';
import { calendarHorizonOf } from './calendar-horizon-of';
import { enterHolidayYear } from './enter-holiday-year';

const tag = 'calendar';

const enteredYearSchema = z
  .object({ year: z.number().int(), version: z.number().int(), notice: z.string(), recomputedDueDates: z.number().int() })
  .meta({ id: 'EnteredHolidayYear' });

/** The working-day calendar's reach, and the entry of a year's official holidays when the package runs out. */
export function calendarRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/staff/calendar',
      summary: '工作日历：已知放假安排到哪一年为止，距离用完还有多少天（60天内提示录入下一年）；已录入的年份及其通知文号',
      tag,
      access: ['childDirector', 'childSupervisor', 'countyOfficer', 'admin'],
      response: calendarHorizonSchema,
      handler: () => calendarHorizonOf(deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/staff/calendar/years',
      summary: '录入一年的法定节假日和调休上班日（依据国务院办公厅通知，填写文号）；检查七个法定节日齐全后保存为该年的新版本，并重新计算跨年未定的办理期限',
      tag,
      access: ['countyOfficer', 'admin'],
      body: holidayYearSchema,
      response: enteredYearSchema,
      audit: {
        action: 'calendar.enterYear',
        record: ({ principal, body }, result: { version: number; recomputedDueDates: number }) => ({
          target: { kind: 'holidayYear', id: `${body.year}#${result.version}` },
          regionCodes: principal.regionScope ? [principal.regionScope] : [],
          detail: { notice: body.notice, recomputedDueDates: result.recomputedDueDates },
        }),
      },
      handler: async ({ principal, body }) => new WithStatus(201, await enterHolidayYear(deps, principal, body)),
    }),
  ];
}
