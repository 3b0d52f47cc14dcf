/**
 * Sertifikat akreditasi: one landscape A4 page with the panti, grade, validity, number and a QR
 * code to the public verification page. Pure: data → pdfmake document definition.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, formatNumber } from '../format';
import { formatVisitDates } from '../assessment/visit-record';
import { GRADE_LABELS } from '../rubric/vocabulary';
import { COLOURS, STYLES } from './layout';
import type { CertificateData } from './types';
import type { Signatory } from '../users/signatory';

// A4 landscape in points.
const W = 841.89;
const H = 595.28;

/** The visit: the actual dates, else the planned date said as planned (older certificates). */
function visitLines(c: CertificateData): Content[] {
	const label = (text: string) => ({ text, style: 'muted' });
	if (c.visitedOn)
		return [
			label('Visitasi'),
			{ text: formatVisitDates(c.visitedOn), bold: true, margin: [0, 0, 0, 6] }
		];
	if (!c.plannedDate) return [];
	return [
		label('Visitasi (tanggal rencana)'),
		{ text: formatDate(c.plannedDate, c.panti.zone), bold: true, margin: [0, 0, 0, 6] }
	];
}

/**
 * The signatory block as an Indonesian official signs: place and date, position, room for the
 * signature, the name underlined, the NIP. Only what was frozen at finalization is printed.
 */
function signatoryBlock(s: Signatory, issuedAt: string, zone: CertificateData['panti']['zone']) {
	const date = formatDate(issuedAt, zone);
	return {
		width: 240,
		stack: [
			{ text: s.place ? `${s.place}, ${date}` : date },
			s.position ? { text: s.position, bold: true } : '',
			{ text: ' ', margin: [0, 30, 0, 0] },
			{ text: s.name, bold: true, decoration: 'underline' },
			s.nip ? { text: `NIP ${s.nip}` } : ''
		]
	} as Content;
}

/** @example buildCertificate(data).content // title, panti, grade, validity, QR */
export function buildCertificate(c: CertificateData): TDocumentDefinitions {
	return {
		pageSize: 'A4',
		pageOrientation: 'landscape',
		pageMargins: [72, 64, 72, 56],
		defaultStyle: { font: 'Roboto', fontSize: 11, color: COLOURS.ink },
		styles: STYLES,
		info: {
			title: `Sertifikat akreditasi ${c.certificateNumber} — ${c.panti.name}`,
			author: 'SIAP',
			subject: c.certificateNumber
		},
		// Double frame drawn behind the content.
		background: () => ({
			canvas: [
				{
					type: 'rect',
					x: 24,
					y: 24,
					w: W - 48,
					h: H - 48,
					lineWidth: 3,
					lineColor: COLOURS.brand
				},
				{
					type: 'rect',
					x: 32,
					y: 32,
					w: W - 64,
					h: H - 64,
					lineWidth: 0.75,
					lineColor: COLOURS.brand
				}
			]
		}),
		content: [
			{ text: 'SIAP — Sistem Informasi Akreditasi Panti', alignment: 'center', style: 'muted' },
			{
				text: 'SERTIFIKAT AKREDITASI',
				alignment: 'center',
				fontSize: 30,
				bold: true,
				color: COLOURS.brand,
				margin: [0, 10, 0, 2]
			},
			{ text: 'Lembaga Kesejahteraan Sosial', alignment: 'center', fontSize: 13 },
			{ text: `Nomor: ${c.certificateNumber}`, alignment: 'center', margin: [0, 6, 0, 18] },
			{ text: 'diberikan kepada', alignment: 'center', style: 'muted' },
			{ text: c.panti.name, alignment: 'center', fontSize: 24, bold: true, margin: [0, 4, 0, 2] },
			{
				text: `${c.panti.typeLabel} · ${c.panti.regionName}`,
				alignment: 'center',
				margin: [0, 0, 0, 16]
			},
			{ text: 'dengan peringkat akreditasi', alignment: 'center', style: 'muted' },
			{
				text: GRADE_LABELS[c.grade],
				alignment: 'center',
				fontSize: 34,
				bold: true,
				color: COLOURS.brand,
				margin: [0, 2, 0, 2]
			},
			{
				text: `nilai total ${formatNumber(c.total, 2)}%`,
				alignment: 'center',
				style: 'muted',
				margin: [0, 0, 0, 18]
			},
			{
				columns: [
					{
						width: '*',
						stack: [
							...visitLines(c),
							{ text: 'Ditetapkan', style: 'muted' },
							{ text: formatDate(c.issuedAt, c.panti.zone), bold: true, margin: [0, 0, 0, 6] },
							{ text: 'Berlaku sampai dengan', style: 'muted' },
							{ text: formatDate(c.validUntil), bold: true, fontSize: 14 },
							{
								text: `Instrumen: ${c.instrument.title} ${c.instrument.version}`,
								style: 'small',
								color: COLOURS.muted,
								margin: [0, 10, 0, 0]
							}
						]
					},
					c.signatory ? signatoryBlock(c.signatory, c.issuedAt, c.panti.zone) : { text: '' },
					{
						width: 'auto',
						stack: [
							{ qr: c.verifyUrl, fit: 110, eccLevel: 'M', alignment: 'right' },
							{
								text: 'Periksa keabsahan:',
								style: 'small',
								alignment: 'right',
								margin: [0, 4, 0, 0]
							},
							{ text: c.verifyUrl, style: 'small', alignment: 'right' },
							{
								text: `Kode ${c.verificationCode}`,
								style: 'small',
								alignment: 'right',
								bold: true
							}
						]
					}
				]
			}
		]
	};
}
