/**
 * The panti profile as entered in the registry form, validated in one place (zod) so that the
 * create and edit actions, the CSV import and the tests share every rule and message.
 */
import { z } from 'zod';
import {
	choice,
	optionalDate,
	optionalDecimal,
	optionalText,
	requiredText,
	wholeNumber
} from '../input/form-fields';
import {
	EXPIRING_DOCUMENTS,
	LEGAL_DOCUMENT_KINDS,
	LEGAL_DOCUMENT_LABELS,
	OWNERSHIPS,
	PANTI_TYPES,
	PROFESSIONS,
	PROFESSION_LABELS,
	type LegalDocumentKind,
	type Profession
} from './types';
import { PMKS_CODES } from './pmks';

const KABKOTA_CODE = /^\d{2}\.\d{2}$/;

/** One legal document; its rules live here so they report even when other fields are wrong. */
const legalDocument = (kind: LegalDocumentKind) =>
	z
		.object({
			number: optionalText(`Nomor ${LEGAL_DOCUMENT_LABELS[kind]}`, 100),
			issuedOn: optionalDate('Tanggal terbit'),
			expiresOn: optionalDate('Tanggal berakhir')
		})
		.superRefine((doc, ctx) => {
			const label = LEGAL_DOCUMENT_LABELS[kind];
			const issue = (path: string, message: string) =>
				ctx.addIssue({ code: 'custom', path: [path], message });
			if (!doc.number) {
				if (doc.issuedOn || doc.expiresOn)
					issue('number', `Isi nomor ${label}, atau kosongkan tanggalnya.`);
				return;
			}
			if (kind === 'npwp') {
				const digits = doc.number.replace(/\D/g, '').length;
				if (digits !== 15 && digits !== 16) issue('number', 'NPWP harus 15 atau 16 digit.');
				return;
			}
			if (!doc.issuedOn) issue('issuedOn', `Isi tanggal terbit ${label}.`);
			if (EXPIRING_DOCUMENTS.includes(kind) && !doc.expiresOn)
				issue('expiresOn', `Isi tanggal berakhir ${label}.`);
			if (doc.issuedOn && doc.expiresOn && doc.expiresOn <= doc.issuedOn)
				issue('expiresOn', 'Tanggal berakhir harus sesudah tanggal terbit.');
		});

const staffShape = Object.fromEntries(
	PROFESSIONS.map((p) => [p, wholeNumber(PROFESSION_LABELS[p], 10_000)])
) as Record<Profession, ReturnType<typeof wholeNumber>>;

const legalShape = Object.fromEntries(
	LEGAL_DOCUMENT_KINDS.map((k) => [k, legalDocument(k)])
) as Record<LegalDocumentKind, ReturnType<typeof legalDocument>>;

export const pantiFormSchema = z
	.object({
		name: requiredText('Nama panti', 3, 200),
		type: choice(PANTI_TYPES, 'Pilih jenis panti.'),
		ownership: choice(OWNERSHIPS, 'Pilih kepemilikan.'),
		// A textarea: line breaks stay; hidden characters are refused like in the name.
		address: requiredText('Alamat', 5, 500, { multiline: true }),
		regionCode: z
			.string({ error: 'Pilih kabupaten/kota.' })
			.regex(KABKOTA_CODE, { error: 'Pilih kabupaten/kota.' }),
		latitude: optionalDecimal('Lintang', -11.5, 6.5),
		longitude: optionalDecimal('Bujur', 94.5, 141.5),
		capacity: wholeNumber('Kapasitas', 100_000).refine((n) => n >= 1, {
			error: 'Kapasitas minimal 1.'
		}),
		currentClients: wholeNumber('Jumlah klien saat ini', 100_000),
		staffPimpinan: wholeNumber('Unsur pimpinan', 10_000),
		staffOperasional: wholeNumber('Unsur operasional', 10_000),
		staffPenunjang: wholeNumber('Unsur penunjang', 10_000),
		staff: z.object(staffShape),
		pmks: z
			.array(z.enum(PMKS_CODES, { error: 'Kategori PMKS tidak dikenal.' }), {
				error: 'Pilih minimal satu kategori PMKS yang dilayani.'
			})
			.min(1, { error: 'Pilih minimal satu kategori PMKS yang dilayani.' }),
		legal: z.object(legalShape)
	})
	.superRefine((v, ctx) => {
		if ((v.latitude === null) !== (v.longitude === null)) {
			const path = v.latitude === null ? 'latitude' : 'longitude';
			ctx.addIssue({
				code: 'custom',
				path: [path],
				message: 'Isi lintang dan bujur sekaligus, atau kosongkan keduanya.'
			});
		}
	});

export type PantiInput = z.output<typeof pantiFormSchema>;

/**
 * Turns flat form fields (`staff.psikolog`, `legal.npwp.number`, repeated `pmks`) into the nested
 * object the schema reads. Unknown fields are ignored.
 */
export function pantiFormObject(
	get: (name: string) => string | null,
	getAll: (name: string) => string[]
) {
	const field = (name: string) => get(name) ?? undefined;
	return {
		name: field('name'),
		type: field('type'),
		ownership: field('ownership'),
		address: field('address'),
		regionCode: field('regionCode'),
		latitude: field('latitude'),
		longitude: field('longitude'),
		capacity: field('capacity'),
		currentClients: field('currentClients'),
		staffPimpinan: field('staffPimpinan'),
		staffOperasional: field('staffOperasional'),
		staffPenunjang: field('staffPenunjang'),
		staff: Object.fromEntries(PROFESSIONS.map((p) => [p, field(`staff.${p}`) ?? '0'])),
		pmks: getAll('pmks'),
		legal: Object.fromEntries(
			LEGAL_DOCUMENT_KINDS.map((k) => [
				k,
				{
					number: field(`legal.${k}.number`),
					issuedOn: field(`legal.${k}.issuedOn`),
					expiresOn: field(`legal.${k}.expiresOn`)
				}
			])
		)
	};
}

/** Flat form values (as the form's field names) from a stored panti, for the edit form. */
export function pantiFormValues(p: {
	name: string;
	type: string;
	ownership: string;
	address: string;
	regionCode: string;
	latitude: number | null;
	longitude: number | null;
	capacity: number;
	currentClients: number;
	staffPimpinan: number;
	staffOperasional: number;
	staffPenunjang: number;
	staff: Record<string, number>;
	pmks: string[];
	legal: Record<string, { number: string; issuedOn: string | null; expiresOn: string | null }>;
}): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {
		name: p.name,
		type: p.type,
		ownership: p.ownership,
		address: p.address,
		regionCode: p.regionCode,
		latitude: p.latitude === null ? '' : String(p.latitude),
		longitude: p.longitude === null ? '' : String(p.longitude),
		capacity: String(p.capacity),
		currentClients: String(p.currentClients),
		staffPimpinan: String(p.staffPimpinan),
		staffOperasional: String(p.staffOperasional),
		staffPenunjang: String(p.staffPenunjang),
		pmks: p.pmks
	};
	for (const prof of PROFESSIONS) values[`staff.${prof}`] = String(p.staff[prof] ?? 0);
	for (const kind of LEGAL_DOCUMENT_KINDS) {
		const doc = p.legal[kind];
		values[`legal.${kind}.number`] = doc?.number ?? '';
		values[`legal.${kind}.issuedOn`] = doc?.issuedOn ?? '';
		values[`legal.${kind}.expiresOn`] = doc?.expiresOn ?? '';
	}
	return values;
}
