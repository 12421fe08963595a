import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet, type SpreadsheetColumn } from './read-spreadsheet';
import { spreadsheetTemplate } from './spreadsheet-template';

const columns: SpreadsheetColumn<'name' | 'phone' | 'note'>[] = [
  { key: 'name', headers: ['姓名'], required: true },
  { key: 'phone', headers: ['手机号', '手机号码'], required: true },
  { key: 'note', headers: ['备注'] },
];
const limits = { maxRows: 3, maxUnpackedBytes: 1024 * 1024 };

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('表1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: { code: string; options: { data?: unknown } }) => ({ code: error.code, data: error.options.data }));

describe('reading a filled-in spreadsheet', () => {
  it('reads the template back: its headers, its example row and the row number a person sees', async () => {
    const file = await spreadsheetTemplate('花名册', [{ header: '姓名' }, { header: '手机号', note: '11位' }], [['王秀英', '13800000001']]);
    expect(await readSpreadsheet(file, columns, limits)).toEqual([{ rowNumber: 2, values: { name: '王秀英', phone: '13800000001', note: '' } }]);
  });

  it('finds the header under a title line, in any order, with notes in brackets, and skips empty rows', async () => {
    const file = await workbook([
      ['修文县儿童工作人员名单'],
      ['备注', '手机号码（必填）', ' 姓名 ', '其他'],
      ['新来的', 13800000002, { richText: [{ text: '李' }, { text: '四' }] }, 'x'],
      [],
      [null, { formula: '"1390000"&"0003"', result: '13900000003' }, '张三'],
    ]);
    expect(await readSpreadsheet(file, columns, limits)).toEqual([
      { rowNumber: 3, values: { name: '李四', phone: '13800000002', note: '新来的' } },
      { rowNumber: 5, values: { name: '张三', phone: '13900000003', note: '' } },
    ]);
  });

  it('names the required columns that are missing', async () => {
    expect(await refusal(readSpreadsheet(await workbook([['姓名', '电话'], ['王', '1']]), columns, limits))).toEqual({
      code: 'SPREADSHEET_COLUMNS_MISSING',
      data: { columns: '手机号' },
    });
  });

  it('refuses a sheet with no rows under the header, and one with more rows than the limit, before reading a row', async () => {
    expect((await refusal(readSpreadsheet(await workbook([['姓名', '手机号']]), columns, limits)))?.code).toBe('SPREADSHEET_EMPTY');
    const many = await workbook([['姓名', '手机号'], ...Array.from({ length: 4 }, (_, i) => [`人${i}`, '1'])]);
    expect(await refusal(readSpreadsheet(many, columns, limits))).toEqual({ code: 'SPREADSHEET_TOO_MANY_ROWS', data: { max: '3' } });
  });

  it('tells an old .xls, a CSV and an empty file from a spreadsheet, and a cut-off .xlsx from a readable one', async () => {
    const xls = Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex');
    for (const file of [xls, Buffer.from('姓名,手机号\n王,138\n'), Buffer.alloc(0)]) {
      expect((await refusal(readSpreadsheet(file, columns, limits)))?.code).toBe('SPREADSHEET_NOT_XLSX');
    }
    const good = await workbook([['姓名', '手机号'], ['王', '138']]);
    expect((await refusal(readSpreadsheet(good.subarray(0, good.length - 200), columns, limits)))?.code).toBe('SPREADSHEET_NOT_XLSX');
    const garbled = Buffer.from(good);
    garbled.fill(7, 200, 600);
    expect(['SPREADSHEET_NOT_XLSX', 'SPREADSHEET_UNREADABLE']).toContain((await refusal(readSpreadsheet(garbled, columns, limits)))?.code);
  });

  it('refuses a small file that unpacks to more than the limit (a zip bomb), whatever size it declares', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(4 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(10_000);
    expect((await refusal(readSpreadsheet(bomb, columns, limits)))?.code).toBe('SPREADSHEET_TOO_LARGE');
  });
});

/** A one-entry zip that declares its unpacked size as 1 byte. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1, 24);
  central.writeUInt16LE(fileName.length, 28);
  const directoryOffset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}
