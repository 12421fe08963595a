import { placeImportColumns } from '@ccs/shared/places/place-import-schemas';
import { placeKindLabels } from '@ccs/shared/services/service-labels';
import { spreadsheetTemplate } from '../spreadsheets/spreadsheet-template';

const notes: Record<string, string> = {
  编号: '选填。留空时按地区和名称认出同一个场所；要修改已有场所的名称，请填它的编号',
  类型: `只能写：${Object.values(placeKindLabels).join('、')}`,
  '村/乡镇/县代码': '12位村（社区）代码、9位乡镇（街道）代码或6位县代码，例如 520123103201',
  电话: '数字和“-”，例如 0851-82351201',
  纬度: '选填，和经度一起填（WGS-84，手机定位的坐标），例如 27.0512；不填则按地区排列',
  经度: '选填，例如 106.5826',
};

/** The places sheet to fill in: the headers, each with a note on what to write (no example row, which would be imported). */
export function placesTemplate(): Promise<Buffer> {
  return spreadsheetTemplate(
    '服务场所',
    placeImportColumns.map((column) => ({ header: column.headers[0], width: column.key === 'address' ? 36 : 18, note: notes[column.headers[0]] })),
  );
}
