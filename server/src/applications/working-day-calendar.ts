import { createWorkingDayCalendar } from '@ccs/shared';

/** The package's holiday data; officially announced schedules for later years are added here as data. */
export const workingDayCalendar = createWorkingDayCalendar();
