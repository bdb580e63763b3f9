// Certificate PDFs generated on demand: time per certificate and PDFs per second.
//   pnpm bench:pdf [count]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { percentile, ROOT, writeResult } from './lib/server.mjs';

const COUNT = Number(process.argv[2] ?? 200);
const { renderCertificatePdf } = createRequire(import.meta.url)(join(ROOT, 'server', 'dist', 'certificates', 'certificate-pdf.js'));
const print = (i) => ({
  code: 'K7Q2M-9XH4T-ABCDE-12345',
  holderName: ['Zoë Nguyễn', 'José Ñúñez Pérez', 'Ελένη Παπαδοπούλου', 'Ольга Иванова'][i % 4],
  courseTitle: 'Derechos Internacionales, Asistencia y Protección de las Mujeres Migrantes',
  hours: 30,
  issuer: 'Conferencia Regional sobre Migración (CRM) y Consular Campus',
  issuedAt: new Date(),
  locale: i % 2 ? 'ES' : 'EN',
  verifyUrl: `https://campus.example.org/verify/K7Q2M-9XH4T-ABCDE-${String(i).padStart(5, '0')}`,
  revoked: false,
});

const firstStart = performance.now();
await renderCertificatePdf(print(0));
const first = performance.now() - firstStart;
const times = [];
const start = performance.now();
for (let i = 0; i < COUNT; i++) {
  const t0 = performance.now();
  await renderCertificatePdf(print(i));
  times.push(performance.now() - t0);
}
const seconds = (performance.now() - start) / 1000;
times.sort((a, b) => a - b);
const round = (x) => Math.round(x * 10) / 10;
const figures = { count: COUNT, firstMs: round(first), medianMs: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)), pdfsPerSecond: round(COUNT / seconds), target: 'under 150 ms each' };
console.log(JSON.stringify(figures, null, 2));
writeResult('certificate-pdf', figures);
