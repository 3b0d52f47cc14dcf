/** `npm run bench`: every benchmark, one table each (targets: design.md §10). */
import { benchDinas } from './dinas';
import { benchEngine } from './engine';
import { report } from './report';
import { benchReports } from './reports';
import { benchServer } from './server';

console.log(`SIAP benchmark — Node ${process.version}, ${new Date().toISOString()}`);
report('Engine (pure domain)', benchEngine());
report('Assessment on a tablet (production build, loopback)', await benchServer());
report('Reports (PDF)', await benchReports());
report('Dinas pages at national scale (10,000 panti, 30,000 assessments)', await benchDinas());
