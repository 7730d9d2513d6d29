import { app } from './app.ts';
import { inputs } from './inputs.ts';
import { kpis } from './kpis.ts';
import { charts } from './charts.ts';
import { analysis } from './analysis.ts';
import { share } from './share.ts';
import { embed } from './embed.ts';
import { units } from './units.ts';

// The methodology view's words are not here: they load with the view (src/i18n/methodology-words.ts).
export const en = { app, inputs, kpis, charts, analysis, share, embed, units };
