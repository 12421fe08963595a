import { PageSizes, rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { wrapText } from './pdf-wrap-text';

export interface PdfTextStyle {
  size?: number;
  bold?: boolean;
  /** Extra left indent of every line, in points. */
  indent?: number;
  /** Left indent of the wrapped lines after the first (a hanging label or number). */
  hangingIndent?: number;
  color?: RGB;
  align?: 'left' | 'center';
}

export const pdfInk = rgb(0.1, 0.1, 0.1);
export const pdfMuted = rgb(0.35, 0.35, 0.35);
export const pdfWarning = rgb(0.75, 0.1, 0.1);
const lineHeightRatio = 1.55;

/**
 * Writes top to bottom on A4 pages, starting a new page when the next line or block does not fit, so the
 * caller thinks in paragraphs and blocks rather than coordinates.
 */
export class PdfPageWriter {
  readonly margin = 56;
  readonly pageWidth = PageSizes.A4[0];
  readonly pageHeight = PageSizes.A4[1];
  readonly contentWidth = this.pageWidth - 2 * this.margin;
  page!: PDFPage;
  y = 0;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage([this.pageWidth, this.pageHeight]);
    this.y = this.pageHeight - this.margin;
  }

  /** Makes sure `height` points fit above the bottom margin (plus room for the page number). */
  ensureSpace(height: number): void {
    if (this.y - height < this.margin + 12) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  text(text: string, style: PdfTextStyle = {}): void {
    const { size = 13, bold = false, indent = 0, hangingIndent = 0, color = pdfInk, align = 'left' } = style;
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const widthOf = (value: string) => font.widthOfTextAtSize(value, size);
    const lineHeight = size * lineHeightRatio;
    // Every line wraps at the narrower width so the hanging lines fit; the first line may end a little early.
    const lines = wrapText(text, this.contentWidth - indent - hangingIndent, widthOf);
    lines.forEach((line, index) => {
      this.ensureSpace(lineHeight);
      const lineIndent = indent + (index > 0 ? hangingIndent : 0);
      const x = align === 'center' ? this.margin + (this.contentWidth - widthOf(line)) / 2 : this.margin + lineIndent;
      // Baseline sits about 0.8 of the size below the line's top; the rest of the line height is leading.
      this.page.drawText(line, { x, y: this.y - size * 0.95, size, font, color });
      this.y -= lineHeight;
    });
  }

  /** A bold section heading with a thin rule under it, kept on the same page as the line that follows it. */
  heading(text: string): void {
    this.ensureSpace(15 * lineHeightRatio + 13 * lineHeightRatio + 8);
    this.gap(6);
    this.text(text, { size: 15, bold: true });
    this.rule();
    this.gap(4);
  }

  rule(): void {
    const y = this.y + 2;
    this.page.drawLine({
      start: { x: this.margin, y },
      end: { x: this.margin + this.contentWidth, y },
      thickness: 0.6,
      color: pdfMuted,
    });
  }

  /** Reserves `height` points (on a new page if needed) and lets `draw` place things inside by absolute position. */
  block(height: number, draw: (page: PDFPage, top: number) => void): void {
    this.ensureSpace(height);
    draw(this.page, this.y);
    this.y -= height;
  }

  /** "第 n 页 / 共 m 页" at the foot of every page, so a loose printed page can be put back in order. */
  numberPages(): void {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const label = `第 ${index + 1} 页 / 共 ${pages.length} 页`;
      const size = 10;
      const width = this.fonts.regular.widthOfTextAtSize(label, size);
      page.drawText(label, {
        x: (this.pageWidth - width) / 2,
        y: this.margin / 2,
        size,
        font: this.fonts.regular,
        color: pdfMuted,
      });
    });
  }
}
