/**
 * The scoring page's client state: the local sheet the assessor sees, the bookkeeping the save
 * queue and the device store need (saved versions, indicators tapped in this page view, the last
 * accepted values) and the evidence files with their uploads. One instance per page view, made by
 * the page itself (never a module singleton: it holds one user's sheet).
 */
import { downscaleForUpload } from '$lib/client/downscale';
import { connectOfflineSheet } from '$lib/client/offline-sheet';
import { forgetCopiesWithoutSession } from '$lib/offline-pages';
import type { PhotoQueue, UploadedPhoto } from '$lib/state/photo-queue.svelte';
import {
	evidenceUploaded,
	problemMessage,
	readBody,
	type ScoreChange,
	type ScoreRequest
} from '$lib/score-api';
import { SaveQueue } from '$lib/state/save-queue.svelte';
import { SvelteMap } from 'svelte/reactivity';

/** One saved row of the sheet, as the page load returns it. */
export interface SheetRow extends ScoreChange {
	version: number;
}

export type EvidenceFile = UploadedPhoto;

export class ScoreSheet {
	/**
	 * What the assessor sees, updated at once on a tap; the queue saves it. Seeded once from the
	 * server; afterwards the page (not a reload of its data) owns it.
	 */
	readonly values = new SvelteMap<string, ScoreChange>();
	/** Saved versions per indicator: read by the queue only, never rendered. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly versions = new Map<string, number>();
	/** Indicators tapped in this page view: what the device held from before never overrides them. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly touched = new Set<string>();
	/** The last value the server accepted per indicator, to show again when a stuck change is discarded. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly accepted = new Map<string, ScoreChange>();
	/** Evidence files per indicator: seeded from the server, appended after each upload. */
	evidence = $state.raw<readonly EvidenceFile[]>([]);
	/** Photos kept on the device while offline (issue 8); null until the store opened, or without one. */
	photos = $state<PhotoQueue | null>(null);
	storageNote = $state<string | null>(null);
	readonly queue: SaveQueue;
	readonly #assessmentId: number;

	constructor(assessmentId: number, rows: readonly SheetRow[], evidence: readonly EvidenceFile[]) {
		this.#assessmentId = assessmentId;
		for (const row of rows) {
			const value = {
				code: row.code,
				level: row.level,
				notApplicable: row.notApplicable,
				note: row.note
			};
			this.values.set(row.code, value);
			this.accepted.set(row.code, value);
			this.versions.set(row.code, row.version);
		}
		this.evidence = evidence;
		this.queue = new SaveQueue(this.versions, (change, version) =>
			fetch(`/api/penilaian/${assessmentId}/skor`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ ...change, version } satisfies ScoreRequest)
			}).then(forgetCopiesWithoutSession)
		);
	}

	answered(code: string): boolean {
		const v = this.values.get(code);
		return !!v && (v.notApplicable || v.level !== null);
	}

	/** A tap or a note: shown at once, then queued for saving. */
	change(change: ScoreChange) {
		this.touched.add(change.code);
		this.values.set(change.code, change);
		this.queue.push(change);
	}

	/** A stuck change was discarded: show the last value the server accepted again. */
	discard(code: string) {
		this.values.set(
			code,
			this.accepted.get(code) ?? { code, level: null, notApplicable: false, note: '' }
		);
	}

	/** Settles a conflict by keeping this device's value or taking the one on the server. */
	resolve(code: string, keep: 'mine' | 'theirs') {
		if (keep === 'mine') return this.queue.keepMine(code);
		const c = this.queue.acceptTheirs(code);
		if (c)
			this.values.set(code, {
				code,
				level: c.theirs.level,
				notApplicable: c.theirs.notApplicable,
				note: c.theirs.note
			});
	}

	/** Opens the device store: shows what it holds, hands waiting changes and photos on. */
	async connect(userId: number, canScore: boolean) {
		const r = await connectOfflineSheet({
			userId,
			assessmentId: this.#assessmentId,
			canScore,
			queue: this.queue,
			versions: this.versions,
			touched: this.touched,
			show: (change, isAccepted) => {
				this.values.set(change.code, change);
				if (isAccepted) this.accepted.set(change.code, change);
			},
			upload: this.#uploadRaw,
			onUploaded: (f) => this.#addEvidence(f)
		});
		this.photos = r.photos;
		this.storageNote = r.storageNote;
	}

	reconnect() {
		this.queue.retry();
		void this.photos?.sync();
	}

	#addEvidence(f: EvidenceFile) {
		if (!this.evidence.some((e) => e.id === f.id)) this.evidence = [...this.evidence, f];
	}

	#uploadRaw = (code: string, name: string, blob: Blob) => {
		const body = new FormData();
		body.set('code', code);
		body.set('file', blob, name);
		return fetch(`/api/penilaian/${this.#assessmentId}/bukti`, { method: 'POST', body }).then(
			forgetCopiesWithoutSession
		);
	};

	/** Downscales photos on the device, uploads, and returns a message when refused. */
	async upload(code: string, file: File): Promise<string | null> {
		const small = await downscaleForUpload(file);
		try {
			const res = await this.#uploadRaw(code, small.name, small);
			const body = await readBody(res);
			if (!res.ok) return problemMessage(body) ?? `Gagal mengunggah (${res.status}).`;
			const uploaded = evidenceUploaded.safeParse(body).data;
			if (uploaded) this.#addEvidence({ ...uploaded, code });
			return null;
		} catch {
			// No connection: the photo waits on the device and goes with the next sync.
			if (!this.photos) return 'Tidak ada koneksi ke server; coba lagi.';
			await this.photos.add(code, small.name, small);
			return null;
		}
	}
}
