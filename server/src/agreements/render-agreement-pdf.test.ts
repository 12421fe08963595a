import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas';
import { currentAgreementTemplate } from '@ccs/shared/agreements/agreement-template';
import { renderAgreementPdf } from './render-agreement-pdf';

const artifacts = join(import.meta.dirname, '..', '..', '..', 'tests', 'artifacts');
const contentHash = 'b5f3c1a9e0d24f7c8a6b1e3d5f7092c4a8e6d0b2f4c6e8a0b2d4f6a8c0e2b4d6';

const agreement: Agreement = {
  id: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  status: 'filed',
  statusLabel: '已存档',
  children: [
    { id: 'c1', name: '张小雨', maskedResidentId: '520123********0025' },
    { id: 'c2', name: '张小龙', maskedResidentId: '520123********0031' },
  ],
  caregiver: { name: '李秀兰', maskedResidentId: '520123********0047', phone: '13900000009', relation: 'grandparent' },
  caregiverDeclaration: true,
  parents: [
    { role: 'father', name: '张伟', phone: '13900000002', workPlace: '广东省东莞市长安镇 某某电子有限公司（流水线）' },
    { role: 'mother', name: '王芳', phone: '13900000001', workPlace: '浙江省宁波市北仑区 服装厂' },
  ],
  emergencyContacts: [{ name: '张国强', phone: '13900000010', relation: '伯伯' }],
  period: { start: '2026-12-01', end: '2027-11-30' },
  template: {
    id: currentAgreementTemplate.id,
    version: currentAgreementTemplate.version,
    title: currentAgreementTemplate.title,
    duties: currentAgreementTemplate.duties,
  },
  contentHash,
  checkCode: 'K7PX-3MQ9',
  signatures: [
    { party: 'parent', name: '张伟', at: '2026-11-20T06:05:00.000Z', contentHash, imageHash: 'a'.repeat(64) },
    { party: 'caregiver', name: '李秀兰', at: '2026-11-21T01:30:00.000Z', contentHash, imageHash: 'b'.repeat(64) },
  ],
  voidedSignatures: [],
  village: { code: '520123103201', name: '六广镇六广村' },
  verificationCode: 'K7Q2M9XA',
  verificationPath: '/#/packages/agreements/pages/verify/index?code=K7Q2M9XA',
  filedAt: '2026-11-22T02:00:00.000Z',
  viewerParty: 'parent',
  caregiverJoined: true,
  supersedes: null,
  supersededBy: null,
  pendingReplacement: null,
  termination: null,
  caregiverUnable: null,
  declined: null,
  version: 5,
  updatedAt: '2026-11-22T02:00:00.000Z',
};

/** A hand-drawn-looking stroke on a transparent canvas, like the signature pad's PNG. */
function drawnSignature(waves: number): Buffer {
  const png = new PNG({ width: 360, height: 120 });
  for (let x = 20; x < 340; x += 0.25) {
    const y = 60 + 35 * Math.sin((x / 320) * waves * Math.PI) * Math.cos(x / 47);
    for (let dx = -2; dx <= 2; dx += 1) {
      for (let dy = -2; dy <= 2; dy += 1) {
        const index = (Math.round(y + dy) * png.width + Math.round(x + dx)) * 4;
        png.data.set([20, 20, 60, 255], index);
      }
    }
  }
  return PNG.sync.write(png);
}

describe('renderAgreementPdf', () => {
  it('prints the signed agreement in Chinese with signatures, hash and QR code, small enough to send', async () => {
    const pdf = await renderAgreementPdf({
      agreement,
      signatureImages: { parent: drawnSignature(3), caregiver: drawnSignature(5) },
      verificationUrl: `https://care.example.cn${agreement.verificationPath}`,
    });
    mkdirSync(artifacts, { recursive: true });
    const pdfPath = join(artifacts, 'agreement.pdf');
    writeFileSync(pdfPath, pdf);

    // The font is a subset: a full Noto Sans SC is ~10 MB.
    expect(pdf.byteLength).toBeLessThan(300_000);
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansSC-Regular.*CID TrueType.*yes/);

    // The text layer is real Chinese (searchable, copyable), not images or boxes.
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    for (const expected of [
      '委托照护协议',
      '张小雨',
      '张小龙',
      '李秀兰',
      '祖父母或外祖父母',
      '广东省东莞市长安镇',
      '2026年12月1日',
      '2027年11月30日',
      '防溺水',
      '父母每周联系孩子',
      '签字时间：2026年11月20日 14:05',
      '签字时间：2026年11月21日 09:30',
      '身份证号只显示前后几位',
    ]) {
      expect(text).toContain(expected);
    }
    // The 防伪码 a person types, in large print; the full hash beside it for those who check the seal.
    expect(text).toContain('防伪码：K7PX-3MQ9');
    expect(text).toContain('完整校验值');
    expect(text.replace(/\s/g, '')).toContain(contentHash);
    expect(text).not.toMatch(/520123\d{8}/); // no full ID number anywhere

    // Page 1 as a picture for a person to look at (tests/artifacts/agreement-1.png …).
    execFileSync('pdftoppm', ['-png', '-r', '80', pdfPath, join(artifacts, 'agreement')]);
  });
});
