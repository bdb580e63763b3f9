import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { readFileSync } from 'node:fs';
import { Locale } from '../common/locale';
import { certificateTexts, formatDate } from './certificate-texts';

export interface CertificatePrint {
  code: string;
  holderName: string;
  courseTitle: string;
  hours: number;
  issuer: string;
  issuedAt: Date;
  locale: Locale;
  verifyUrl: string;
  revoked: boolean;
}

/**
 * DejaVu covers Latin, Greek, Cyrillic and more, so names print as written. Parsed once and
 * shared by every document: given the file's bytes, pdfkit would decode the font's tables
 * again for each certificate, which cost more than the rest of the page.
 */
const parse = (file: string) => fontkit.create(readFileSync(require.resolve(file))) as fontkit.Font;
const fonts = {
  regular: parse('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: parse('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};
/** pdfkit takes a parsed font as well as a file, though its typings name only files. */
type FontSource = Parameters<PDFKit.PDFDocument['registerFont']>[1];

const INK = '#1d2b3a';
const ACCENT = '#0f5c63';
const MUTED = '#5b6b7a';

export async function renderCertificatePdf(print: CertificatePrint): Promise<Buffer> {
  const t = certificateTexts(print.locale);
  const qr = await QRCode.toBuffer(print.verifyUrl, { margin: 0, width: 240, errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0, info: { Title: `${t.certificate}: ${print.holderName}`, Author: print.issuer, Subject: print.courseTitle } });
  doc.registerFont('regular', fonts.regular as unknown as FontSource);
  doc.registerFont('bold', fonts.bold as unknown as FontSource);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { width, height } = doc.page;
  const inner = { x: 60, width: width - 120 };
  doc.rect(24, 24, width - 48, height - 48).lineWidth(2).stroke(ACCENT);
  doc.rect(32, 32, width - 64, height - 64).lineWidth(0.5).stroke(ACCENT);

  const centered = (text: string, font: string, size: number, color: string, y: number) =>
    doc.font(font).fontSize(size).fillColor(color).text(text, inner.x, y, { width: inner.width, align: 'center' });

  centered(print.issuer.toUpperCase(), 'regular', 11, MUTED, 70);
  centered(t.certificate, 'bold', 34, ACCENT, 100);
  centered(t.certifies, 'regular', 14, INK, 170);
  centered(print.holderName, 'bold', 30, INK, 198);
  centered(t.completed, 'regular', 14, INK, doc.y + 14);
  centered(print.courseTitle, 'bold', 20, ACCENT, doc.y + 8);
  centered(`${t.hours(print.hours)} · ${t.completedOn} ${formatDate(print.issuedAt, print.locale)}`, 'regular', 13, INK, doc.y + 14);
  if (print.revoked) centered(t.revoked.toUpperCase(), 'bold', 18, '#a11d2b', doc.y + 12);

  const footerY = height - 150;
  doc.font('regular').fontSize(10).fillColor(MUTED).text(t.issuedBy, 70, footerY);
  doc.font('bold').fontSize(12).fillColor(INK).text(print.issuer, 70, footerY + 14, { width: 380 });
  doc.font('regular').fontSize(10).fillColor(MUTED).text(t.code, 70, footerY + 54);
  doc.font('bold').fontSize(14).fillColor(INK).text(print.code, 70, footerY + 68, { characterSpacing: 1 });
  doc.font('regular').fontSize(9).fillColor(MUTED).text(`${t.verifyAt} ${print.verifyUrl}`, 70, footerY + 90, { width: 520, link: print.verifyUrl });
  doc.image(qr, width - 70 - 96, footerY - 4, { width: 96, height: 96 });
  doc.end();
  return done;
}
