import { describe, expect, it } from 'vitest';
import { MUST_CHANGE_MESSAGE, passwordChangeGate } from './password-change-gate';

const PASS = { kind: 'pass' };
const TO_FORM = { kind: 'redirect', location: '/akun/sandi' };
const REFUSE = { kind: 'refuse', status: 403, message: MUST_CHANGE_MESSAGE };

describe('passwordChangeGate', () => {
	it.each([
		// Must change: pages lead to the form…
		[true, '/', 'GET', TO_FORM],
		[true, '/penilaian', 'GET', TO_FORM],
		[true, '/penilaian/[id=id]/nilai', 'HEAD', TO_FORM],
		[true, '/akun', 'GET', TO_FORM],
		[true, '/login', 'GET', TO_FORM],
		[true, '/penilaian/[id=id]/laporan.pdf', 'GET', TO_FORM],
		// …actions and API calls are refused with the reason…
		[true, '/api/penilaian/[id=id]/skor', 'POST', REFUSE],
		[true, '/api/penilaian/[id=id]/bukti', 'POST', REFUSE],
		[true, '/admin/pengguna/baru', 'POST', REFUSE],
		[true, '/login', 'POST', REFUSE],
		[true, '/rencana/[id=id]', 'PUT', REFUSE],
		// …except the form itself and signing out; files and unknown paths are not routes.
		[true, '/akun/sandi', 'GET', PASS],
		[true, '/akun/sandi', 'POST', PASS],
		[true, '/logout', 'POST', PASS],
		[true, '/logout', 'GET', PASS],
		[true, null, 'GET', PASS],
		// Nothing to change: everything passes.
		[false, '/penilaian', 'GET', PASS],
		[false, '/api/penilaian/[id=id]/skor', 'POST', PASS]
	] as const)('must change %s: %s %s → %o', (must, routeId, method, expected) => {
		expect(passwordChangeGate(must, routeId, method)).toEqual(expected);
	});
});
