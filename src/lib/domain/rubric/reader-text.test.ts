import { describe, expect, it } from 'vitest';
import { readerText } from './reader-text';

describe('readerText', () => {
	it.each([
		[
			'permohonan akreditasi (Kepmensos 50/HUK/2004 standar umum a(1); Permensos 184/2011; regulation.md §2.5).',
			'permohonan akreditasi (Kepmensos 50/HUK/2004 standar umum a(1); Permensos 184/2011).'
		],
		[
			'Bobot aspek disusun tim SIAP; belum ada angka resmi (regulation.md §2.4)',
			'Bobot aspek disusun tim SIAP; belum ada angka resmi'
		],
		[
			'Permensos 184/2011 (pendaftaran LKS); regulation.md §2.5 (syarat terdata dan profil lembaga) dan §6 (modul LKS SIKS-NG); seed 002 langkah standardisasi',
			'Permensos 184/2011 (pendaftaran LKS); seed 002 langkah standardisasi'
		],
		[
			'SNPA (Permensos 30/HUK/2011) mensyaratkan lingkungan bebas kekerasan (regulation.md §3.1); perlindungan anak juga diamanatkan UU 35/2014.',
			'SNPA (Permensos 30/HUK/2011) mensyaratkan lingkungan bebas kekerasan; perlindungan anak juga diamanatkan UU 35/2014.'
		],
		[
			'Kepmensos 50/HUK/2004; seed 000; regulation.md §2.2 dan §2.5',
			'Kepmensos 50/HUK/2004; seed 000'
		],
		[
			'tidak ditemukan dalam sumber mana pun (regulation.md §4): angka',
			'tidak ditemukan dalam sumber mana pun: angka'
		],
		[
			'Lakukan pemeriksaan kesehatan saat masuk, buat catatan kesehatan, dan uruskan jaminan kesehatan klien.',
			'Lakukan pemeriksaan kesehatan saat masuk, buat catatan kesehatan, dan urus jaminan kesehatan klien.'
		],
		['Teks tanpa rujukan internal tetap sama.', 'Teks tanpa rujukan internal tetap sama.']
	])('%j → %j', (input, shown) => {
		expect(readerText(input)).toBe(shown);
		expect(readerText(input)).not.toMatch(/regulation\.md|design\.md|uruskan/);
	});

	it('keeps null as null', () => {
		expect(readerText(null)).toBeNull();
	});
});
