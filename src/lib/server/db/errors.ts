/**
 * True when `err` (or an error it wraps) is SQLite refusing a duplicate in the UNIQUE index on
 * `column` (`table.column`, as SQLite names it in the message). A check-then-insert cannot rule
 * out a concurrent insert in between, so the constraint is the last word and callers turn this
 * error into the message the check would have given.
 */
export function isUniqueViolation(err: unknown, column: string): boolean {
	for (let e: unknown = err; e instanceof Error; e = e.cause) {
		const code = 'code' in e ? e.code : undefined;
		if (code === 'SQLITE_CONSTRAINT_UNIQUE' && e.message.includes(column)) return true;
	}
	return false;
}
