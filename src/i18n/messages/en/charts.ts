/** The charts area's words in English: the shape every other language's file matches. */
export const charts = {
  /** What every chart shares: the month axis, the hover readout, the legend and the table. */
  common: {
    month: 'Month',
    atMonth: (month: string) => `Month ${month}`,
    legend: 'Series: press to show or hide',
    showTable: 'Show as table',
    table: (caption: string) => `Table: ${caption}`,
    charts: 'Charts',
    organisation: 'The CS organisation',
    csms: { one: '# CSM', other: '# CSMs' },
    breakEven: 'Break-even',
    list: (items: readonly string[]) => items.join('; '),
  },
  mrr: {
    noCsms: 'With no CSMs, MRR follows the no-CS path',
    paysBack: (lift: string, month: string, payback: string) =>
      `CS adds ${lift} of ARR by month ${month} and pays back in month ${payback}`,
    noPayback: (lift: string, month: string, within: string) =>
      `CS adds ${lift} of ARR by month ${month} but does not pay back ${within}`,
    description: (over: string, withCs: string, withoutCs: string, benefit: string) =>
      `Line chart ${over}. MRR with CS ends at ${withCs}, without CS at ${withoutCs}. Cumulative net benefit of the program ends at ${benefit}.`,
    descriptionPayback: (over: string, withCs: string, withoutCs: string, benefit: string, month: string) =>
      `Line chart ${over}. MRR with CS ends at ${withCs}, without CS at ${withoutCs}. Cumulative net benefit of the program ends at ${benefit}, positive from month ${month}.`,
    withCs: 'MRR with CS',
    withoutCs: 'MRR without CS',
    cumulative: 'Cumulative net benefit',
    axis: 'MRR',
    payback: (month: string) => `Payback, month ${month}`,
  },
  bridge: {
    headline: (month: string, added: string, taken: string) =>
      `In month ${month}, new and expansion MRR add ${added}; churn and contraction take ${taken}`,
    description: (
      over: string,
      month: string,
      added: string,
      expansion: string,
      contraction: string,
      churn: string,
      net: string,
    ) =>
      `Stacked bar chart of the monthly MRR bridge with CS ${over}. In month ${month}: new ${added}, expansion ${expansion}, contraction ${contraction}, churn ${churn}; net ${net}.`,
    added: 'New',
    expansion: 'Expansion',
    contraction: 'Contraction',
    churn: 'Churn',
    net: 'Net change',
    axis: 'MRR change a month',
  },
  retention: {
    short: 'Net and gross revenue retention need a horizon of at least 12 months',
    headline: (nrr: string, without: string) => `NRR ends at ${nrr} with CS and ${without} without`,
    headlineGrows: (nrr: string, without: string) =>
      `NRR ends at ${nrr} with CS and ${without} without: existing customers grow revenue on their own`,
    noFigures: 'No retention figures: the horizon is shorter than 12 months.',
    description: (month: string, nrr: string, grr: string, without: string) =>
      `Line chart from month 12 to ${month}. NRR with CS ends at ${nrr}, GRR with CS at ${grr}, NRR without CS at ${without}. The dashed line marks 100 %.`,
    nrrWithCs: 'NRR with CS',
    grrWithCs: 'GRR with CS',
    logosWithCs: 'Logo retention with CS',
    nrrWithoutCs: 'NRR without CS',
    axis: 'Trailing 12 months',
    full: '100 %',
  },
  coverage: {
    noCsms: (recommended: string) => `No CSMs: coverage is zero; ${recommended} would cover every month`,
    falls: (coverage: string, month: string, recommended: string, csms: string) =>
      `Coverage falls to ${coverage} by month ${month}: the book needs ${recommended} CSMs, the team has ${csms}`,
    covers: (csms: string, recommended: string) =>
      `The team of ${csms} covers every month; ${recommended} is the smallest team that does`,
    description: (
      over: string,
      month: string,
      coverage: string,
      perCsm: string,
      perRecommended: string,
      recommended: string,
    ) =>
      `Line chart ${over} of CS coverage (share of needed CSM hours the team provides) and accounts per CSM. At month ${month}: coverage ${coverage}, ${perCsm} accounts per CSM against ${perRecommended} with the recommended ${recommended}.`,
    descriptionNoCsms: (
      over: string,
      month: string,
      coverage: string,
      perRecommended: string,
      recommended: string,
    ) =>
      `Line chart ${over} of CS coverage (share of needed CSM hours the team provides) and accounts per CSM. At month ${month}: coverage ${coverage}, no accounts per CSM against ${perRecommended} with the recommended ${recommended}.`,
    coverage: 'Coverage',
    accounts: 'Accounts',
    perCsm: 'Accounts per CSM',
    perCsmRecommended: 'Accounts per CSM, recommended team',
    perRecommendedColumn: 'Per CSM, recommended team',
    full: 'Full coverage',
  },
  team: {
    hiring: (from: string, to: string, month: string, productive: string, needed: string) =>
      `Hiring takes the team from ${from} to ${to} CSMs by month ${month}; ${productive} of them past their ramp-up, ${needed} needed for full coverage`,
    fixed: (csms: string, month: string, needed: string) =>
      `A fixed team of ${csms} CSMs; by month ${month} full coverage needs ${needed}`,
    description: (over: string, month: string, csms: string, productive: string, needed: string) =>
      `Line chart ${over} of the CS team: CSMs on the payroll, CSMs past their ramp-up (giving hours) and the CSMs the accounts' hours would need for full coverage. At month ${month}: ${csms} on the payroll, ${productive} productive, ${needed} needed.`,
    payroll: 'CSMs on the payroll',
    productive: 'Productive CSMs',
    needed: 'CSMs needed for full coverage',
    axis: 'CSMs',
  },
  cost: {
    headline: (months: string, cost: string, gain: string) =>
      `Over ${months} CS costs ${cost} and adds ${gain} of gross profit`,
    description: (over: string, csms: string, overhead: string, digital: string, gain: string) =>
      `Stacked area chart ${over} of the CS cost each month by kind, with the gross profit CS adds each month as a line. Over the horizon: CSMs ${csms}, managers and tools ${overhead}, digital program ${digital}; gross profit added ${gain}.`,
    csms: 'CSMs',
    overhead: 'Managers and tools',
    digital: 'Digital program',
    gain: 'Gross profit CS adds',
    csCost: 'CS cost',
    axis: 'A month',
  },
  segmentMrr: {
    headline: (month: string, segment: string, mrr: string, total: string, without: string) =>
      `By month ${month}, ${segment} carries ${mrr} of ${total} MRR with CS; without CS the book would be at ${without}`,
    description: (over: string, month: string, segments: string, without: string) =>
      `Stacked area chart ${over} of MRR with CS by segment, with the whole book's MRR without CS as a dashed line. At month ${month}: ${segments}; without CS ${without}.`,
    withoutCs: 'Whole book without CS',
    withCs: 'Whole book with CS',
    segmentWithCs: (segment: string) => `${segment}, with CS`,
    axis: 'MRR',
  },
  cohort: {
    start: 'Customers at the start',
    joined: (year: string) => `Joined in year ${year}`,
    startInText: 'customers at the start',
    joinedInText: (year: string) => `joined in year ${year}`,
    noMrr: (month: string) => `No MRR by month ${month}`,
    startShare: (month: string, share: string) =>
      `By month ${month}, ${share} of MRR still comes from the customers at the start`,
    olderShare: (month: string, share: string) =>
      `By month ${month}, ${share} of MRR comes from customers who joined more than a year earlier`,
    description: (over: string, month: string, layers: string, total: string) =>
      `Stacked area chart of MRR with CS ${over}, split by the year each customer joined. At month ${month}: ${layers}; total ${total}.`,
    axis: 'MRR with CS',
    total: 'Total',
  },
  band: {
    noRanges: (mrr: string, month: string) =>
      `No ranges given: every run is the scenario, MRR ${mrr} in month ${month}`,
    range: (month: string, p10: string, p90: string) =>
      `In 8 of 10 runs, MRR in month ${month} lands between ${p10} and ${p90}`,
    rangeRoi: (month: string, p10: string, p90: string, share: string) =>
      `In 8 of 10 runs, MRR in month ${month} lands between ${p10} and ${p90}; ROI is positive in ${share} of runs`,
    description: (
      over: string,
      runs: string,
      seed: string,
      month: string,
      p10: string,
      p50: string,
      p90: string,
      scenario: string,
    ) =>
      `Line chart of MRR with CS ${over} from ${runs} Monte Carlo runs (seed ${seed}). Month ${month}: P10 ${p10}, median ${p50}, P90 ${p90}; the scenario as entered ${scenario}.`,
    p90: 'P90 (9 in 10 runs below)',
    p10: 'P10 (9 in 10 runs above)',
    median: 'Median (P50)',
    scenario: 'Scenario as entered',
    axis: 'MRR with CS',
  },
  compare: {
    scenarios: { one: '# scenario', other: '# scenarios' },
    headline: (scenarios: string) => `MRR of ${scenarios}, with and without CS`,
    ends: (name: string, withCs: string, withoutCs: string) =>
      `${name} ends at ${withCs} with CS and ${withoutCs} without`,
    description: (over: string, ends: string) => `Line chart ${over}. ${ends}.`,
    withCs: (name: string) => `${name}: with CS`,
    withoutCs: (name: string) => `${name}: without CS`,
    withCsColumn: (name: string) => `${name}, with CS`,
    withoutCsColumn: (name: string) => `${name}, without CS`,
    axis: 'MRR',
  },
  race: {
    titles: {
      mrr: 'MRR',
      contribution: 'Monthly contribution',
      cumulativeContribution: 'Cumulative contribution',
    },
    inText: {
      mrr: 'MRR',
      contribution: 'monthly contribution',
      cumulativeContribution: 'cumulative contribution',
    },
    never: (title: string, within: string) => `${title}: B never overtakes A for good ${within}`,
    first: (title: string) => `${title}: B is ahead from the first month`,
    overtakes: (title: string, month: string) => `${title}: B overtakes A for good in month ${month}`,
    aheadFrom: (month: string) => `B ahead from ${month}`,
    description: (title: string, over: string, month: string, a: string, b: string) =>
      `Line chart of ${title} for company A and company B ${over}. At month ${month}: A ${a}, B ${b}.`,
    neverAhead: 'B never stays ahead to the end.',
    staysAhead: (month: string) => `B stays ahead from month ${month}.`,
    companyA: 'Company A',
    companyB: 'Company B',
    columnA: (title: string) => `${title}, A`,
    columnB: (title: string) => `${title}, B`,
  },
  headcount: {
    today: 'Today',
    best: 'Best',
    full: 'Full coverage',
    inspecting: 'Inspecting',
    none: (over: string) =>
      `No team size pays for itself ${over}: every CSM costs more than the gross profit it adds`,
    bestToday: (csms: string, net: string, over: string) =>
      `${csms} earn the most: ${net} net ${over}, and that is today’s team`,
    bestNotToday: (csms: string, net: string, over: string, today: string, todayNet: string) =>
      `${csms} earn the most: ${net} net ${over}; today’s ${today} earn ${todayNet}`,
    description: (
      over: string,
      upper: string,
      best: string,
      bestNet: string,
      today: string,
      todayNet: string,
      full: string,
    ) =>
      `Line chart of net benefit ${over} and ROI for CS teams of 0 to ${upper} CSMs. Best: ${best} at ${bestNet}. Today: ${today} at ${todayNet}. Full coverage needs ${full}.`,
    netBenefit: (over: string) => `Net benefit ${over}`,
    roi: 'ROI',
    axis: 'CSMs on the team',
    column: 'CSMs',
  },
  teamSplit: {
    team: 'CSMs in all',
    teamFixed: 'CSMs in all (fixed team)',
    todayBest: 'Today, best',
    none: (over: string) => `No total team returns more than it costs ${over}`,
    best: (csms: string, net: string, over: string) =>
      `${csms} in all, split the best way, earn the most: ${net} ${over}`,
    description: (over: string, upper: string, best: string, net: string, today: string) =>
      `Line chart of the whole book's net benefit ${over} for total teams of 0 to ${upper} CSMs, each split over the segments the best way. Best: ${best} at ${net}; today's team is ${today}.`,
    descriptionFixed: (over: string, upper: string, best: string, net: string, today: string) =>
      `Line chart of the whole book's net benefit ${over} for total teams of 0 to ${upper} CSMs, each split over the segments the best way, with the team held fixed. Best: ${best} at ${net}; today's team is ${today}.`,
    bestSplit: (over: string) => `Net benefit ${over}, best split`,
  },
  tornado: {
    nothing: (metric: string, none: string) => `Nothing moves ${metric}: this scenario has ${none}`,
    noInput: (metric: string) => `No input moves ${metric} in this scenario`,
    most: (metric: string, input: string, low: string, high: string) =>
      `${metric} moves most with “${input}”: from ${low} to ${high}`,
    down: (input: string, metric: string, value: string) => `Down to ${input}: ${metric} ${value}`,
    up: (input: string, metric: string, value: string) => `Up to ${input}: ${metric} ${value}`,
    axis: (metric: string, value: string) => `Change in ${metric} from ${value}`,
    description: (metric: string, value: string, inputs: string) =>
      `Tornado chart of ${metric}, today ${value}, with each input moved down and up one step. ${inputs}.`,
    input: (input: string, low: string, high: string) => `${input}: ${low} to ${high}`,
    movedDown: 'Input moved down',
    movedUp: 'Input moved up',
    inputColumn: 'Input',
    downTo: 'Moved down to',
    downColumn: (metric: string) => `${metric}, down`,
    upTo: 'Moved up to',
    upColumn: (metric: string) => `${metric}, up`,
    swing: 'Swing',
  },
};

export type ChartsWords = typeof charts;
