/** The methodology area's words in English: the shape every other language's file matches. */
export const methodology = {
  intro:
    'Everything on this page comes from one month-by-month table, run twice: with the CS team as entered, and with no CSMs. With the steps below and the inputs on the left, every figure can be rebuilt in a spreadsheet.',
  kpisHeading: 'The key figures',
  formula: 'Formula',
  meaning: 'What it means',
  spreadsheet: 'In a spreadsheet',
  monthHeading: 'One month, step by step',
  monthIntro:
    'Month 0 is the starting book: the accounts today, all onboarded, each at ARPA. Months 1 to H each take these steps in this order:',
  /** One month of the model, in the order the engine takes the steps (docs/model.md). */
  monthSteps: [
    'New accounts: the paid new accounts, plus referrals = referrals per account a year ÷ 12 × the onboarded accounts at the end of last month (referred accounts cost no CAC).',
    'Coverage k: hours needed = impact hours × all accounts at the end of last month + onboarding hours × this month’s new accounts; k = min(1, CSMs × CSM hours ÷ hours needed), 0 with no CSMs, 1 when no hours are needed.',
    'Levers in force: each lever = without-CS value + k × (with-CS value − without-CS value). Time to value is rounded half up to whole months. Expansion growth a month g = (1 + win rate × expansion size)^(opportunities a year ÷ 12) − 1.',
    'Onboarded accounts: churn first (accounts and MRR × (1 − churn)), then contraction on what is left (MRR × (1 − contraction)), then expansion (MRR × (1 + g)).',
    'Onboarding cohorts whose time to value ends this month: the failures (1 − the success rate fixed when they joined) leave and their MRR counts as churn; the rest are onboarded and take step 4 from next month.',
    'The new cohort joins at ARPA per account with this month’s success rate and time to value. With a time to value of 0 only the successful share joins and the failures never pay; otherwise all join as onboarding, pay ARPA, and neither churn nor expand until they resolve.',
  ],
  /** The month table's money columns. */
  rowFormulas: [
    'MRR = onboarded MRR + onboarding accounts × ARPA; revenue of the month = its MRR.',
    'Gross profit = gross margin × revenue. CAC spend = paid new accounts × CAC (referrals are free). CS cost = CSMs × annual cost ÷ 12.',
    'Contribution = gross profit − CAC spend − CS cost; cumulative contribution is its running total.',
    'Every month: MRR = last month’s MRR + new MRR + expansion − contraction − churned MRR.',
  ],
  decisionsHeading: 'Modelling decisions',
  decisionsIntro:
    'Each is written at the line of the model that makes it; this list is read from the model itself.',
  /** What each part of the model that writes notes is about (scripts/model-notes.ts), for people who do not read the code. */
  noteTopics: {
    inputs: 'Inputs',
    validation: 'Validation',
    monthLoop: 'Month loop',
    levers: 'Levers',
    units: 'Units',
    programValue: 'Program value',
    teamSize: 'Team size',
    lifetimeValue: 'Lifetime value',
    race: 'Race',
    cohorts: 'Cohorts',
    sensitivity: 'Sensitivity',
    retentionGain: 'Retention gain',
    goalSeek: 'Goal seek',
    uncertainty: 'Uncertainty',
  },
  /**
   * The model's notes (its `// NOTE:` comments, written in English) in this language, each keyed by its
   * English text. English shows them as written.
   */
  modelNotes: {} as Readonly<Record<string, string>>,
  presetsHeading: 'Where the presets’ numbers come from',
  presetsIntro:
    'Public benchmarks, some of them secondary reports of paid surveys. No public study measures how much a CS program itself cuts churn or lifts expansion: those effects are this project’s judgement.',
  presetSourcesLabel: (preset: string) => `Sources of the preset ${preset}`,
  /** A source a preset took numbers from: its name, its year where it has one, and what was taken. */
  presetSource: (name: string, year: string | null, took: string) =>
    `${name}${year === null ? '' : ` (${year})`}: ${took}`,
  /**
   * The presets' sources, their names and what was taken from each (src/store/presets.ts, written in
   * English), in this language, each keyed by its English text. English shows them as written.
   */
  viewsHeading: 'The analysis views',
  /** How each analysis view computes what it shows. */
  views: {
    headcount: {
      title: 'Team size',
      text: 'For every team size n of a segment from 0 to about twice its full-coverage team, the whole book’s program is evaluated with that segment at n CSMs and the team held fixed: net benefit = Σ extra gross profit − Σ CS cost (each CSM’s salary, tools and share of a manager). From the full-coverage team up every month is covered, so only the cost grows, and the best team is found by trying every size up to it. Cutting one CSM is the difference between n and n − 1; adding one between n + 1 and n. Above 400 team sizes the curve is drawn through evenly spaced sizes.',
    },
    race: {
      title: 'Acquisition vs retention',
      text: 'Company A is the scenario; company B is A with the changes you enter, validated like any input. Each is simulated on its own. Contribution = gross profit − CAC spend − CS cost. “B is ahead for good from month m” means B is strictly above A in every month from m to the horizon; before that the lead may change hands.',
    },
    cohorts: {
      title: 'Cohorts',
      text: 'The month table is replayed with every cohort kept in the layer of the year it joined (year 1 = months 1 to 12; the customers at the start are their own layer), using each month’s coverage and new accounts from the engine. Each layer takes steps 4 to 6 above, so the layers add up to the MRR of the month table in every month.',
    },
    sensitivity: {
      title: 'What moves ROI',
      text: 'Each input moves down and up by 10 % of its value, one at a time with the rest held (CSMs and time to value by at least one whole step; any other input at zero, having no 10 % to move by, is left out and named). The bar is how far the chosen measure moves from today’s value. The horizon is left out: it changes the question, not the business.',
    },
    retentionGain: {
      title: 'Retention or acquisition?',
      text: 'Five points of annual logo retention rate: annual churn = 1 − (1 − monthly churn)^12 falls by 0.05 (not below 0) on both sides of the churn lever, and is turned back into monthly churn = 1 − (1 − annual)^(1/12). Five per cent more new accounts: paid new accounts a month × 1.05, which also costs their CAC and CSM hours. Each is simulated with the team as it is and compared on Σ gross profit over the horizon. This rate, 1 − annual churn, is not the “Logo retention, trailing 12 months” card, which follows the accounts on the books a year ago, onboarding failures included.',
    },
    goal: {
      title: 'Goal seek',
      text: 'The chosen input is tried across its whole allowed range (an even grid plus points at doubling distances from today’s value). Where the target changes from missed to met, the interval nearest today’s value is halved until it is a billionth of the value wide (whole numbers: until neighbours), and the side that meets the target is shown. A measure need not move one way (payback against team size falls, then rises): when the grid finds no change, the gaps around the grid points closest to the target are searched again, value by value for whole numbers. If still no value meets it, the view says so, gives the closest it gets and where, and says whether the input moves the measure at all.',
    },
    cautions: {
      title: 'Cautions beside the key figures',
      text: 'A scenario whose CS program does more than published studies report carries a caution, and its CSV and PNG exports say it is illustrative: churn with CS below half the churn without, time to value with CS below a third of the time without, or NRR at the horizon more than 15 points above the NRR without CS. No public study we found reports effects that large; the limits are a judgement, and each caution says what the scenario assumes. CS cost above 15 % of ARR at the horizon, cited as a ceiling, also carries a caution, which does not make the scenario illustrative. Levers that never apply (no CSMs and no digital program) carry none.',
    },
    finance: {
      title: 'Finance',
      text: 'ROI by year is the ROI of months 1–12, 13–24, … each on its own (the last year possibly shorter): year 1 carries the team’s cost before retention compounds, so it is often negative. CS cost as a share of ARR is the horizon month’s CS cost ÷ its MRR. CS program payback is the program’s own payback (the Payback card); CAC payback is CAC ÷ (ARPA × gross margin), the months of margin that pay back winning one account. The spreadsheet LTV, ARPA × gross margin ÷ monthly churn, counts no expansion, contraction or onboarding and never ends; the model’s CLV follows one account through the month steps for 120 months. The value of the ARR lift is the ARR lift at the horizon × the EV/ARR multiple you set (0× to 100×): a valuation shorthand, not a forecast.',
    },
    yourNumbers: {
      title: 'Your numbers',
      text: 'ARPA = ARR ÷ 12 ÷ accounts; new accounts a month = new logos a year ÷ 12. CS hours, onboarding, the expansion win rate and the CAC payback come from the contract-size preset of the average ACV (under 12k SMB, above 100k enterprise, mid-market between). Coverage today k = CSMs × CSM hours ÷ (impact hours × accounts + onboarding hours × new accounts a month), at most 1. Monthly churn today m = 1 − (1 − annual logo churn)^(1/12); without CS m ÷ (1 − k × cut), with CS that × (1 − cut), so that at k it is m. Contraction = 1 − (GRR ÷ logo retention)^(1/12), the same on both sides. Expansion: one opportunity a year at the preset’s win rate w; its size without CS is (NRR ÷ GRR − 1) ÷ w ÷ (1 + k × lift), with CS that × (1 + lift). On today’s customers, a year at coverage k then gives the GRR, NRR and logo retention entered.',
    },
    uncertainty: {
      title: 'Uncertainty',
      text: 'Each run draws every ranged lever on its own from a triangular distribution between its low and high with its peak at the scenario’s value, simulates the horizon and evaluates the program. The random numbers come from a seeded generator (mulberry32): the same seed and inputs give the same bands on every machine. P10, P50 and P90 are percentiles of the runs, month by month, interpolated as a spreadsheet’s PERCENTILE.INC. The odds that ROI is positive are the share of runs with net benefit above zero.',
    },
  },
};

export type MethodologyWords = typeof methodology;

/** A part of the model its notes are listed under. */
export type NoteTopic = keyof MethodologyWords['noteTopics'];
