/** `npm run rubrics:check`: validates every rubric and instrument file; non-zero exit on any problem. */
import { formatProblem, loadCatalog } from '../src/lib/server/rubrics/files';

const catalog = loadCatalog();
if (catalog.problems.length > 0) {
	console.error(`✗ ${catalog.problems.length} masalah pada berkas rubrik:\n`);
	for (const p of catalog.problems) console.error('  ' + formatProblem(p));
	process.exit(1);
}
for (const { file, value } of catalog.rubrics) {
	const n = value.aspects.reduce((sum, a) => sum + a.indicators.length, 0);
	console.log(`✓ ${file}  ${value.title} — ${value.aspects.length} aspek, ${n} indikator`);
}
for (const { file, value } of catalog.instruments) console.log(`✓ ${file}  ${value.title}`);
