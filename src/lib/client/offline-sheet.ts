/**
 * Connects a scoring page to the device: opens this user's offline store, shows what the
 * device holds (values it saw accepted after the page copy was made, changes not yet sent), hands
 * the pending ones to the save queue, restarts waiting photos, refreshes the page's offline copy
 * and asks the browser to keep the storage.
 */
import { OfflineStore } from './offline-store';
import { prepareOffline } from '$lib/offline-pages';
import { PhotoQueue, type UploadedPhoto } from '$lib/state/photo-queue.svelte';
import type { ScoreChange } from '$lib/score-api';
import type { SaveQueue } from '$lib/state/save-queue.svelte';

export interface OfflineSheetOptions {
	userId: number;
	assessmentId: number;
	canScore: boolean;
	queue: SaveQueue;
	/** The queue's saved versions per indicator. */
	versions: Map<string, number>;
	/** Indicators tapped in this page view: what the device held from before never overrides them. */
	touched: ReadonlySet<string>;
	/** Shows a value the device holds; `accepted` when the server already has it. */
	show: (change: ScoreChange, accepted: boolean) => void;
	upload: (code: string, name: string, blob: Blob) => Promise<Response>;
	onUploaded: (photo: UploadedPhoto) => void;
}

export async function connectOfflineSheet(
	o: OfflineSheetOptions
): Promise<{ photos: PhotoQueue | null; storageNote: string | null }> {
	let store: OfflineStore;
	try {
		store = await OfflineStore.open(o.userId, o.assessmentId);
	} catch {
		return {
			photos: null,
			storageNote:
				'Peramban ini tidak menyediakan penyimpanan offline: biarkan halaman terbuka sampai semua perubahan terkirim.'
		};
	}
	const held = await store.load();
	// A page served from the offline copy can predate saves this device made since.
	for (const s of held.saved)
		if (s.version > (o.versions.get(s.code) ?? 0) && !o.touched.has(s.code)) {
			o.versions.set(s.code, s.version);
			o.show(s.change, true);
		}
	for (const p of held.changes) if (!o.touched.has(p.code)) o.show(p.change, false);
	o.queue.lastSync = held.lastSync;
	if (o.canScore) o.queue.attach(store, held.changes);
	const photos = new PhotoQueue(store, o.upload, o.onUploaded);
	photos.restore(held.photos);
	void photos.sync();
	if (navigator.onLine && o.canScore) void prepareOffline(location.pathname).catch(() => {});
	// Ask the browser not to evict the offline work under storage pressure.
	const persisted = await navigator.storage?.persist?.().catch(() => false);
	const storageNote =
		persisted === false && held.changes.length + held.photos.length > 0
			? 'Peramban belum menjamin penyimpanan permanen: kirim perubahan segera setelah ada sinyal.'
			: null;
	return { photos, storageNote };
}
