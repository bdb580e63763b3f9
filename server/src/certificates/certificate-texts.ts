import { Locale } from '../common/locale';

/** The words printed on certificates and the verification page, per language (French falls back to English). */
const texts = {
  EN: {
    certificate: 'Certificate of completion',
    certifies: 'This certifies that',
    completed: 'has completed the course',
    hours: (hours: number) => `${hours} hours of study`,
    completedOn: 'Completed on',
    issuedBy: 'Issued by',
    code: 'Verification code',
    verifyAt: 'Verify at',
    pageTitle: 'Certificate verification',
    valid: 'Valid certificate',
    validDetail: 'This certificate was issued by Consular Campus and its signature is intact.',
    revoked: 'Revoked certificate',
    revokedDetail: 'This certificate was issued but has since been revoked. It is no longer valid.',
    unknown: 'Unknown certificate',
    unknownDetail: 'No certificate with this code exists. Check the code for typing mistakes.',
    tampered: 'Certificate not valid',
    tamperedDetail: 'The record of this certificate does not match its signature.',
    holder: 'Holder',
    course: 'Course',
    date: 'Completed on',
    revokedOn: 'Revoked on',
    downloadPdf: 'Download the PDF',
    credential: 'Verifiable credential (JSON)',
    otherLanguage: 'Versión en español',
  },
  ES: {
    certificate: 'Certificado de finalización',
    certifies: 'Se certifica que',
    completed: 'ha completado el curso',
    hours: (hours: number) => `${hours} horas de estudio`,
    completedOn: 'Finalizado el',
    issuedBy: 'Emitido por',
    code: 'Código de verificación',
    verifyAt: 'Verifique en',
    pageTitle: 'Verificación de certificado',
    valid: 'Certificado válido',
    validDetail: 'Este certificado fue emitido por Consular Campus y su firma está intacta.',
    revoked: 'Certificado revocado',
    revokedDetail: 'Este certificado fue emitido pero luego revocado. Ya no es válido.',
    unknown: 'Certificado desconocido',
    unknownDetail: 'No existe ningún certificado con este código. Revise que esté bien escrito.',
    tampered: 'Certificado no válido',
    tamperedDetail: 'El registro de este certificado no coincide con su firma.',
    holder: 'Titular',
    course: 'Curso',
    date: 'Finalizado el',
    revokedOn: 'Revocado el',
    downloadPdf: 'Descargar el PDF',
    credential: 'Credencial verificable (JSON)',
    otherLanguage: 'English version',
  },
};

export type CertificateTexts = (typeof texts)['EN'];

export const certificateTexts = (locale: Locale): CertificateTexts => (locale === Locale.ES ? texts.ES : texts.EN);

export const formatDate = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === Locale.ES ? 'es' : locale === Locale.FR ? 'fr' : 'en', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
