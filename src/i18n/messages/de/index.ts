import { app } from './app.ts';
import { inputs } from './inputs.ts';
import { kpis } from './kpis.ts';
import { charts } from './charts.ts';
import { analysis } from './analysis.ts';
import { share } from './share.ts';
import { embed } from './embed.ts';
import { units } from './units.ts';
import type { Words } from '../../words.ts';

export const de: Words = { app, inputs, kpis, charts, analysis, share, embed, units };
