export interface Row {
	what: string;
	target: string;
	measured: string;
	pass: boolean;
}

/** Prints a benchmark table: what, target, measured, pass/fail. */
export function report(title: string, rows: Row[]): void {
	const w = Math.max(...rows.map((r) => r.what.length), 10);
	console.log(`\n${title}`);
	console.log(`${'what'.padEnd(w)}  ${'target'.padEnd(8)}  ${'measured'.padEnd(12)}  result`);
	for (const r of rows)
		console.log(
			`${r.what.padEnd(w)}  ${r.target.padEnd(8)}  ${r.measured.padEnd(12)}  ${r.pass ? 'PASS' : 'FAIL'}`
		);
}
