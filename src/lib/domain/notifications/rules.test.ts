import { describe, expect, it } from 'vitest';
import type { Actor } from '../access';
import { notices, type NoticeEvent, type PantiRef } from './rules';

const person = (id: number, role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
	id,
	role,
	regionCode: null,
	pantiId: null,
	...extra
});
const admin = person(1, 'admin');
const dinasKutim = person(2, 'dinas', { regionCode: '64.08' });
const dinasKaltim = person(3, 'dinas', { regionCode: '64' });
const dinasOther = person(4, 'dinas', { regionCode: '63.01' });
const kepala = person(5, 'panti', { pantiId: 10 });
const kepalaOther = person(6, 'panti', { pantiId: 11 });
const rina = person(7, 'asesor');
const budi = person(8, 'asesor');
const people = [admin, dinasKutim, dinasKaltim, dinasOther, kepala, kepalaOther, rina, budi];

const panti: PantiRef = { id: 10, name: 'LKSA Harapan', regionCode: '64.08', zone: 'WITA' };
const to = (e: NoticeEvent) => notices(e, people).map((n) => n.userId);

describe('who is told what', () => {
	it('tells the assessors put on a visit, each with their seat', () => {
		const n = notices(
			{
				kind: 'assigned',
				assessmentId: 3,
				panti,
				added: [
					{ userId: 7, lead: true },
					{ userId: 8, lead: false }
				],
				plannedDate: '2026-12-12'
			},
			people
		);
		expect(n.map((x) => [x.userId, x.link])).toEqual([
			[7, '/penilaian/3'],
			[8, '/penilaian/3']
		]);
		expect(n[0]!.body).toContain('ketua tim');
		expect(n[1]!.body).toContain('anggota tim');
		expect(n[0]!.body).toContain('12 Desember 2026');
	});

	it('tells the team a visit was returned, with the reason and the time in the panti’s zone', () => {
		const [n] = notices(
			{
				kind: 'returned',
				assessmentId: 3,
				panti,
				teamIds: [7],
				reason: 'Bukti KEL-01 belum diunggah.',
				at: '2026-12-03T06:05:00Z'
			},
			people
		);
		expect(n).toMatchObject({ userId: 7, kind: 'returned', zone: 'WITA' });
		expect(n!.body).toBe(
			'Dikembalikan 3 Des 2026 14.05 WITA. Alasan: Bukti KEL-01 belum diunggah.'
		);
	});

	it('tells the Dinas of the kab/kota and of the province that a visit awaits review; nobody else', () => {
		const e: NoticeEvent = {
			kind: 'submitted',
			assessmentId: 3,
			panti,
			at: '2026-12-03T06:05:00Z'
		};
		expect(to(e)).toEqual([2, 3]);
		expect(notices(e, people)[0]!.link).toBe('/penilaian/3/tinjau');
	});

	it('tells the kepala and the team of a finalized accreditation', () => {
		expect(
			to({
				kind: 'finalized',
				assessmentId: 3,
				panti,
				teamIds: [7, 8],
				grade: 'A',
				validUntil: '2031-12-03'
			})
		).toEqual([5, 7, 8]);
	});

	it('gives a revocation’s reason to the Dinas only; the kepala and the team are told to ask', () => {
		const n = notices(
			{
				kind: 'certificate-revoked',
				assessmentId: 3,
				panti,
				teamIds: [7],
				reason: 'Kekerasan terhadap klien.',
				at: '2026-12-03T06:05:00Z'
			},
			people
		);
		expect(n.map((x) => x.userId)).toEqual([5, 2, 3, 7]);
		const body = (id: number) => n.find((x) => x.userId === id)!.body;
		expect(body(2)).toContain('Kekerasan terhadap klien.');
		expect(body(5)).not.toContain('Kekerasan');
		expect(body(7)).toContain('Tanyakan alasannya');
	});

	it('tells the kepala and the Dinas of plan actions due, accreditations and documents expiring', () => {
		const due: NoticeEvent = {
			kind: 'plan-due',
			planId: 4,
			panti,
			overdue: 2,
			dueSoon: 1,
			day: '2026-12-03'
		};
		expect(to(due)).toEqual([5, 2, 3]);
		expect(notices(due, people)[0]!.title).toBe(
			'Rencana perbaikan LKSA Harapan: 2 tindakan terlambat, 1 jatuh tempo dalam 14 hari'
		);
		expect(notices(due, people)[0]!.dedupeKey).toBe('plan-due:4:2026-12-03');
		expect(
			to({ kind: 'accreditation-expiring', assessmentId: 3, panti, validUntil: '2027-03-01' })
		).toEqual([5, 2, 3]);
		expect(
			to({
				kind: 'document-expiring',
				documentId: 9,
				panti,
				documentLabel: 'Tanda daftar LKS',
				expiresOn: '2026-12-20',
				expired: false
			})
		).toEqual([5, 2, 3]);
	});

	it('never tells a reader about a panti outside what they may see', () => {
		const elsewhere: PantiRef = { ...panti, id: 12, regionCode: '63.01', zone: 'WITA' };
		// A stray id in the team list of someone who is not on it still gets nothing they may not see.
		expect(
			to({
				kind: 'finalized',
				assessmentId: 3,
				panti: elsewhere,
				teamIds: [],
				grade: 'B',
				validUntil: null
			})
		).toEqual([]);
		expect(
			to({ kind: 'submitted', assessmentId: 3, panti: elsewhere, at: '2026-12-03T00:00:00Z' })
		).toEqual([4]);
	});
});
