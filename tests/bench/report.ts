export interface Row {
	what: string;
	target: string;
	measured: string;
	pass: boolean;
}

/** Prints a benchmark table: what, target, measured, pass/fail. */
export function report(title: string, rows: Row[]): void {
	const width = (key: 'what' | 'target' | 'measured') =>
		Math.max(key.length, ...rows.map((r) => r[key].length));
	const [w, t, m] = [width('what'), width('target'), width('measured')];
	console.log(`\n${title}`);
	console.log(`${'what'.padEnd(w)}  ${'target'.padEnd(t)}  ${'measured'.padEnd(m)}  result`);
	for (const r of rows)
		console.log(
			`${r.what.padEnd(w)}  ${r.target.padEnd(t)}  ${r.measured.padEnd(m)}  ${r.pass ? 'PASS' : 'FAIL'}`
		);
}
