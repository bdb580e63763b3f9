import { execFileSync } from 'node:child_process';

const SCRIPT = `
import { PDFParse } from 'pdf-parse';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
const { text } = await parser.getText();
await parser.destroy();
process.stdout.write(text);
`;

/** The text of a PDF, read by pdf-parse in a plain Node process (pdf.js needs dynamic import, which jest's VM lacks). */
export function pdfText(pdf: Buffer): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { input: pdf, cwd: __dirname, encoding: 'utf8' });
}
