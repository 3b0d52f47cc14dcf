import { and, eq } from 'drizzle-orm';
import { canManagePantiIn, type Actor } from '$lib/domain/access';
import type { PantiInput } from '$lib/domain/panti/form';
import { LEGAL_DOCUMENT_KINDS, PROFESSIONS } from '$lib/domain/panti/types';
import { audit } from '../audit';
import type { Db, Tx } from '../db';
import { duplicateKey } from '$lib/domain/panti/import-preview';
import type { Queryable } from '../db';
import { panti, pantiLegalDocuments, pantiPmks, pantiStaff, regions } from '../db/schema';
import { getPanti, type PantiDetail } from './detail';

export type SaveResult =
	| { ok: true; id: number }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'invalid'; errors: Record<string, string[]> }
	| { ok: false; reason: 'stale'; current: PantiDetail };

export type CreateResult =
	| SaveResult
	/** A panti of the same name is already registered in that kab/kota; nothing was saved. */
	| { ok: false; reason: 'duplicate'; existing: { id: number; name: string; regionName: string } };

/** Region must be a real kab/kota inside the actor's scope; returns field errors otherwise. */
function checkRegion(db: Db, actor: Actor, regionCode: string): Record<string, string[]> | null {
	const region = db
		.select({ level: regions.level })
		.from(regions)
		.where(eq(regions.code, regionCode))
		.get();
	if (!region || region.level !== 'regency')
		return { regionCode: ['Kabupaten/kota tidak dikenal.'] };
	if (!canManagePantiIn(actor, regionCode))
		return { regionCode: ['Kabupaten/kota ini di luar wilayah kewenangan Anda.'] };
	return null;
}

function columns(input: PantiInput) {
	return {
		name: input.name,
		type: input.type,
		ownership: input.ownership,
		address: input.address,
		regionCode: input.regionCode,
		latitude: input.latitude,
		longitude: input.longitude,
		capacity: input.capacity,
		currentClients: input.currentClients,
		staffPimpinan: input.staffPimpinan,
		staffOperasional: input.staffOperasional,
		staffPenunjang: input.staffPenunjang
	};
}

function writeChildren(tx: Tx, id: number, input: PantiInput): void {
	tx.delete(pantiStaff).where(eq(pantiStaff.pantiId, id)).run();
	tx.delete(pantiPmks).where(eq(pantiPmks.pantiId, id)).run();
	tx.delete(pantiLegalDocuments).where(eq(pantiLegalDocuments.pantiId, id)).run();
	for (const profession of PROFESSIONS) {
		const count = input.staff[profession];
		if (count > 0) tx.insert(pantiStaff).values({ pantiId: id, profession, count }).run();
	}
	for (const pmksCode of new Set(input.pmks))
		tx.insert(pantiPmks).values({ pantiId: id, pmksCode }).run();
	for (const kind of LEGAL_DOCUMENT_KINDS) {
		const doc = input.legal[kind];
		if (!doc.number) continue;
		tx.insert(pantiLegalDocuments)
			.values({
				pantiId: id,
				kind,
				number: doc.number,
				issuedOn: doc.issuedOn,
				expiresOn: doc.expiresOn
			})
			.run();
	}
}

/** The audited view of a panti: what a reader of the log needs to see changed. */
function snapshot(detail: PantiDetail | null) {
	if (!detail) return null;
	const { createdAt: _c, updatedAt: _u, regionName: _r, provinceName: _p, ...rest } = detail;
	return rest;
}

/** The registered panti whose name is the same as `name` in `regionCode` (`duplicateKey`), if any. */
export function findDuplicate(db: Queryable, name: string, regionCode: string) {
	const key = duplicateKey(name, regionCode);
	return (
		db
			.select({ id: panti.id, name: panti.name, regionName: regions.name })
			.from(panti)
			.innerJoin(regions, eq(regions.code, panti.regionCode))
			.where(eq(panti.regionCode, regionCode))
			.all()
			.find((p) => duplicateKey(p.name, regionCode) === key) ?? null
	);
}

/**
 * Registers a panti. With `duplicates` a panti of the same name in the same kab/kota stops it
 * (`duplicate`) unless it is the one the user already saw and confirmed (`confirmedId`). The check
 * runs in the insert's transaction, so of two tabs saving the same name at once the second is
 * warned too. The importer judges duplicates in its own preview and passes nothing.
 */
export function createPanti(
	db: Db,
	actor: Actor,
	input: PantiInput,
	now: Date,
	options: { duplicates?: { confirmedId: number | null } } = {}
): CreateResult {
	const regionErrors = checkRegion(db, actor, input.regionCode);
	if (regionErrors) return { ok: false, reason: 'invalid', errors: regionErrors };
	const id = db.transaction((tx) => {
		const existing = options.duplicates && findDuplicate(tx, input.name, input.regionCode);
		if (existing && existing.id !== options.duplicates?.confirmedId) return { existing };
		const stamp = now.toISOString();
		const row = tx
			.insert(panti)
			.values({ ...columns(input), createdAt: stamp, updatedAt: stamp })
			.returning({ id: panti.id })
			.get();
		writeChildren(tx, row.id, input);
		audit(tx, {
			userId: actor.id,
			action: 'panti.create',
			entityType: 'panti',
			entityId: row.id,
			after: snapshot(getPanti(tx, actor, row.id))
		});
		return row.id;
	});
	if (typeof id !== 'number') return { ok: false, reason: 'duplicate', existing: id.existing };
	return { ok: true, id };
}

/**
 * Updates a panti if `expectedVersion` is still current (optimistic concurrency): a stale edit is
 * refused with the newer record so the user can see what changed, never silently overwritten.
 */
export function updatePanti(
	db: Db,
	actor: Actor,
	id: number,
	expectedVersion: number,
	input: PantiInput,
	now: Date
): SaveResult {
	const before = getPanti(db, actor, id);
	if (!before || !canManagePantiIn(actor, before.regionCode))
		return { ok: false, reason: 'not_found' };
	const regionErrors = checkRegion(db, actor, input.regionCode);
	if (regionErrors) return { ok: false, reason: 'invalid', errors: regionErrors };
	return db.transaction((tx) => {
		const updated = tx
			.update(panti)
			.set({ ...columns(input), version: expectedVersion + 1, updatedAt: now.toISOString() })
			.where(and(eq(panti.id, id), eq(panti.version, expectedVersion)))
			.returning({ id: panti.id })
			.get();
		if (!updated) return { ok: false, reason: 'stale', current: before } as const;
		writeChildren(tx, id, input);
		const after = getPanti(tx, actor, id);
		audit(tx, {
			userId: actor.id,
			action: 'panti.update',
			entityType: 'panti',
			entityId: id,
			before: snapshot(before),
			after: snapshot(after)
		});
		return { ok: true, id } as const;
	});
}
