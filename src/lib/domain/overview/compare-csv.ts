/**
 * The panti comparison as spreadsheet rows: one column per panti, the labels people read on
 * screen (not stored codes), numbers rounded to two decimals with a decimal comma.
 */
import { csvNumber } from '../input/csv';
import { PANTI_TYPE_LABELS, PANTI_TYPE_SHORT, type PantiType } from '../panti/types';
import { GRADE_LABELS, type Grade } from '../rubric/vocabulary';

/** What the CSV needs of one compared panti (the comparison's view model). */
export interface CsvPanti {
	readonly name: string;
	readonly type: PantiType;
	readonly regionName: string;
	readonly capacity: number | null;
	readonly currentClients: number | null;
	readonly clientsPerSocialWorker: number | null;
	readonly latest: {
		readonly total: number | null;
		readonly grade: Grade | null;
		readonly validUntil: string | null;
	} | null;
	readonly aspects: readonly {
		readonly key: string;
		readonly part: string;
		readonly code: string;
		readonly title: string;
		readonly pct: number | null;
		readonly median: number | null;
		readonly percentile: number | null;
	}[];
}

/**
 * Rows for `toCsv`: profile, result, then three rows per aspect (the panti's score, the region's
 * median, the panti's percentile within the region).
 * @example compareRows([a, b])[1] → ['Jenis', 'Anak (LKSA / Panti Sosial Asuhan Anak)', …]
 */
export function compareRows(compared: readonly CsvPanti[]): string[][] {
	const keys: { key: string; label: string }[] = [];
	for (const p of compared)
		for (const a of p.aspects)
			if (!keys.some((k) => k.key === a.key))
				keys.push({
					key: a.key,
					label: `${a.part === 'umum' ? 'Umum' : `Khusus ${PANTI_TYPE_SHORT[p.type] ?? p.type}`} ${a.code} ${a.title} (%)`
				});
	const row = (label: string, f: (p: CsvPanti) => string) => [label, ...compared.map(f)];
	const aspect = (p: CsvPanti, key: string) => p.aspects.find((a) => a.key === key);
	return [
		row('Panti', (p) => p.name),
		row('Jenis', (p) => PANTI_TYPE_LABELS[p.type] ?? p.type),
		row('Kabupaten/kota', (p) => p.regionName),
		row('Kapasitas', (p) => csvNumber(p.capacity)),
		row('Klien saat ini', (p) => csvNumber(p.currentClients)),
		row('Klien per pekerja sosial', (p) => csvNumber(p.clientsPerSocialWorker)),
		row('Nilai total (%)', (p) => csvNumber(p.latest?.total)),
		row('Peringkat', (p) => (p.latest?.grade ? GRADE_LABELS[p.latest.grade] : '')),
		row('Berlaku sampai', (p) => p.latest?.validUntil ?? ''),
		...keys.flatMap((k) => [
			row(k.label, (p) => csvNumber(aspect(p, k.key)?.pct)),
			row(`${k.label} median wilayah`, (p) => csvNumber(aspect(p, k.key)?.median)),
			row(`${k.label} persentil wilayah`, (p) => csvNumber(aspect(p, k.key)?.percentile))
		])
	];
}
