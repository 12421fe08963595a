import { PDFDocument, type PDFImage } from 'pdf-lib';
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas';
import type { AgreementParty } from '@ccs/shared/agreements/agreement-status';
import { writeDuties, writeHeader, writeParties, writeSignatures, writeVerification } from './pdf-agreement-sections';
import { loadPdfFonts } from './pdf-fonts';
import { pdfFontkit } from './pdf-fontkit';
import { PdfPageWriter } from './pdf-page-writer';
import { pdfQrCode } from './pdf-qr-code';

export interface AgreementPdfInput {
  agreement: Agreement;
  /** Each party's hand-drawn signature (PNG) on the current content, for those who have signed. */
  signatureImages: Partial<Record<AgreementParty, Uint8Array>>;
  /** The absolute verification link the QR code carries; null while nothing is sealed. */
  verificationUrl: string | null;
}

/**
 * The agreement as an A4 PDF for printing and for the village's file: everything the parties agreed to in plain
 * Chinese, the signatures with names and times, the content hash and a QR code to the verification page.
 * Noto Sans SC is embedded as a subset of the glyphs used, so the file opens the same on any phone or printer.
 */
export async function renderAgreementPdf(input: AgreementPdfInput): Promise<Uint8Array> {
  const { agreement, signatureImages, verificationUrl } = input;
  const doc = await PDFDocument.create();
  doc.registerFontkit(pdfFontkit);
  doc.setTitle(`委托照护协议 ${agreement.children.map((child) => child.name).join('、')}`, { showInWindowTitleBar: true });
  doc.setLanguage('zh-CN');
  doc.setCreator('儿童关爱服务');
  doc.setProducer('儿童关爱服务');

  const fontFiles = await loadPdfFonts();
  const fonts = {
    regular: await doc.embedFont(fontFiles.regular, { subset: true }),
    bold: await doc.embedFont(fontFiles.bold, { subset: true }),
  };
  const images: Partial<Record<AgreementParty, PDFImage>> = {};
  for (const [party, bytes] of Object.entries(signatureImages) as [AgreementParty, Uint8Array | undefined][]) {
    if (bytes) images[party] = await doc.embedPng(bytes);
  }
  const qrCode = verificationUrl ? await doc.embedPng(await pdfQrCode(verificationUrl)) : null;

  const writer = new PdfPageWriter(doc, fonts);
  writeHeader(writer, agreement);
  writeParties(writer, agreement);
  writeDuties(writer, agreement);
  writeSignatures(writer, agreement, images);
  writeVerification(writer, agreement, qrCode, verificationUrl);
  writer.numberPages();
  return doc.save();
}
