/**
 * Evidence photos taken without a connection: kept on the device (IndexedDB) and uploaded one by
 * one when the connection returns. A photo the server refuses (type, size, a closed assessment)
 * stays listed with its reason until the assessor retries or discards it.
 */
import type { PendingPhoto } from '$lib/client/offline-store';
import { evidenceUploaded, problemMessage, readBody, type EvidenceUploaded } from '$lib/score-api';

export interface UploadedPhoto extends EvidenceUploaded {
	code: string;
}

export interface PhotoStore {
	addPhoto(code: string, name: string, blob: Blob): Promise<number>;
	photoUploaded(id: number, at: number): Promise<void>;
	markPhotoStuck(id: number, message: string): Promise<void>;
	discardPhoto(id: number): Promise<void>;
}

type Upload = (code: string, name: string, blob: Blob) => Promise<Response>;

export class PhotoQueue {
	/** Photos on the device, not on the server yet (stuck ones carry `stuck`). */
	items = $state<PendingPhoto[]>([]);
	lastSync = $state<number | null>(null);
	#store: PhotoStore;
	#upload: Upload;
	#onUploaded: (photo: UploadedPhoto) => void;
	#running = false;

	constructor(store: PhotoStore, upload: Upload, onUploaded: (photo: UploadedPhoto) => void) {
		this.#store = store;
		this.#upload = upload;
		this.#onUploaded = onUploaded;
	}

	restore(photos: readonly PendingPhoto[]): void {
		this.items = [...photos];
	}

	/** Keeps a photo that could not be sent; it goes with the next sync. */
	async add(code: string, name: string, blob: Blob): Promise<void> {
		const id = await this.#store.addPhoto(code, name, blob);
		this.items = [...this.items, { id, assessmentId: 0, code, name, blob, at: Date.now() }];
	}

	/** Uploads every waiting photo in order; stops at the first network failure. */
	async sync(): Promise<void> {
		if (this.#running) return;
		this.#running = true;
		try {
			for (const photo of this.items.filter((p) => !p.stuck)) {
				let res: Response;
				try {
					res = await this.#upload(photo.code, photo.name, photo.blob);
				} catch {
					return; // still offline: the next sync tries again
				}
				const body = await readBody(res);
				if (res.ok) {
					this.lastSync = Date.now();
					await this.#store.photoUploaded(photo.id!, this.lastSync);
					this.items = this.items.filter((p) => p.id !== photo.id);
					// Stored either way; an answer without the file's details just shows it on reload.
					const uploaded = evidenceUploaded.safeParse(body).data;
					if (uploaded) this.#onUploaded({ ...uploaded, code: photo.code });
				} else if (res.status < 500) {
					const message = problemMessage(body) ?? `Ditolak server (${res.status}).`;
					await this.#store.markPhotoStuck(photo.id!, message);
					this.items = this.items.map((p) => (p.id === photo.id ? { ...p, stuck: message } : p));
				} else return;
			}
		} finally {
			this.#running = false;
		}
	}

	retry(id: number): Promise<void> {
		this.items = this.items.map((p) => (p.id === id ? { ...p, stuck: undefined } : p));
		return this.sync();
	}

	async discard(id: number): Promise<void> {
		await this.#store.discardPhoto(id);
		this.items = this.items.filter((p) => p.id !== id);
	}
}
