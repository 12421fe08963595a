import { roleNames, staffRoles } from '@ccs/shared';
import { staffRosterColumns } from '@ccs/shared/staff/staff-import-schemas';
import { spreadsheetTemplate } from '../spreadsheets/spreadsheet-template';

const notes: Record<(typeof staffRosterColumns)[number]['key'], string> = {
  name: '工作人员姓名，如：王秀英',
  phone: '11位手机号，每人一个，不能和别人重复',
  role: `填写其中一个：${staffRoles.map((role) => roleNames[role]).join('、')}`,
  region: '儿童主任填村（社区），儿童督导员填乡镇（街道），县民政局工作人员填县。可写名称（如 六屯镇大木村）或12位区划代码',
  username: '登录用的用户名：3到32位字母、数字、点、下划线或短横线，如 wangxiuying',
};

/** The roster an administrator downloads, fills in Excel or WPS and uploads (`import-staff-roster.ts`). */
export function rosterTemplate(): Promise<Buffer> {
  return spreadsheetTemplate(
    '工作人员花名册',
    staffRosterColumns.map((column) => ({ header: column.headers[0], note: notes[column.key], width: column.key === 'region' ? 24 : 16 })),
  );
}
