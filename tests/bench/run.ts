/**
 * `npm run bench`: every target of design.md §10 on the national data set (10,000 panti,
 * 30,000 assessments × 250 indicators; built once into /tmp/siap-national, ~70 s, then reused).
 * Prints each benchmark's detail, then one table of every row with a target: pass or fail.
 */
import { openDb } from '../../src/lib/server/db/index';
import { benchDinas } from './dinas';
import { benchEngine } from './engine';
import { buildNational } from './national';
import { report, type Row } from './report';
import { benchOffline } from './offline';
import { benchRegionGap } from './region-gap';
import { benchReports } from './reports';
import { benchServer } from './server';
import { addBenchTeam, benchCodes } from './world';

console.log(`SIAP benchmark — Node ${process.version}, ${new Date().toISOString()}`);
const all: { section: string; row: Row }[] = [];
function section(title: string, rows: Row[]) {
	report(title, rows);
	for (const row of rows) all.push({ section: title.split(' (')[0]!, row });
}

const national = await buildNational();
console.log(
	`National data set: ${national.panti} panti, ${national.assessments} assessments (${national.finalized} finalized), ` +
		`${national.sizeMb.toFixed(0)} MB, ${national.reused ? 'reused' : `built in ${national.seconds.toFixed(0)} s`}`
);
section('Engine (pure domain)', benchEngine());
// The tablet benchmarks write into the national data set: one new visit with a team of 50.
const db = openDb(national.dbPath);
const world = { dir: national.dir, db, codes: benchCodes(), ...addBenchTeam(db, 50) };
section(
	'Assessment on a tablet (national data set, production build, loopback)',
	await benchServer(world)
);
db.$client.close();
section('Offline sync', await benchOffline());
section('Reports (PDF)', await benchReports());
section('Dinas pages at national scale (10,000 panti, 30,000 assessments)', await benchDinas());
section('Regional gap analysis (national data set)', await benchRegionGap());

const targeted = all.filter((r) => r.row.target !== '—');
report(
	'Targets of design.md §10 — all rows',
	targeted.map(({ section, row }) => ({ ...row, what: `${section}: ${row.what}` }))
);
const failed = targeted.filter((r) => !r.row.pass).length;
console.log(
	`\n${targeted.length - failed} of ${targeted.length} targets met${failed ? `; ${failed} missed` : ''}.`
);
