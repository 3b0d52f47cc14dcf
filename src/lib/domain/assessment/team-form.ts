/**
 * The team fields of a visit's forms (scheduling a visit, changing its team): a lead and up to ten
 * members, each an id. Whether those people may serve is the server's check (assessments/team.ts).
 */
import { z } from 'zod';

export const MAX_MEMBERS = 10;

const team = z
	.object({
		leadId: z.coerce
			.number({ error: 'Pilih ketua tim.' })
			.int()
			.positive({ error: 'Pilih ketua tim.' }),
		memberIds: z
			.array(z.coerce.number({ error: 'Anggota tim tidak dikenal.' }).int().positive())
			// A member posted twice (a crafted or replayed form) is one member, not a second team row.
			.transform((ids) => [...new Set(ids)])
			.pipe(
				z.array(z.number()).max(MAX_MEMBERS, { error: `Paling banyak ${MAX_MEMBERS} anggota.` })
			)
	})
	// The page hides the lead from the member list; without JavaScript both can be ticked.
	.refine((v) => !v.memberIds.includes(v.leadId), {
		path: ['memberIds'],
		error: 'Ketua tim sudah termasuk dalam tim. Jangan pilih dia lagi sebagai anggota.'
	});

/**
 * A form schema of `shape` plus the team fields, refusing a lead also ticked as a member.
 * @example withTeam({}).safeParse({ leadId: '3', memberIds: ['3'] }).success === false
 */
export function withTeam<S extends z.ZodRawShape>(shape: S) {
	return z.object(shape).and(team);
}
