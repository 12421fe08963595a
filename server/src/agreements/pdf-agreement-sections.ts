import type { PDFImage } from 'pdf-lib';
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas';
import {
  agreementPartyLabels,
  agreementParties,
  caregiverRelationLabels,
  parentRoleLabels,
} from '@ccs/shared/agreements/agreement-status';
import { chineseDate, chineseDateTime } from './pdf-dates';
import { pdfMuted, pdfWarning, type PdfPageWriter } from './pdf-page-writer';

// The sections of the printed agreement, in reading order, in the plain words of the app.
const space = '　'; // a full-width space separates fields on one line

function label<T extends Record<string, string>>(labels: T, key: string): string {
  return key in labels ? labels[key as keyof T]! : key;
}

export function writeHeader(writer: PdfPageWriter, agreement: Agreement): void {
  writer.text('委托照护协议', { size: 24, bold: true, align: 'center' });
  writer.text(agreement.template.title, { size: 13, align: 'center', color: pdfMuted });
  writer.gap(4);
  writer.text(
    `协议编号 ${agreement.id}${space}${agreement.village.name}${space}状态：${agreement.statusLabel}`,
    { size: 10, align: 'center', color: pdfMuted },
  );
  writer.gap(8);
  if (agreement.signatures.length < agreementParties.length) {
    writer.text('这份协议还没有全部签字，双方都签字后才算数。', { bold: true, align: 'center', color: pdfWarning });
    writer.gap(4);
  }
  writer.text(
    '孩子的父母（委托人）外出打工期间，把孩子托付给下面这位照护人（受委托照护人）照顾。双方商量好了，按下面写的去做。',
  );
}

export function writeParties(writer: PdfPageWriter, agreement: Agreement): void {
  writer.heading('一、孩子');
  for (const child of agreement.children) writer.text(`${child.name}${space}身份证号 ${child.maskedResidentId}`);

  writer.heading('二、照护人（受委托照护人）');
  const { caregiver } = agreement;
  writer.text(`${caregiver.name}${space}是孩子的${label(caregiverRelationLabels, caregiver.relation)}`);
  writer.text(`电话 ${caregiver.phone}${space}身份证号 ${caregiver.maskedResidentId}`);
  if (agreement.caregiverDeclaration) writer.text('照护人说明：我身体健康，有能力照顾好孩子。');

  writer.heading('三、孩子的父母（委托人）');
  for (const parent of agreement.parents) {
    writer.text(`${label(parentRoleLabels, parent.role)} ${parent.name}${space}电话 ${parent.phone}`);
    writer.text(`打工的地方：${parent.workPlace}`, { indent: 26 });
  }

  writer.heading('四、有急事找谁（紧急联系人）');
  for (const contact of agreement.emergencyContacts) {
    writer.text(`${contact.name}（${contact.relation}）${space}电话 ${contact.phone}`);
  }

  writer.heading('五、照护多长时间');
  writer.text(`从 ${chineseDate(agreement.period.start)} 到 ${chineseDate(agreement.period.end)}`);
}

export function writeDuties(writer: PdfPageWriter, agreement: Agreement): void {
  writer.heading('六、要做到的事');
  agreement.template.duties.forEach((duty, index) => {
    const number = `${index + 1}. `;
    writer.ensureSpace(2 * 13 * 1.55); // a duty's title never sits alone at the foot of a page
    writer.text(`${number}${duty.title}`, { bold: true });
    writer.text(duty.text, { indent: 18 });
    writer.gap(3);
  });
}

export function writeSignatures(
  writer: PdfPageWriter,
  agreement: Agreement,
  images: Partial<Record<(typeof agreementParties)[number], PDFImage>>,
): void {
  writer.ensureSpace(210); // heading and both signatures on one page
  writer.heading('七、签字');
  const columnWidth = (writer.contentWidth - 24) / 2;
  const box = { width: columnWidth, height: 80 };
  writer.block(150, (page, top) => {
    agreementParties.forEach((party, column) => {
      const x = writer.margin + column * (columnWidth + 24);
      const signature = agreement.signatures.find((item) => item.party === party);
      page.drawText(agreementPartyLabels[party], { x, y: top - 14, size: 13, font: writer.fonts.bold });
      const boxTop = top - 24;
      page.drawRectangle({ x, y: boxTop - box.height, ...box, borderColor: pdfMuted, borderWidth: 0.5 });
      const image = images[party];
      if (image) {
        const scale = Math.min((box.width - 8) / image.width, (box.height - 8) / image.height);
        const width = image.width * scale;
        const height = image.height * scale;
        page.drawImage(image, { x: x + (box.width - width) / 2, y: boxTop - box.height + (box.height - height) / 2, width, height });
      }
      const lines = signature
        ? [`姓名：${signature.name}`, `签字时间：${chineseDateTime(signature.at)}`]
        : ['还没有签字'];
      lines.forEach((line, index) => {
        page.drawText(line, { x, y: boxTop - box.height - 18 - index * 19, size: 12, font: writer.fonts.regular });
      });
    });
  });
}

export function writeVerification(
  writer: PdfPageWriter,
  agreement: Agreement,
  qrCode: PDFImage | null,
  verificationUrl: string | null,
): void {
  const qrSize = 112;
  writer.ensureSpace(qrSize + 60);
  writer.heading('八、查真假（核验）');
  const textIndent = qrCode ? qrSize + 16 : 0;
  writer.ensureSpace(qrSize + 10);
  const top = writer.y;
  if (qrCode) writer.page.drawImage(qrCode, { x: writer.margin, y: top - qrSize, width: qrSize, height: qrSize });
  if (verificationUrl) {
    writer.text('用手机扫一扫左边的二维码，或打开下面的网址，可以查这份协议和村里存档的是不是一样、谁在什么时候签的字。', {
      size: 12,
      indent: textIndent,
    });
    writer.text(verificationUrl, { size: 10, indent: textIndent, color: pdfMuted });
    if (agreement.verificationCode) writer.text(`核验码：${agreement.verificationCode}`, { size: 12, indent: textIndent });
  } else {
    writer.text('第一个人签字后才有核验二维码。', { size: 12, indent: textIndent });
  }
  // What a person types on the verification page to check this paper; the full hash for those who check the seal.
  writer.text(`防伪码：${agreement.checkCode ?? '第一个人签字后生成'}`, { size: 16, indent: textIndent });
  writer.text('完整校验值（SHA-256，协议内容改动任何一个字都会变）：', { size: 10, indent: textIndent, color: pdfMuted });
  writer.text(agreement.contentHash ?? '第一个人签字后生成', { size: 9, indent: textIndent, color: pdfMuted });
  writer.y = Math.min(writer.y, top - qrSize - 6);
  writer.gap(8);
  writer.text('为保护个人隐私，本协议上的身份证号只显示前后几位，中间用 * 号代替。', { size: 11, color: pdfMuted });
}
