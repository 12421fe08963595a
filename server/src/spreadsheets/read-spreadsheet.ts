// Loaded on first use: exceljs adds seconds to every start of the API (and of each test file) otherwise.
import type ExcelJS from 'exceljs';
import { AppError } from '../errors/app-error';
import { checkZipSize } from './check-zip-size';

/** A column the reader looks for by its header; `headers` are the names accepted, the first is the template's. */
export interface SpreadsheetColumn<K extends string = string> {
  key: K;
  headers: readonly string[];
  required?: boolean;
}

export interface SpreadsheetLimits {
  /** Data rows after the header row; one more is refused before any row is checked. */
  maxRows: number;
  /** What the .xlsx may unpack to (its XML), checked while inflating. */
  maxUnpackedBytes: number;
}

export interface SpreadsheetRow<K extends string = string> {
  /** The row number as Excel or WPS shows it, so a report can name the row the person sees. */
  rowNumber: number;
  /** Each cell as trimmed text: numbers written out in full (a phone number typed as a number stays 11 digits), dates as YYYY-MM-DD. */
  values: Record<K, string>;
}

/** Leading and trailing spaces and a note in brackets (手机号（必填）) do not change which column a header names. */
const normalHeader = (text: string) => text.replace(/[（(].*?[）)]/g, '').replace(/\s+/g, '').toLowerCase();

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value).trim();
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

/**
 * Reads the first worksheet of an .xlsx into rows keyed by column: the header row is the first row naming a
 * known column (a title line above it is allowed), columns may come in any order, unknown ones are ignored,
 * empty rows are skipped. Every way a file can be wrong is an AppError with a Chinese message, never a 500:
 * not an .xlsx (an old .xls or a CSV renamed), damaged, too big unpacked, a required header missing, no data
 * rows, too many rows.
 */
export async function readSpreadsheet<K extends string>(
  file: Buffer,
  columns: readonly SpreadsheetColumn<K>[],
  limits: SpreadsheetLimits,
): Promise<SpreadsheetRow<K>[]> {
  const zip = file.length >= 4 ? checkZipSize(file, limits.maxUnpackedBytes) : 'notZip';
  if (zip === 'notZip') throw new AppError('SPREADSHEET_NOT_XLSX');
  if (zip === 'tooLarge') throw new AppError('SPREADSHEET_TOO_LARGE');
  const workbook = new (await import('exceljs')).default.Workbook();
  try {
    await workbook.xlsx.load(file as never);
  } catch (error) {
    throw new AppError('SPREADSHEET_UNREADABLE', { cause: error });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('SPREADSHEET_UNREADABLE', { detail: 'no worksheet' });

  const byHeader = new Map(columns.flatMap((column) => column.headers.map((header) => [normalHeader(header), column.key] as const)));
  let headerRow = 0;
  const positions = new Map<K, number>();
  sheet.eachRow((row, rowNumber) => {
    if (headerRow) return;
    row.eachCell((cell, col) => {
      const key = byHeader.get(normalHeader(cellText(cell.value)));
      if (key && !positions.has(key)) positions.set(key, col);
    });
    if (positions.size > 0) headerRow = rowNumber;
  });
  const missing = columns.filter((column) => column.required && !positions.has(column.key));
  if (missing.length > 0) {
    throw new AppError('SPREADSHEET_COLUMNS_MISSING', { data: { columns: missing.map((column) => column.headers[0]).join('、') } });
  }

  const rows: SpreadsheetRow<K>[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const values = Object.fromEntries(columns.map((column) => {
      const col = positions.get(column.key);
      return [column.key, col ? cellText(row.getCell(col).value) : ''];
    })) as Record<K, string>;
    if (Object.values<string>(values).some((text) => text !== '')) rows.push({ rowNumber, values });
  });
  if (rows.length === 0) throw new AppError('SPREADSHEET_EMPTY');
  if (rows.length > limits.maxRows) throw new AppError('SPREADSHEET_TOO_MANY_ROWS', { data: { max: String(limits.maxRows) } });
  return rows;
}
