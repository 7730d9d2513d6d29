/** Who leads a race measure at a month: "A" or "B", or null when they are level to the cent. */
export interface RaceLead {
  leader: 'A' | 'B' | null;
  /** The measure's name, as the catalogue's race.metric gives it. */
  metric: string;
  /** The gap, formatted. */
  amount: string;
}

/** The inspected team size of the headcount view, its figures formatted. */
export interface InspectedTeam {
  size: string;
  averageCoverage: string;
  /** The lowest coverage and its month, or null when every month is fully covered. */
  lowest: { coverage: string; month: number } | null;
  accountsPerCsm: string;
  horizon: number;
  netBenefit: string;
  roi: string | null;
}

/** One finance figure's texts. */
interface FigureWords {
  label: string;
  formula: string;
}

/** "A leads MRR by $10,611", "A and B are level on MRR". */
function leadText(l: RaceLead): string {
  return l.leader === null
    ? `A and B are level on ${l.metric}`
    : `${l.leader} leads ${l.metric} by ${l.amount}`;
}

/** The analysis area's words in English: the shape every other language's file matches. */
export const analysis = {
  title: 'Analysis',
  tabList: 'Analysis views',
  /** While a view's code is fetched; `view` is its tab's name. */
  loading: (view: string) => `Loading ${view.charAt(0).toLowerCase()}${view.slice(1)}…`,
  tabs: {
    headcount: 'Where the next CSM goes',
    race: 'Acquisition vs retention',
    cohorts: 'Cohorts',
    sensitivity: 'What moves ROI',
    goal: 'Goal seek',
    uncertainty: 'Uncertainty',
    finance: 'Finance',
    'your-numbers': 'Your numbers',
    methodology: 'Methodology',
  },
  /** A name in quotes, as the language writes quotes. */
  quoted: (text: string) => `“${text}”`,
  /** A team size: "1 CSM", "12 CSMs"; `#` is the count as formatted (see plural). */
  csms: { one: '# CSM', other: '# CSMs' },
  /** The unit of a yearly amount typed in a field. */
  perYear: 'a year',
  /** A heading of a view that holds the team fixed while hiring is on. */
  fixedTeam: (heading: string) => `${heading} (fixed team)`,

  team: {
    nextGain: (segment: string, gain: string, horizon: number) =>
      `The next CSM earns the most in ${segment}: ${gain} net over ${horizon} months.`,
    nextLoss: (segment: string, loss: string, horizon: number) =>
      `One more CSM in any segment costs more than it adds over ${horizon} months; the least loss is in ${segment} (${loss}).`,
    splitSame: (team: string, net: string, horizon: number) =>
      `Today’s split of ${team} is already the best split of that team: ${net} net over ${horizon} months.`,
    /** `parts` are splitPart's, one a segment. */
    splitBetter: (team: string, parts: string, net: string, horizon: number, gain: string) =>
      `The same ${team} split as ${parts} would net ${net} over ${horizon} months, ${gain} on today’s split.`,
    splitPart: (csms: string, segment: string) => `${csms} in ${segment}`,
    curveNone: (horizon: number) =>
      `No team size returns more than it costs over ${horizon} months, however it is split.`,
    curveBest: (team: string, net: string, horizon: number) =>
      `Split the best way, ${team} in all earn the most: ${net} net over ${horizon} months.`,
    fixedNote:
      'These figures are for a fixed team: the hiring plan is left out, and each team size is held all through the horizon.',
    nextRegion: 'The next CSM, by segment',
    nextCaption: 'One more CSM, by segment',
    segment: 'Segment',
    csmsToday: 'CSMs today',
    netOfOneMore: 'Net benefit of one more',
    sameTeamHeading: 'The same team, split the best way',
    splitRegion: 'Today’s split and the best split',
    today: 'Today',
    bestSplit: 'Best split',
    apply: 'Apply this split',
    wholeTeamHeading: 'The whole team, split the best way',
  },

  headcount: {
    better: (amount: string) => `${amount} better overall`,
    worse: (amount: string) => `${amount} worse overall`,
    noChange: 'no change overall',
    noOneToCut: 'With no CSMs there is no one to cut.',
    cut: (from: string, to: string, saved: string, horizon: number, lost: string, net: string) =>
      `Cutting one CSM (${from} → ${to}) saves ${saved} of CS cost over ${horizon} months and loses ${lost} of gross profit: ${net}.`,
    add: (from: string, to: string, cost: string, brought: string, net: string) =>
      `Adding one (${from} → ${to}) costs ${cost} and brings ${brought} of gross profit: ${net}.`,
    noneWorth: (horizon: number) =>
      `No team size returns more than it costs over ${horizon} months in this scenario.`,
    best: (team: string, net: string, horizon: number, roi: string | null) =>
      `The best team for this scenario is ${team}: ${net} net over ${horizon} months` +
      (roi === null ? '.' : ` (ROI ${roi}).`),
    todaySame: 'Today’s team is that size.',
    todayLess: (team: string, net: string, less: string) => `Today’s ${team} net ${net}, ${less} less.`,
    coverage: (team: string) => `${team} would cover every month in full.`,
    inspectedNone: 'With no CSMs, coverage is zero: every account runs at its without-CS levers.',
    inspected: (t: InspectedTeam) =>
      `With ${t.size}, coverage averages ${t.averageCoverage}` +
      (t.lowest === null
        ? ' and every month is fully covered'
        : ` and falls to ${t.lowest.coverage} in month ${t.lowest.month}`) +
      `; each CSM carries ${t.accountsPerCsm} accounts by month ${t.horizon}. Net benefit ${t.netBenefit}` +
      (t.roi === null ? '.' : `, ROI ${t.roi}.`),
    headingOf: (segment: string) => `Team size of ${segment}`,
    heading: 'Team size',
    inspect: 'Team size to inspect',
    use: { one: 'Use # CSM in the scenario', other: 'Use # CSMs in the scenario' },
  },

  race: {
    metric: {
      mrr: 'MRR',
      contribution: 'monthly contribution',
      cumulativeContribution: 'cumulative contribution',
    },
    /** "A leads MRR by $10,611", "A and B are level on MRR". */
    lead: (l: RaceLead) => leadText(l),
    /** One leader on every measure: "A leads MRR by $1, monthly contribution by $2 and …"; `gaps` is a list. */
    leadsAll: (leader: 'A' | 'B', gaps: string) => `${leader} leads ${gaps}`,
    gap: (metric: string, amount: string) => `${metric} by ${amount}`,
    notStaying: (month: number, lead: RaceLead, months: number) =>
      `At month ${month}, ${leadText(lead)}, but does not stay ahead: by month ${months} A is level or ahead again.`,
    neverAhead: (month: number, lead: RaceLead, months: number) =>
      `At month ${month}, ${leadText(lead)}; B never pulls ahead for good within ${months} months.`,
    aheadSince: (month: number, lead: RaceLead, from: number) =>
      `At month ${month}, ${leadText(lead)}, and has been ahead for good since month ${from}.`,
    aheadFrom: (month: number, lead: RaceLead, from: number) =>
      `At month ${month}, ${leadText(lead)}; B is ahead for good from month ${from}.`,
    /** `metrics` is a list of measures joined with "or". */
    headlineNone: (months: number, metrics: string) =>
      `Within ${months} months, B is not ahead of A for good on ${metrics}.`,
    /** `ahead` is a list of aheadOn's. */
    headlineAll: (months: number, ahead: string) => `Within ${months} months, B is ahead for good ${ahead}.`,
    headlineSome: (months: number, ahead: string, never: string) =>
      `Within ${months} months, B is ahead for good ${ahead}, and never overtakes A for good on ${never}.`,
    aheadOn: (metric: string, from: number) => `on ${metric} from month ${from}`,
    /** The article's claim checked; `from` is the month B is ahead for good from, by measure (null: never). */
    articleCheck: (
      articleMonth: number,
      month: number,
      holds: boolean,
      leads: string,
      from: { contribution: number | null; cumulativeContribution: number | null; mrr: number | null },
    ) => {
      const since = (at: number | null, what: string) =>
        at === null ? `never ${what}` : `${what} from month ${at}`;
      return (
        `The article says B is ahead after ${articleMonth} months. ` +
        (holds ? 'In this model it is, on all three measures: ' : 'In this model it is not: ') +
        `at month ${month}, ${leads}. ` +
        `B’s monthly contribution is ${since(from.contribution, 'ahead')}, its cumulative contribution ${since(from.cumulativeContribution, 'ahead')}, ` +
        `and its MRR ${since(from.mrr, 'passes A’s')}.`
      );
    },
    intro:
      'Company A is the scenario you are editing. Company B is A with the changes below; a field left empty follows A. Everything else (margin, onboarding, the CS team’s hours and cost) is the same for both.',
    loadArticle: 'Load the article’s example (replaces the scenario)',
    /** The name the loaded example goes by in notices. */
    exampleSource: 'Race example',
    halfAndHalf: 'B: half the new accounts, half the churn',
    same: 'Make B the same as A',
    formCaption: 'Inputs of company A and company B',
    input: 'Input',
    companyA: 'Company A',
    companyB: 'Company B',
    fieldA: (input: string) => `${input}, company A`,
    fieldB: (input: string) => `${input}, company B`,
    asA: 'as A',
    problems: 'Company B: values changed by validation',
    problem: (text: string) => `Company B: ${text}`,
    verdictAt: 'Verdict at month',
    month: (month: number) => `Month ${month}`,
  },

  cohorts: {
    start: (now: string, then: string, horizon: number, kept: string) =>
      `The customers you have today bring ${now} of MRR now and ${then} in month ${horizon}: ${kept} of what they started at, after churn, contraction and expansion.`,
    noStart: 'There are no customers at the start; every layer is a cohort won during the horizon.',
    /** `layer` is the chart's name of the layer ("Joined in year 2"). */
    largest: (horizon: number, layer: string, mrr: string) =>
      `The largest layer in month ${horizon} is “${layer}”, with ${mrr}.`,
    note: 'Each band is the MRR, with the CS team as staffed, of the customers who joined in that year, followed to the end of the horizon. A band that widens after its year is over is compounding: its expansion outruns its churn and contraction.',
  },

  sensitivity: {
    measure: 'Measure',
    intro:
      'Each input moves 10 % of its value down and up (CSMs and time to value by at least one whole step), one at a time, the rest held. The longest bars are the assumptions worth checking first.',
    /** `named` is a list of input names; `more` how many more are left out (0: none). */
    leftOut: (named: string, more: number) =>
      `Inputs at zero have no 10 % to move by and are left out: ${named}${more > 0 ? ` and ${more} more` : ''}.`,
    gainHeading: 'Retention or acquisition?',
    retentionCard: 'Five points more annual logo retention rate (1 − annual churn)',
    acquisitionCard: '5 % more new accounts a month',
  },

  gain: {
    more: (amount: string) => `${amount} more`,
    less: (amount: string) => `${amount} less`,
    onlyRetention: (gain: string, horizon: number) =>
      `Five points of annual logo retention rate add ${gain} of gross profit over ${horizon} months; more new accounts add none here.`,
    retentionWins: (times: string, horizon: number) =>
      `Five points of annual logo retention rate are worth ${times} the gross profit of 5 % more new accounts over ${horizon} months, and cost no acquisition spend.`,
    acquisitionWins: (horizon: number, times: string, spend: string) =>
      `Over ${horizon} months, 5 % more new accounts bring more gross profit than five points of retention (${times} as much), but they cost ${spend} more to acquire.`,
    /** Who the figures quoted belong to, with several segments. */
    where: (segment: string) => `${segment}: `,
    /** A share of gross profit, signed: " (+1.2%)". */
    share: (signed: string) => ` (${signed})`,
    retention: (p: {
      where: string;
      withCsFrom: string;
      withCsTo: string;
      baseFrom: string;
      baseTo: string;
      grossProfit: string;
      share: string;
      contribution: string;
      capped: boolean;
    }) =>
      `${p.where}Annual logo retention rate (1 − annual churn) ${p.withCsFrom} → ${p.withCsTo} with CS ` +
      `(${p.baseFrom} → ${p.baseTo} without): ${p.grossProfit} gross profit${p.share}, ${p.contribution} contribution.` +
      (p.capped ? ' Retention already above 95 % a year could only rise to 100 %.' : ''),
    acquisition: (p: {
      where: string;
      from: string;
      to: string;
      grossProfit: string;
      share: string;
      spend: string;
      contribution: string;
    }) =>
      `${p.where}New accounts ${p.from} → ${p.to} a month: ${p.grossProfit} gross profit${p.share}, ` +
      `${p.spend} acquisition spend, ${p.contribution} contribution.`,
  },

  goal: {
    payback: (month: number) => `payback by month ${month}`,
    /** "NRR at the horizon (month 36) of at least 100.0%"; `overHorizon` for a figure of the whole horizon. */
    target: (metric: string, horizon: number, overHorizon: boolean, atLeast: boolean, value: string) =>
      `${metric}${overHorizon ? ` over ${horizon} months` : ` (month ${horizon})`} of ${atLeast ? 'at least' : 'at most'} ${value}`,
    now: (metric: string, input: string, value: string) => `today ${metric} with ${input} at ${value}`,
    unreachable: (input: string, min: string, max: string, goal: string, now: string) =>
      `No value of ${input} from ${min} to ${max} reaches ${goal} (${now}).`,
    notMoved: (metric: string, noCsms: boolean) =>
      `It does not move ${metric} at all here` +
      (noCsms ? ': with no CSMs, the with-CS values never apply.' : '.'),
    closest: (input: string, best: string, at: string, isToday: boolean) =>
      `${input} does move it: the closest it comes is ${best}, at ${at}${isToday ? ' (today’s value).' : '.'}`,
    always: (input: string, min: string, max: string, goal: string, now: string) =>
      `Every value of ${input} from ${min} to ${max} meets ${goal} (${now}): this input does not decide it.`,
    met: (now: string, input: string, value: string, goal: string, there: string) =>
      `Already met: ${now}. ${input} can go as far as ${value} and still meet ${goal} (${there} there).`,
    reach: (goal: string, input: string, value: string, now: string, gives: string) =>
      `To reach ${goal}, set ${input} to ${value} (${now}). That gives ${gives}.`,
    targetField: 'Target',
    paybackOption: 'Payback by month',
    atLeastOption: (metric: string) => `${metric} of at least`,
    targetValue: 'Target value',
    monthUnit: 'month',
    paybackTooSoon: (target: number) =>
      `Payback cannot come before month 1, so the target stays month ${target}.`,
    solveFor: 'Solve for',
    inputOption: (input: string, now: string) => `${input} (now ${now})`,
    applied: (input: string, value: string) => `${input} is now ${value}.`,
    /** `input` is quoted. */
    set: (input: string, value: string) => `Set ${input} to ${value}`,
    note: 'Goal seek tries the whole allowed range of the input, takes the crossing of the target nearest today’s value, and narrows it to a billionth. Other inputs stay as they are.',
  },

  uncertainty: {
    intro:
      'Give the lowest and highest value you believe for what CS achieves. Each run draws every ranged lever (most likely at the scenario’s value, less likely towards the ends: a triangular draw), simulates the whole horizon and evaluates the program. Leave both ends empty to keep a lever fixed.',
    spread20: '±20 % on every lever',
    spread50: '±50 % on every lever',
    clear: 'Clear all ranges',
    caption: 'Ranges of the with-CS levers',
    withCs: 'With CS',
    scenario: 'Scenario',
    low: 'Low',
    high: 'High',
    fixed: 'fixed',
    lowOf: (lever: string) => `${lever}, with CS: low`,
    highOf: (lever: string) => `${lever}, with CS: high`,
    seed: 'Seed',
    newSeed: 'New seed',
    runs: 'Runs',
    running: (runs: string) => `Running ${runs} scenarios…`,
    noCost: 'With no CS cost there is no ROI to be sure of.',
    odds: (share: string, runs: string) =>
      `The program returns more than it costs in ${share} of ${runs} runs.`,
    roi: (p10: string, p50: string, p90: string) =>
      `ROI: ${p10} at P10, ${p50} at the median, ${p90} at P90.`,
    netBenefit: (p10: string, p90: string) => `Net benefit: ${p10} to ${p90} (P10 to P90).`,
    updating: 'Updating for the latest inputs…',
    status: (runs: string, seed: number, ms: string, onWorker: boolean) =>
      `${runs} runs, seed ${seed}, in ${ms} ms on the ${onWorker ? 'worker thread (the page stays responsive)' : 'main thread'}.`,
  },

  finance: {
    noCsCost: 'No CS cost',
    year: (year: number, first: number, last: number) => `Year ${year} (months ${first}–${last})`,
    yearsCaption: 'CS program ROI by year: (extra gross profit − CS cost) ÷ CS cost, within each year',
    yearColumn: 'Year',
    roiColumn: 'ROI',
    multiple: 'EV/ARR multiple',
    /** The segment a per-account figure is of, with several segments. */
    ofSegment: (name: string) => ` (segment “${name}”)`,
    csCostShare: (horizon: number): FigureWords => ({
      label: `CS cost as a share of ARR, month ${horizon}`,
      formula: `CS cost in month ${horizon} ÷ MRR in month ${horizon}, with CS (the same as annual CS cost ÷ ARR).`,
    }),
    noArr: 'No ARR',
    programPayback: {
      label: 'CS program payback',
      formula:
        'First month from which the CS program’s cumulative extra gross profit minus its cost stays at or above zero. About the CS program, not about winning customers.',
    },
    notWithin: (horizon: number) => `Not within ${horizon} months`,
    nothingToPayBack: 'Nothing to pay back',
    month: (month: number) => `Month ${month}`,
    cacPayback: (segment: string): FigureWords => ({
      label: `CAC payback${segment}`,
      formula:
        'CAC ÷ (ARPA × gross margin): months of one new account’s gross margin that pay back its acquisition cost.',
    }),
    months: (months: string) => `${months} months`,
    simpleLtv: (segment: string, coverage: string): FigureWords => ({
      label: `LTV, ARPA × margin ÷ churn${segment}`,
      formula: `ARPA × gross margin ÷ monthly churn, churn at the team’s average coverage (${coverage}); without CS, at the without-CS churn. No expansion, contraction, onboarding or 120-month cap.`,
    }),
    noLimit: 'No limit: churn is 0',
    withAndWithout: (withCs: string, without: string) => `${withCs} with CS, ${without} without`,
    modelClv: (segment: string): FigureWords => ({
      label: `Customer lifetime value, the model’s${segment}`,
      formula:
        'Gross margin of one new account over 120 months, through onboarding, churn, contraction and expansion, at the team’s average coverage.',
    }),
    ltvCac: (segment: string): FigureWords => ({
      label: `LTV : CAC, the model’s CLV${segment}`,
      formula: 'Customer lifetime value ÷ CAC; 3× is the usual bar.',
    }),
    noCac: 'No CAC',
    arrLiftValue: (multiple: string, horizon: number): FigureWords => ({
      label: `Value of the ARR lift at ${multiple} ARR`,
      formula: `ARR lift at month ${horizon} (12 × MRR with CS − MRR without) × the EV/ARR multiple you set.`,
    }),
  },

  value: {
    outside: (value: string, min: string, max: string, used: string) =>
      `${value} is outside ${min} to ${max}, so ${used} is used.`,
    whole: (used: string) => `It must be a whole number, so ${used} is used.`,
  },

  yourNumbers: {
    fields: {
      arr: 'ARR today',
      accounts: 'Accounts today',
      newLogosPerYear: 'New logos a year',
      grr: 'Gross revenue retention today, a year',
      nrr: 'Net revenue retention today, a year',
      logoChurn: 'Logo churn today, a year',
      csms: 'CSMs today',
      csmAnnualCost: 'Cost of one CSM',
      churnCutWithCs: 'Full CS coverage cuts churn by',
      expansionLiftWithCs: 'Full CS coverage lifts expansion by',
    },
    intro:
      'Enter what you know about your book today; the fields start at public benchmarks for a mid-market company. The scenario built from them gives back your retention at today’s coverage.',
    form: 'Your numbers',
    verdict: (coverage: string, grr: string, nrr: string, logoRetention: string) =>
      `At today’s coverage (${coverage}), the scenario gives GRR ${grr}, NRR ${nrr} and logo retention ${logoRetention} a year on today’s customers.`,
    assumedHeading: 'What it assumed',
    derivedHeading: 'What it worked out',
    use: 'Use these numbers',
    /** The name the loaded scenario goes by in notices. */
    source: 'Your numbers',
    applied: 'Your numbers are now the scenario. Undo (Ctrl/Cmd+Z) takes it back.',
    importRegion: 'Import MRR movements',
    importHeading: 'Or estimate churn and expansion from your MRR movements',
    loadingImporter: 'Loading the importer…',
    import: 'Import monthly MRR movements',
    /** The one segment the scenario built from a person's numbers has. */
    segmentName: 'Your book',
    presetHours: (p: {
      preset: string;
      acv: string;
      csmHours: string;
      impactHours: string;
      onboardingHours: string;
      onboardingBase: string;
      onboardingWithCs: string;
      cacMonths: string;
    }) =>
      `CS hours, onboarding and CAC come from the “${p.preset}” preset, the contract size of your ${p.acv} average ACV: ` +
      `${p.csmHours} CSM hours a month, ${p.impactHours} hours per account a month, ` +
      `${p.onboardingHours} to onboard one; onboarding success ${p.onboardingBase} → ${p.onboardingWithCs} with CS; ` +
      `CAC paid back in ${p.cacMonths} months of gross margin, as in that preset.`,
    kept: (horizon: number, margin: string) =>
      `The horizon (${horizon} months), gross margin (${margin}), discount rate and team policy are the scenario’s on screen.`,
    coverage: (csms: string, share: string, accounts: string) =>
      `Today’s ${csms} CSMs give ${share} of the CSM hours your ${accounts} accounts need.`,
    churn: (annual: string, today: string, base: string, withCs: string, cut: string) =>
      `Logo churn of ${annual} a year is ${today} a month today: ${base} without CS and ${withCs} with a fully covered team (${cut} less).`,
    grrAboveRetention: (grr: string, kept: string) =>
      `Your GRR (${grr}) is above your logo retention (${kept}): the customers who leave pay less than average, which one ARPA cannot show, so contraction is 0 and GRR comes out at ${kept}.`,
    contraction: (grr: string, contraction: string) =>
      `GRR of ${grr} with that churn leaves ${contraction} a month of contraction, the same with CS and without.`,
    nrrBelowGrr: 'Your NRR is below your GRR, which expansion cannot make: expansion is 0.',
    expansion: (p: {
      nrr: string;
      grr: string;
      expansion: string;
      winRate: string;
      upliftBase: string;
      upliftWithCs: string;
      lift: string;
    }) =>
      `NRR of ${p.nrr} over GRR of ${p.grr} is ${p.expansion} of expansion a year: one expansion opportunity a year, won by ${p.winRate} of accounts, ` +
      `each adding ${p.upliftBase} without CS and ${p.upliftWithCs} with a fully covered team (${p.lift} more).`,
    noExtras: 'No referrals and no digital program: add them in the inputs if you have them.',
  },

  mrrImport: {
    // NOTE: the column names (month, new, expansion, contraction, churned, mrr, customers) are what a file's
    // header must say, whatever the page's language; the other languages quote them as names.
    note: 'One row a month with the columns month, new, expansion, contraction, churned and mrr (and customers for ARPA), as revenue analytics tools export them.',
    file: 'CSV file of monthly MRR movements',
    paste: 'Or paste the rows',
    estimate: 'Estimate from the pasted rows',
    use: 'Use these rates',
    /** The name the changed scenario goes by in notices. */
    source: 'MRR import',
    applied: (coverage: string) =>
      `Churn, contraction and expansion now run at these rates at today’s coverage (${coverage}), each keeping what CS changes about it.`,
    /** `changes` is changeCount's. */
    estimates: (p: {
      changes: string;
      first: string;
      last: string;
      churn: string;
      contraction: string;
      expansion: string;
      arpa: string | null;
    }) =>
      `From ${p.changes}, ${p.first} to ${p.last}: churn ${p.churn} of MRR a month, ` +
      `contraction ${p.contraction}, expansion ${p.expansion}` +
      (p.arpa === null ? ' (no customers column, so no ARPA).' : `, ARPA ${p.arpa} in the last month.`),
    changeCount: { one: '# monthly change', other: '# monthly changes' },
    tooLarge: (megabytes: string) =>
      `The file is ${megabytes} MB; monthly movements fit in far less, so files up to 1 MB are read. Nothing was changed.`,
    noHeader: 'no header row',
    /** `columns` is a list of the file's column names, quoted. */
    columns: (columns: string) => `columns ${columns}`,
    /** `missing` is the list of required columns the file lacks, `count` how many. */
    missing: (found: string, missing: string, count: number) =>
      `The file needs the columns month, expansion, contraction, churned and mrr (new and customers are optional); it has ${found}, so ${missing} ${count === 1 ? 'is' : 'are'} missing. Nothing was changed.`,
    tooFewMonths: (months: number) =>
      `The file has ${months === 1 ? 'one month' : 'no months'}; a rate needs at least two months in a row. Nothing was changed.`,
    notANumber: (row: number, column: string, cell: string) =>
      `Row ${row}, column ${column}: ${cell} is not a number. Nothing was changed.`,
    negativeMrr: (row: number, mrr: string) =>
      `Row ${row}: MRR of ${mrr} is below zero, which no month can have. Nothing was changed.`,
    allZero:
      'Every month but the last has zero MRR: there is nothing to take a rate of. Nothing was changed.',
    /** A month with no label in the file, by its row. */
    row: (row: number) => `row ${row}`,
  },
};

export type AnalysisWords = typeof analysis;
