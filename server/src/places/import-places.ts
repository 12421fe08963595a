import type { Connection } from 'mongoose';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { isWithinScope } from '@ccs/shared';
import { placeImportColumns, type PlaceImportColumn, type PlaceImportReport, type PlaceImportRow } from '@ccs/shared/places/place-import-schemas';
import { placeKindLabels, placeSchema, type Place, type PlaceKind } from '@ccs/shared/services/service-schemas';
import { readSpreadsheet, type SpreadsheetRow } from '../spreadsheets/read-spreadsheet';
import { findRegion } from '../regions/find-region';
import type { PlaceActor } from './place-access';
import { createPlace } from './create-place';
import { changePlace } from './change-place';
import { loadStaffPlace, placeFieldsOf } from './load-staff-place';

/** A county has a few hundred places (a 儿童之家 in each village); a province imports county by county. */
export const MAX_PLACE_ROWS = 500;
const MAX_PLACE_UNPACKED_BYTES = 20 * 1024 * 1024;

const header = (key: PlaceImportColumn) => placeImportColumns.find((column) => column.key === key)!.headers[0];
/** Which column a field of the place comes from, for naming the column in a refusal. */
const columnOfField: Record<string, PlaceImportColumn> = { id: 'id', name: 'name', kind: 'kind', regionCode: 'region', address: 'address', phone: 'phone', hours: 'hours', location: 'latitude' };

/** 儿童之家, childrenHome, or one of a label's names (医院 of 医院、卫生院). */
const kindByWord = new Map<string, PlaceKind>(
  (Object.entries(placeKindLabels) as [PlaceKind, string][]).flatMap(([kind, label]) => [[kind, kind], [label, kind], ...label.split('、').map((word) => [word, kind] as [string, PlaceKind])]),
);

/** The place a row is: its own 编号, else one made from its region and name, so a repeated upload finds it again. */
const placeIdOf = (values: Record<PlaceImportColumn, string>) =>
  values.id || `p-${createHash('sha256').update(`${values.region}:${values.name}`).digest('hex').slice(0, 16)}`;

type Checked = PlaceImportRow & { place?: Place };

async function checkRow(db: Connection, actor: PlaceActor, { rowNumber, values }: SpreadsheetRow<PlaceImportColumn>): Promise<Checked> {
  const problems: PlaceImportRow['problems'] = [];
  const problem = (key: PlaceImportColumn, message: string) => problems.push({ column: header(key), message });
  const kind = kindByWord.get(values.kind);
  if (values.kind && !kind) problem('kind', `类型只能是：${Object.values(placeKindLabels).join('、')}`);
  let location: Place['location'];
  if (values.latitude || values.longitude) {
    const [latitude, longitude] = [Number(values.latitude), Number(values.longitude)];
    if (!values.latitude || !values.longitude) problem('latitude', '纬度和经度要一起填，不知道就都空着');
    else if (Number.isNaN(latitude) || Number.isNaN(longitude)) problem('latitude', '纬度、经度应为数字，例如 27.0512、106.5826');
    else location = { latitude, longitude };
  }
  const id = placeIdOf(values);
  const candidate = { id, kind: kind ?? values.kind, name: values.name, regionCode: values.region, address: values.address, hours: values.hours, phone: values.phone, ...(location ? { location } : {}) };
  const parsed = placeSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = columnOfField[String(issue.path[0])] ?? 'name';
      if (!(key === 'kind' && !kind && values.kind)) problem(key, issue.message);
    }
  } else if (!actor.regionScope || !isWithinScope(actor.regionScope, parsed.data.regionCode)) {
    problem('region', '不在您负责的地区，只能导入本地区的场所');
  } else if (!(await findRegion(db, parsed.data.regionCode))) {
    problem('region', '没有这个地区代码，请写村（社区）、乡镇（街道）或县的区划代码');
  } else {
    const existing = await loadStaffPlace(db, id);
    if (existing && !(actor.regionScope && isWithinScope(actor.regionScope, existing.regionCode))) problem('id', '这个编号是别的地区的场所');
  }
  return { row: rowNumber, name: values.name, placeId: id, outcome: null, problems, ...(parsed.success && problems.length === 0 ? { place: parsed.data } : {}) };
}

/**
 * Imports a places sheet (.xlsx) all or nothing: every row is checked first, and if any is refused nothing is
 * written and the answer names each row and column. Otherwise each row adds its place, or edits it as a new
 * revision when it reads differently, or leaves it as it is: sending the same file again changes nothing, and a
 * file whose upload was cut off half-way is finished by sending it again.
 */
export async function importPlaces(db: Connection, actor: PlaceActor & { accountId: string }, file: Buffer, now = new Date()): Promise<PlaceImportReport> {
  const rows = await readSpreadsheet(file, placeImportColumns, { maxRows: MAX_PLACE_ROWS, maxUnpackedBytes: MAX_PLACE_UNPACKED_BYTES });
  const checked: Checked[] = [];
  for (const row of rows) checked.push(await checkRow(db, actor, row));
  const firstRowOf = new Map<string, number>();
  for (const row of checked) {
    const first = firstRowOf.get(row.placeId!);
    if (first === undefined) firstRowOf.set(row.placeId!, row.row);
    else row.problems.push({ column: header('name'), message: `和第${first}行是同一个场所（同一地区、同名或同编号），请合并成一行` });
  }
  const view = ({ place: _place, ...row }: Checked): PlaceImportRow => row;
  if (checked.some((row) => row.problems.length > 0)) return { status: 'refused', rows: checked.map(view) };

  const report: PlaceImportRow[] = [];
  for (const { place, ...row } of checked) {
    const existing = await loadStaffPlace(db, place!.id);
    const { id: _id, ...fields } = place!;
    let outcome: PlaceImportRow['outcome'] = 'unchanged';
    if (!existing) {
      await createPlace(db, place!, actor, now);
      outcome = 'added';
    } else if (!isDeepStrictEqual(placeFieldsOf(existing), fields)) {
      await changePlace(db, place!.id, existing.revision ?? 1, { fields }, actor, now);
      outcome = 'updated';
    }
    report.push({ ...row, outcome });
  }
  return { status: 'imported', rows: report };
}
