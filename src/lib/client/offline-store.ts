/**
 * The tablet's durable copy of an assessor's work (IndexedDB through `idb`): changes not yet
 * accepted by the server, the last value the server accepted per indicator (so a page served
 * from the offline cache never shows older values than the device has seen), photos waiting to
 * be uploaded, and the last sync time. One database per user: on a shared tablet nobody's
 * pending work is applied to another person's sheet.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ScoreChange } from '$lib/score-api';

export interface PendingChange {
	assessmentId: number;
	code: string;
	change: ScoreChange;
	/** The version this change was made on; the server refuses it (409) if it moved on. */
	version: number;
	at: number;
	/** Why the server refused it (not a conflict): shown with "coba lagi" and "buang". */
	stuck?: string;
}

export interface SavedScore {
	assessmentId: number;
	code: string;
	change: ScoreChange;
	version: number;
}

export interface PendingPhoto {
	id?: number;
	assessmentId: number;
	code: string;
	name: string;
	blob: Blob;
	at: number;
	stuck?: string;
}

interface Meta {
	assessmentId: number;
	lastSync: number | null;
}

interface OfflineSchema extends DBSchema {
	changes: { key: [number, string]; value: PendingChange; indexes: { byAssessment: number } };
	saved: { key: [number, string]; value: SavedScore; indexes: { byAssessment: number } };
	photos: { key: number; value: PendingPhoto; indexes: { byAssessment: number } };
	meta: { key: number; value: Meta };
}

const same = (a: ScoreChange, b: ScoreChange) =>
	a.level === b.level && a.notApplicable === b.notApplicable && a.note === b.note;

export class OfflineStore {
	#db: IDBPDatabase<OfflineSchema>;
	readonly assessmentId: number;

	private constructor(db: IDBPDatabase<OfflineSchema>, assessmentId: number) {
		this.#db = db;
		this.assessmentId = assessmentId;
	}

	static async open(userId: number, assessmentId: number): Promise<OfflineStore> {
		const db = await openDB<OfflineSchema>(`siap-offline-${userId}`, 1, {
			upgrade(db) {
				for (const name of ['changes', 'saved'] as const)
					db.createObjectStore(name, { keyPath: ['assessmentId', 'code'] }).createIndex(
						'byAssessment',
						'assessmentId'
					);
				db.createObjectStore('photos', { keyPath: 'id', autoIncrement: true }).createIndex(
					'byAssessment',
					'assessmentId'
				);
				db.createObjectStore('meta', { keyPath: 'assessmentId' });
			}
		});
		return new OfflineStore(db, assessmentId);
	}

	async load() {
		const id = this.assessmentId;
		const [changes, saved, photos, meta] = await Promise.all([
			this.#db.getAllFromIndex('changes', 'byAssessment', id),
			this.#db.getAllFromIndex('saved', 'byAssessment', id),
			this.#db.getAllFromIndex('photos', 'byAssessment', id),
			this.#db.get('meta', id)
		]);
		return { changes, saved, photos, lastSync: meta?.lastSync ?? null };
	}

	/** Records a change before it is sent: from here on a reload or a closed tab loses nothing. */
	putChange(change: ScoreChange, version: number): Promise<unknown> {
		return this.#db.put('changes', {
			assessmentId: this.assessmentId,
			code: change.code,
			change,
			version,
			at: Date.now()
		});
	}

	/** The server accepted `change` at `version`: mirror it, and drop the pending entry if unchanged since. */
	async accepted(change: ScoreChange, version: number, at: number): Promise<void> {
		const tx = this.#db.transaction(['changes', 'saved', 'meta'], 'readwrite');
		const key: [number, string] = [this.assessmentId, change.code];
		const pending = await tx.objectStore('changes').get(key);
		if (pending && same(pending.change, change)) await tx.objectStore('changes').delete(key);
		await tx
			.objectStore('saved')
			.put({ assessmentId: this.assessmentId, code: change.code, change, version });
		await tx.objectStore('meta').put({ assessmentId: this.assessmentId, lastSync: at });
		await tx.done;
	}

	async markStuck(code: string, message: string): Promise<void> {
		const key: [number, string] = [this.assessmentId, code];
		const pending = await this.#db.get('changes', key);
		if (pending) await this.#db.put('changes', { ...pending, stuck: message });
	}

	discardChange(code: string): Promise<void> {
		return this.#db.delete('changes', [this.assessmentId, code]);
	}

	addPhoto(code: string, name: string, blob: Blob): Promise<number> {
		return this.#db.add('photos', {
			assessmentId: this.assessmentId,
			code,
			name,
			blob,
			at: Date.now()
		});
	}

	async markPhotoStuck(id: number, message: string): Promise<void> {
		const photo = await this.#db.get('photos', id);
		if (photo) await this.#db.put('photos', { ...photo, stuck: message });
	}

	async photoUploaded(id: number, at: number): Promise<void> {
		await this.#db.delete('photos', id);
		await this.#db.put('meta', { assessmentId: this.assessmentId, lastSync: at });
	}

	discardPhoto(id: number): Promise<void> {
		return this.#db.delete('photos', id);
	}
}
