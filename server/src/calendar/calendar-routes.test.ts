import { beforeAll, describe, expect, it } from 'vitest';
import { announcedScheduleOf, createWorkingDayCalendar, errorMessages, stageDueDate, toIsoDate } from '@ccs/shared';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { signInFamily, signInStaff, startDraft, submitDraft } from '../../test-support/case-fixtures';
import { holidayYear2027 } from '../../test-support/holiday-year-fixtures';
import { applicationModel } from '../applications/application-model';
import { loadParameterSet } from '../parameters/load-parameter-set';

const county = seededCountySuite();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  for (const username of ['county', 'admin', 'director01']) tokens[username] = await signInStaff(county.server, username);
  tokens.family = await signInFamily(county.server, '13900000031');
}, 120_000);

const horizon = async () => (await county.api.get('/api/staff/calendar', tokens.county)).body;

describe('the working-day calendar past its holiday package', () => {
  it('tells staff how far the calendar reaches and warns within 60 days of its end', async () => {
    const daysLeft = Math.round((Date.parse('2026-12-31') - Date.parse(toIsoDate(new Date()))) / 86_400_000);
    expect(await horizon()).toEqual({ lastKnownYear: 2026, knownUntil: '2026-12-31', daysLeft, warn: daysLeft <= 60, enteredYears: [] });
    // The director sees the same warning; only county officers and admins enter a year.
    expect((await county.api.get('/api/staff/calendar', tokens.director01)).status).toBe(200);
    expect((await county.api.post('/api/staff/calendar/years', holidayYear2027, tokens.director01)).status).toBe(403);
  });

  it('refuses a year without every statutory holiday, or with a weekday as a make-up day, saying what to fix', async () => {
    const incomplete = {
      ...holidayYear2027,
      festivals: holidayYear2027.festivals.filter((block) => block.festival !== '中秋节').map((block) => (block.festival === '国庆节' ? { ...block, from: '2027-10-02' } : block)),
      workdays: [...holidayYear2027.workdays, '2027-03-03'],
    };
    const res = await county.api.post('/api/staff/calendar/years', incomplete, tokens.admin);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('HOLIDAY_YEAR_INCOMPLETE');
    expect(res.body.message).toBe(
      errorMessages.HOLIDAY_YEAR_INCOMPLETE.replace(
        '{problems}',
        '缺少中秋节的放假安排。国庆节的放假日期要包括10月1日（2027年），请核对。2027-03-03不是周六或周日，本来就要上班，不用填作调休上班日。',
      ),
    );
    expect((await horizon()).enteredYears).toEqual([]);
  });

  it('entering the year counts again a due date that crossed into it, and the family sees it settled', async () => {
    const id = await startDraft(county.server, tokens.family!);
    await submitDraft(county.server, tokens.family!, id);
    // The case reached its holder on 2026-12-28: its count ran into 2027, which the package does not know.
    const params = await loadParameterSet(county.server.deps.db);
    const doc = (await applicationModel(county.server.deps.db).findById(id).lean())!;
    const receivedOn = '2026-12-28';
    const provisional = stageDueDate(doc.programme, doc.status as never, doc.holder!.regionCode, receivedOn, params, createWorkingDayCalendar());
    expect(provisional.provisional).toBe(true);
    const history = doc.history.map((entry, index) => (index === doc.history.length - 1 ? { ...entry, at: new Date(`${receivedOn}T10:00:00+08:00`), dueDate: provisional.date } : entry));
    await applicationModel(county.server.deps.db).updateOne({ _id: doc._id }, { $set: { history, dueDate: provisional.date, dueProvisional: true } });

    const entered = await county.api.post('/api/staff/calendar/years', holidayYear2027, tokens.admin);
    expect(entered.status).toBe(201);
    expect(entered.body).toEqual({ year: 2027, version: 1, notice: '国办发明电〔2026〕9号', recomputedDueDates: 1 });

    // New Year's Day 2027 is now a day off: the count ends a working day later, and is no longer provisional.
    const settled = stageDueDate(doc.programme, doc.status as never, doc.holder!.regionCode, receivedOn, params, createWorkingDayCalendar([announcedScheduleOf(holidayYear2027)]));
    expect(settled).toEqual({ date: expect.any(String), provisional: false });
    expect(settled.date > provisional.date).toBe(true);
    const seen = (await county.api.get(`/api/applications/${id}`, tokens.family)).body;
    expect(seen).toMatchObject({ dueDate: settled.date, dueProvisional: false });

    const now = await horizon();
    expect(now).toMatchObject({ lastKnownYear: 2027, knownUntil: '2027-12-31', warn: false });
    expect(now.enteredYears).toEqual([{ year: 2027, notice: '国办发明电〔2026〕9号', version: 1, enteredAt: expect.any(String) }]);
  });

  it('keeps every entry: a corrected notice is the next version, and the audit log names who entered which', async () => {
    const corrected = { ...holidayYear2027, notice: '国办发明电〔2026〕10号' };
    expect((await county.api.post('/api/staff/calendar/years', corrected, tokens.county)).body).toMatchObject({ version: 2 });
    expect((await horizon()).enteredYears).toEqual([{ year: 2027, notice: '国办发明电〔2026〕10号', version: 2, enteredAt: expect.any(String) }]);
    const audit = (await county.api.get('/api/audit?action=calendar.enterYear', tokens.county)).body;
    expect(audit.entries.map((entry: { target: { id: string } }) => entry.target.id).sort()).toEqual(['2027#1', '2027#2']);
  });
});
