export interface TemplateColumn {
  header: string;
  /** Column width in characters. */
  width?: number;
  /** Shown as the header cell's comment: what to write, with an example. */
  note?: string;
}

/**
 * An .xlsx to fill in: one sheet, a bold frozen header row, and every column formatted as text so that Excel
 * and WPS keep phone numbers and 12-digit region codes as typed (not 1.38E+10), plus optional example rows.
 */
export async function spreadsheetTemplate(sheetName: string, columns: readonly TemplateColumn[], examples: readonly string[][] = []): Promise<Buffer> {
  // Loaded on first use: exceljs adds seconds to every start of the API (and of each test file) otherwise.
  const workbook = new (await import('exceljs')).default.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 16, style: { numFmt: '@' } }));
  columns.forEach((column, index) => {
    const cell = sheet.getRow(1).getCell(index + 1);
    cell.font = { bold: true };
    if (column.note) cell.note = column.note;
  });
  for (const example of examples) sheet.addRow(example);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
