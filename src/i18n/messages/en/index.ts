import { app } from './app.ts';
import { inputs } from './inputs.ts';
import { kpis } from './kpis.ts';
import { charts } from './charts.ts';
import { analysis } from './analysis.ts';
import { methodology } from './methodology.ts';
import { share } from './share.ts';
import { embed } from './embed.ts';
import { units } from './units.ts';

export const en = { app, inputs, kpis, charts, analysis, methodology, share, embed, units };
