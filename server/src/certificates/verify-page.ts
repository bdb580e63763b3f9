import { escapeHtml } from '../common/escape-html';
import { Locale, toLocaleKey } from '../common/locale';
import type { CertificateStatus } from './certificates.service';
import { certificateTexts, formatDate } from './certificate-texts';

export interface VerifyPageData {
  status: CertificateStatus;
  code: string;
  locale: Locale;
  holderName?: string;
  courseTitle?: string;
  issuedAt?: Date;
  revokedAt?: Date | null;
}

const tone: Record<CertificateStatus, { color: string; mark: string }> = {
  valid: { color: '#0b6b3a', mark: '✓' },
  revoked: { color: '#a11d2b', mark: '✕' },
  unknown: { color: '#5b6b7a', mark: '?' },
  tampered: { color: '#a11d2b', mark: '✕' },
};

/** The public verification page: plain HTML and CSS, readable without JavaScript. */
export function renderVerifyPage(data: VerifyPageData): string {
  const t = certificateTexts(data.locale);
  const lang = toLocaleKey(data.locale);
  const heading = { valid: t.valid, revoked: t.revoked, unknown: t.unknown, tampered: t.tampered }[data.status];
  const detail = { valid: t.validDetail, revoked: t.revokedDetail, unknown: t.unknownDetail, tampered: t.tamperedDetail }[data.status];
  const code = escapeHtml(data.code);
  // Each other language offered in its own words, so a reader finds theirs.
  const otherLanguages = Object.values(Locale)
    .filter((locale) => locale !== data.locale)
    .map((locale) => `<a href="/verify/${code}?lang=${toLocaleKey(locale)}" hreflang="${toLocaleKey(locale)}" lang="${toLocaleKey(locale)}">${certificateTexts(locale).languageVersion}</a>`)
    .join(' · ');
  const rows =
    data.status === 'valid' || data.status === 'revoked'
      ? [
          [t.holder, escapeHtml(data.holderName ?? '')],
          [t.course, escapeHtml(data.courseTitle ?? '')],
          [t.date, data.issuedAt ? formatDate(data.issuedAt, data.locale) : ''],
          ...(data.revokedAt ? [[t.revokedOn, formatDate(data.revokedAt, data.locale)]] : []),
          [t.code, code],
        ]
      : [[t.code, code]];
  const links =
    data.status === 'valid' || data.status === 'revoked'
      ? `<p class="links"><a href="/certificates/${code}.pdf">${t.downloadPdf}</a> · <a href="/certificates/${code}.json">${t.credential}</a></p>`
      : '';
  const { color, mark } = tone[data.status];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.pageTitle} · Consular Campus</title>
<style>
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f6f8;color:#1d2b3a}
main{max-width:36rem;margin:2rem auto;padding:0 1rem}
.card{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.08);overflow:hidden}
.status{background:${color};color:#fff;padding:1.25rem 1.5rem;display:flex;gap:.75rem;align-items:center}
.status h1{font-size:1.4rem;margin:0}
.mark{font-size:1.8rem;line-height:1}
.body{padding:1.25rem 1.5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.5rem 1rem;margin:1rem 0}
dt{color:#5b6b7a}dd{margin:0;font-weight:600;word-break:break-word}
a{color:#0f5c63}
.brand{color:#5b6b7a;font-size:.9rem;margin-bottom:1rem}
</style>
</head>
<body>
<main>
<p class="brand">Consular Campus · ${t.pageTitle}</p>
<div class="card">
<div class="status" role="status"><span class="mark" aria-hidden="true">${mark}</span><h1>${heading}</h1></div>
<div class="body">
<p>${detail}</p>
<dl>${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>
${links}
<p class="languages">${otherLanguages}</p>
</div>
</div>
</main>
</body>
</html>`;
}
