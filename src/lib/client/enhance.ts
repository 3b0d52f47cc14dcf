// Every form in SIAP enhances through this wrapper instead of `$app/forms` directly (a lint rule
// says so). Kit's default treats an answer that is not an action result — a CSRF refusal, a proxy's
// error page, a lost connection — by replacing the page or clearing `form`, which empties what
// the user typed. Here such an answer leaves the form as it is and says, in Indonesian, what
// happened and what to do (formProblem, shown by the layout).
import { enhance as kitEnhance } from '$app/forms';
import type { ActionResult, SubmitFunction } from '@sveltejs/kit';
import { formProblem } from '$lib/state/form-problem.svelte';

/** Why a submission got no usable answer, in words for the user; null when it did. */
export function refusalMessage(
	result: ActionResult | Record<string, unknown>,
	online: boolean
): string | null {
	if (!('type' in result) || typeof result.type !== 'string') {
		// Kit's own CSRF refusal is `{ message: 'Cross-site POST form submissions are forbidden' }`.
		return (
			'Server menolak kiriman formulir ini karena alamat halaman tidak cocok dengan alamat server. ' +
			'Isian Anda masih ada: muat ulang halaman lalu kirim lagi. Bila tetap ditolak, minta pengelola ' +
			'SIAP memeriksa pengaturan ORIGIN (README, bagian Konfigurasi).'
		);
	}
	if (result.type !== 'error') return null;
	// `type` alone does not tell an action result from any other object; `error` is Kit's `any`.
	const failure = result as Extract<ActionResult, { type: 'error' }>;
	const status = failure.status;
	const error: unknown = failure.error;
	if (status === undefined) {
		// fetch failed, or the answer was not JSON (a proxy's page, a cut connection).
		return online && !(error instanceof TypeError)
			? 'Server memberi jawaban yang tidak dikenali. Isian Anda masih ada; coba kirim lagi.'
			: 'Tidak dapat menghubungi server SIAP. Periksa koneksi, lalu kirim lagi; isian Anda masih ada.';
	}
	const message =
		error && typeof error === 'object' && 'message' in error && typeof error.message === 'string'
			? error.message
			: '';
	if (status >= 500 || !message)
		return `Terjadi kesalahan di server (kode ${status}). Isian Anda masih ada; coba lagi sebentar lagi.`;
	return message;
}

export function enhance<
	Success extends Record<string, unknown> | undefined,
	Failure extends Record<string, unknown> | undefined
>(form: HTMLFormElement, submit: SubmitFunction<Success, Failure> = () => {}) {
	return kitEnhance<Success, Failure>(form, async (input) => {
		formProblem.clear();
		const after = await submit(input);
		return async (opts) => {
			const problem = refusalMessage(opts.result, navigator.onLine);
			// A refused submission keeps the page and its fields; the page's own callback still
			// runs (it resets its "saving…" state), but its `update` shows the message instead.
			const update: typeof opts.update = problem
				? () => Promise.resolve(formProblem.show(problem))
				: opts.update;
			if (after) await after({ ...opts, update });
			else await update();
		};
	});
}

/**
 * A submit function that turns `busy` on while the form is on its way, for a submit button's
 * "Menyimpan…" state. What the user typed stays after the answer unless `reset` says otherwise.
 *
 * @example
 * <form method="POST" use:enhance={whileSubmitting((on) => (submitting = on))}>
 */
export function whileSubmitting(busy: (on: boolean) => void, reset = false): SubmitFunction {
	return () => {
		busy(true);
		return async ({ update }) => {
			await update({ reset });
			busy(false);
		};
	};
}
