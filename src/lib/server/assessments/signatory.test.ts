/**
 * The certificate's signatory (the reviewer who finalized: name, NIP, jabatan) is frozen at
 * finalization, like the panti's identity: renaming or promoting the reviewer later changes no
 * certificate already issued, and the database refuses to rewrite it.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { assessments, auditLog, users } from '../db/schema';
import { certificateData, reportData } from '../reports/data';
import { updateOwnProfile } from '../users/profile';
import { assessmentAccess } from './access';
import { saveScore } from './scores';
import { finalize, submit } from './workflow';
import {
	addAsesor,
	kutimWorld,
	openAssessment,
	recordVisit
} from '../../../../tests/support/world';

const ISSUED_ON = '2026-11-23';
const AT = new Date(`${ISSUED_ON}T03:00:00.000Z`);

/** A Kutai Timur visit, every indicator at level 3, submitted and waiting for the reviewer. */
function submitted() {
	const { db, pantiId, dinas } = kutimWorld();
	const rina = addAsesor(db, 'rina');
	const { id, form } = openAssessment(db, dinas, { pantiId, leadId: rina.id });
	for (const ind of form.indicators)
		saveScore(
			db,
			rina,
			assessmentAccess(db, rina, id)!,
			form,
			{ code: ind.code, level: 3, notApplicable: false, note: '', version: 0 },
			AT
		);
	recordVisit(db, rina, id);
	expect(submit(db, rina, assessmentAccess(db, rina, id)!, form, AT).ok).toBe(true);
	const finalizeNow = () =>
		finalize(db, dinas, assessmentAccess(db, dinas, id)!, form, ISSUED_ON, AT);
	const row = () => db.select().from(assessments).where(eq(assessments.id, id)).get()!;
	const profile = (nip: string | null, position: string | null) =>
		updateOwnProfile(db, dinas.id, { nip, position }, AT);
	return { db, dinas, id, finalizeNow, row, profile };
}

describe('the certificate signatory', () => {
	it.each([
		[null, 'Kepala Dinas Sosial', 'Lengkapi NIP Anda'],
		['197805122005011003', null, 'Lengkapi jabatan Anda'],
		[null, null, 'Lengkapi NIP dan jabatan Anda']
	])(
		'finalizing without a NIP or jabatan (%s, %s) is refused and changes nothing',
		(nip, position, said) => {
			const w = submitted();
			w.profile(nip, position);
			const result = w.finalizeNow();
			expect(result.ok).toBe(false);
			expect(!result.ok && result.message).toContain(said);
			expect(!result.ok && result.message).toContain('Akun saya');
			expect(w.row().status).toBe('submitted');
			expect(w.row().certificateNumber).toBeNull();
		}
	);

	it('is frozen at finalization: a rename or a new NIP/jabatan later leaves the certificate as issued', () => {
		const w = submitted();
		w.profile('197805122005011003', 'Kepala Dinas Sosial Kabupaten Kutai Timur');
		w.db.update(users).set({ name: 'Drs. Andi Pratama' }).where(eq(users.id, w.dinas.id)).run();
		expect(w.finalizeNow()).toEqual({ ok: true });
		const issued = {
			name: 'Drs. Andi Pratama',
			nip: '197805122005011003',
			position: 'Kepala Dinas Sosial Kabupaten Kutai Timur',
			place: 'Kabupaten Kutai Timur'
		};
		expect(w.row().signatory).toEqual(issued);
		// The finalization's audit entry records who signed.
		const audit = w.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'assessment.status'))
			.all();
		expect(JSON.stringify(audit.at(-1)?.after)).toContain('197805122005011003');

		const access = () => assessmentAccess(w.db, w.dinas, w.id)!;
		const before = certificateData(w.db, access(), 'http://siap.test')!;
		expect(before.signatory).toEqual(issued);
		w.db.update(users).set({ name: 'Nama Lain Sekali' }).where(eq(users.id, w.dinas.id)).run();
		w.profile('198001012010011001', 'Sekretaris Dinas Sosial');

		expect(certificateData(w.db, access(), 'http://siap.test')).toEqual(before);
		expect(reportData(w.db, access(), AT)!.meta.reviewerName).toBe('Drs. Andi Pratama');
	});

	it('the database refuses to change the frozen signatory of a finalized assessment', () => {
		const w = submitted();
		w.profile('197805122005011003', 'Kepala Dinas Sosial');
		expect(w.finalizeNow()).toEqual({ ok: true });
		const rewrite = (signatory: object | null) => () =>
			w.db
				.update(assessments)
				.set({ signatory: signatory as never })
				.where(eq(assessments.id, w.id))
				.run();
		expect(rewrite({ ...w.row().signatory, name: 'Orang Lain' })).toThrow(
			'finalized assessments are immutable'
		);
		expect(rewrite(null)).toThrow('finalized assessments are immutable');
		expect(w.row().signatory?.name).toBe('kutim');
	});
});
