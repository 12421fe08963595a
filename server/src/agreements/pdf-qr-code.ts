import QRCode from 'qrcode';

/** The verification link as a PNG QR code; level M survives a crease or a smudge on a printed copy. */
export function pdfQrCode(url: string): Promise<Uint8Array> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 300 });
}
