import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { assessmentAccess } from '../assessments/access';
import { saveScore } from '../assessments/scores';
import { finalize, submit } from '../assessments/workflow';
import { assessments, auditLog } from '../db/schema';
import { validPantiForm } from '../../../../tests/support/db';
import { canRevoke, mayReadRevokeReason } from '$lib/domain/access';
import { revokeCertificate, revokeFormSchema } from './revoke';
import { findCertificate } from './verify';
import {
	addAsesor,
	kutimWorld,
	openAssessment,
	recordVisit
} from '../../../../tests/support/world';

const ISSUED_ON = '2026-11-23';
const REASON = 'Izin operasional panti dicabut oleh pemerintah daerah.';

/**
 * A panti in Kutai Timur with one visit assessment finalized through the real workflow on
 * `ISSUED_ON` (every indicator at `level`: 3 → A, five years; a failed gate → TT).
 */
function world(level: (code: string) => number = () => 3) {
	const { db, admin, pantiId, dinas } = kutimWorld({
		form: validPantiForm({ name: 'LKSA Harapan Bangsa' })
	});
	const rina = addAsesor(db, 'rina');
	const { id, form } = openAssessment(db, dinas, {
		pantiId,
		plannedDate: ISSUED_ON,
		leadId: rina.id
	});
	for (const ind of form.indicators) {
		const r = saveScore(
			db,
			rina,
			assessmentAccess(db, rina, id)!,
			form,
			{ code: ind.code, level: level(ind.code), notApplicable: false, note: '', version: 0 },
			new Date()
		);
		if (!r.ok) throw new Error(JSON.stringify(r));
	}
	recordVisit(db, rina, id);
	if (!submit(db, rina, assessmentAccess(db, rina, id)!, form, new Date()).ok)
		throw new Error('submit failed');
	// 10:00 WIB on the issue day.
	const finalizedAt = new Date(`${ISSUED_ON}T03:00:00.000Z`);
	const fin = finalize(db, dinas, assessmentAccess(db, dinas, id)!, form, ISSUED_ON, finalizedAt);
	if (!fin.ok) throw new Error(fin.message);
	const row = () => db.select().from(assessments).where(eq(assessments.id, id)).get()!;
	const revokeAudits = () =>
		db.select().from(auditLog).where(eq(auditLog.action, 'certificate.revoke')).all();
	return { db, admin, dinas, rina, id, row, revokeAudits };
}

describe('findCertificate', () => {
	it('shows only the public facts of a valid certificate', () => {
		const w = world();
		const code = w.row().verificationCode!;
		expect(findCertificate(w.db, code, () => '2026-11-24')).toEqual({
			pantiName: 'LKSA Harapan Bangsa',
			regionName: 'Kabupaten Kutai Timur',
			grade: 'A',
			gradeLabel: 'A (Baik Sekali)',
			certificateNumber: 'SIAP/2026/64.08/00001',
			issuedAt: '2026-11-23T03:00:00.000Z',
			validUntil: '2031-11-23',
			status: 'berlaku',
			revokedAt: null,
			zone: 'WITA',
			today: '2026-11-24'
		});
	});

	it("judges validity on the panti's own calendar: Kutai Timur is WITA", () => {
		const w = world();
		const asked: string[] = [];
		const pub = findCertificate(w.db, w.row().verificationCode!, (zone) => {
			asked.push(zone);
			return '2031-11-24';
		});
		expect(asked).toEqual(['WITA']);
		expect(pub?.status).toBe('kedaluwarsa');
	});

	it('valid through the last day, expired the day after', () => {
		const w = world();
		const code = w.row().verificationCode!;
		expect(findCertificate(w.db, code, () => '2031-11-23')?.status).toBe('berlaku');
		expect(findCertificate(w.db, code, () => '2031-11-24')?.status).toBe('kedaluwarsa');
	});

	it('finds a code however it was typed: lower case, grouped with spaces or dashes', () => {
		const w = world();
		const code = w.row().verificationCode!;
		const grouped = code.toLowerCase().match(/.{4}/g)!;
		expect(findCertificate(w.db, ` ${grouped.join('-')} `, () => ISSUED_ON)?.grade).toBe('A');
		expect(findCertificate(w.db, grouped.join(' '), () => ISSUED_ON)?.grade).toBe('A');
	});

	it('unknown, malformed or hostile codes are simply not found', () => {
		const w = world();
		const code = w.row().verificationCode!;
		const other = code[0] === '0' ? '1' + code.slice(1) : '0' + code.slice(1);
		for (const bad of [
			other,
			code.slice(0, 15),
			code + '0',
			'',
			'   ',
			// A lookalike of another digit (O reads as 0, I as 1), so never the code itself.
			code.slice(0, 15) + (code.endsWith('0') ? 'I' : 'O'),
			"' OR 1=1 --",
			'%',
			'x'.repeat(10_000)
		])
			expect(
				findCertificate(w.db, bad, () => ISSUED_ON),
				bad.slice(0, 20)
			).toBeNull();
	});

	it('Tidak Terakreditasi has no certificate; a code on anything but a finalized visit is ignored', () => {
		const tt = world((code) => (code === 'KEL-01' ? 1 : 4));
		expect(tt.row().grade).toBe('TT');
		expect(tt.row().verificationCode).toBeNull();

		const w = world();
		const code = w.row().verificationCode!;
		// Forge a code onto a finalized self-assessment (indicative only): it must never verify.
		const forged = '2'.repeat(16);
		w.db
			.insert(assessments)
			.values({
				pantiId: w.row().pantiId,
				instrumentVersionId: w.row().instrumentVersionId,
				kind: 'self',
				status: 'finalized',
				grade: 'A',
				certificateNumber: 'PALSU/1',
				verificationCode: forged,
				validUntil: '2099-01-01',
				finalizedAt: new Date().toISOString(),
				createdBy: w.admin.id
			})
			.run();
		expect(findCertificate(w.db, forged, () => ISSUED_ON)).toBeNull();
		expect(findCertificate(w.db, code, () => ISSUED_ON)).not.toBeNull();
	});
});

describe('revokeCertificate', () => {
	const at = new Date('2027-03-01T18:30:00.000Z'); // 2 Maret 2027, 01.30 WIB

	it('an admin revokes with a reason: the public page says dicabut, and it is audited', () => {
		const w = world();
		const access = assessmentAccess(w.db, w.admin, w.id)!;
		expect(canRevoke(w.admin, access.assessment)).toBe(true);
		expect(revokeCertificate(w.db, w.admin, access, `  ${REASON}  `, at)).toEqual({ ok: true });

		const row = w.row();
		expect([row.revokedAt, row.revokeReason, row.status, row.grade]).toEqual([
			at.toISOString(),
			REASON,
			'finalized',
			'A'
		]);
		const pub = findCertificate(w.db, row.verificationCode!, () => '2027-03-02')!;
		expect(pub).toMatchObject({ status: 'dicabut', revokedAt: at.toISOString() });
		// The public view says that and when, never why: the reason is for the Dinas and admin.
		expect(pub).not.toHaveProperty('revokeReason');
		expect(JSON.stringify(pub)).not.toContain('Izin operasional');
		const audits = w.revokeAudits();
		expect(audits).toHaveLength(1);
		expect(audits[0]).toMatchObject({
			userId: w.admin.id,
			entityType: 'assessment',
			entityId: String(w.id),
			before: { revokedAt: null },
			after: { revokedAt: at.toISOString(), reason: REASON }
		});
		expect(canRevoke(w.admin, assessmentAccess(w.db, w.admin, w.id)!.assessment)).toBe(false);
	});

	it.each([
		['admin', true],
		['dinas', true],
		['asesor', false],
		['panti', false]
	] as const)('the reason of a revocation is read by %s: %s', (role, reads) => {
		const actor = { id: 1, role, regionCode: role === 'dinas' ? '64.08' : null, pantiId: null };
		expect(mayReadRevokeReason(actor)).toBe(reads);
	});

	it('a dinas (even the reviewer of the scope) and the team cannot revoke', () => {
		const w = world();
		for (const who of [w.dinas, w.rina]) {
			const access = assessmentAccess(w.db, who, w.id)!;
			expect(canRevoke(who, access.assessment)).toBe(false);
			expect(revokeCertificate(w.db, who, access, REASON, at)).toEqual({
				ok: false,
				message: 'Hanya admin yang dapat mencabut sertifikat.'
			});
		}
		expect(w.row().revokedAt).toBeNull();
		expect(w.revokeAudits()).toHaveLength(0);
	});

	it('a second revoke is refused with the date of the first, and nothing changes', () => {
		const w = world();
		const access = () => assessmentAccess(w.db, w.admin, w.id)!;
		// Both admins loaded the page before either revoked: the stale access must not matter.
		const stale = access();
		expect(revokeCertificate(w.db, w.admin, access(), REASON, at).ok).toBe(true);
		const later = new Date('2027-04-01T00:00:00.000Z');
		expect(
			revokeCertificate(w.db, w.admin, stale, 'Alasan lain yang cukup panjang.', later)
		).toEqual({ ok: false, message: 'Sertifikat ini sudah dicabut pada 2 Maret 2027.' });
		expect([w.row().revokedAt, w.row().revokeReason]).toEqual([at.toISOString(), REASON]);
		expect(w.revokeAudits()).toHaveLength(1);
	});

	it('a reason that is too short or too long is refused and nothing changes', () => {
		const w = world();
		const access = assessmentAccess(w.db, w.admin, w.id)!;
		expect(revokeCertificate(w.db, w.admin, access, '  pendek  ', at)).toEqual({
			ok: false,
			message: 'Alasan pencabutan minimal 10 karakter.'
		});
		expect(revokeCertificate(w.db, w.admin, access, '', at)).toEqual({
			ok: false,
			message: 'Alasan pencabutan wajib diisi.'
		});
		expect(revokeCertificate(w.db, w.admin, access, 'x'.repeat(501), at)).toEqual({
			ok: false,
			message: 'Alasan pencabutan maksimal 500 karakter.'
		});
		expect(w.row().revokedAt).toBeNull();
		expect(w.revokeAudits()).toHaveLength(0);
		expect(findCertificate(w.db, w.row().verificationCode!, () => ISSUED_ON)?.status).toBe(
			'berlaku'
		);
	});

	it('nothing to revoke on a Tidak Terakreditasi result', () => {
		const w = world((code) => (code === 'KEL-01' ? 1 : 4));
		const access = assessmentAccess(w.db, w.admin, w.id)!;
		expect(canRevoke(w.admin, access.assessment)).toBe(false);
		expect(revokeCertificate(w.db, w.admin, access, REASON, at)).toEqual({
			ok: false,
			message: 'Penilaian ini tidak memiliki sertifikat yang dapat dicabut.'
		});
	});

	it('the database itself refuses to change a revocation afterwards', () => {
		const w = world();
		revokeCertificate(w.db, w.admin, assessmentAccess(w.db, w.admin, w.id)!, REASON, at);
		expect(() =>
			w.db
				.update(assessments)
				.set({ revokeReason: 'diganti diam-diam', revokedAt: new Date().toISOString() })
				.where(eq(assessments.id, w.id))
				.run()
		).toThrow(/immutable/);
	});
});

describe('revokeFormSchema', () => {
	it('requires the confirmation box and a reason, with Indonesian messages per field', () => {
		const r = revokeFormSchema.safeParse({ reason: 'pendek', confirm: null });
		expect(r.success).toBe(false);
		const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
		expect(byField).toEqual({
			reason: 'Alasan pencabutan minimal 10 karakter.',
			confirm: 'Centang konfirmasi untuk mencabut sertifikat.'
		});
		expect(revokeFormSchema.safeParse({ reason: REASON, confirm: 'on' })).toMatchObject({
			success: true,
			data: { reason: REASON, confirm: 'on' }
		});
	});
});
