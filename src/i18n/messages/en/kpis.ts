/** The kpis area's words in English: the shape every other language's file matches. */
export const kpis = {
  /** A span of months, in the forms the sentences below take it in (`#` is the count). */
  span: {
    months: { one: '# month', other: '# months' },
    overMonths: { one: 'over # month', other: 'over # months' },
    withinMonths: { one: 'within # month', other: 'within # months' },
  },
  /** Every key figure: its name, where scenarios meet (compare table, CSV), and how it is made. */
  figures: {
    roi: {
      label: 'CS program ROI',
      formula:
        '(Gross profit with CS − gross profit without CS − CS cost) ÷ CS cost, summed over the horizon.',
      meaning:
        'What each unit spent on CS returns over the horizon after paying for itself: 150 % means every 1 of CS cost came back as 2.50 of extra gross profit.',
      spreadsheet:
        'Run the month table with CS and without. Per month, extra gross profit = gross profit with CS − gross profit without. CS cost a month = CSMs × annual cost ÷ 12. ROI = (Σ extra gross profit − Σ CS cost) ÷ Σ CS cost, over months 1 to H.',
    },
    'net-benefit': { label: 'Net benefit over the horizon' },
    'cs-cost': { label: 'CS cost over the horizon' },
    payback: {
      label: 'Payback month',
      cardLabel: () => 'Payback',
      formula:
        'First month from which cumulative (extra gross profit − CS cost) stays at or above zero to the horizon.',
      meaning:
        'The month from which the program has returned, in total, more than it has cost, and stays there.',
      spreadsheet:
        'Add a running total of (extra gross profit − CS cost) month by month. Payback is the first month from which the running total is at or above zero in every later month to the horizon.',
    },
    npv: {
      label: 'Net present value',
      formula:
        'Σ monthly net benefit ÷ (1 + i)^t, with i the monthly rate equal to the annual discount rate.',
      meaning: 'The net benefit in today’s money: later months count for less, at the discount rate.',
      spreadsheet:
        'Monthly rate i = (1 + annual rate)^(1/12) − 1. NPV = Σ over months t = 1..H of (extra gross profit − CS cost) in month t ÷ (1 + i)^t.',
    },
    'arr-lift': {
      label: 'ARR lift at the horizon',
      cardLabel: (month: string) => `ARR lift at month ${month}`,
      formula: '12 × (MRR with CS − MRR without CS) at the horizon.',
      meaning: 'How much more recurring revenue a year the business runs at by the end, thanks to CS.',
      spreadsheet:
        '12 × (MRR with CS − MRR without CS) in month H. Accounts saved = accounts with CS − accounts without, in month H.',
    },
    'arr-with-cs': {
      label: 'ARR at the horizon',
      cardLabel: (month: string) => `ARR at month ${month}, with CS`,
      formula: '12 × MRR at the horizon, with the CS team as staffed.',
      meaning: 'Annual recurring revenue at the end of the horizon with the CS team as staffed.',
      spreadsheet: '12 × MRR in month H of the table with CS.',
    },
    accounts: { label: 'Accounts at the horizon' },
    'arr-without-cs': {
      label: 'ARR at the horizon, without CS',
      cardLabel: (month: string) => `ARR at month ${month}, without CS`,
      formula: '12 × MRR at the horizon with no CS program: every lever at its without-CS value.',
      meaning: 'Annual recurring revenue at the end of the horizon with no CS program at all.',
      spreadsheet: '12 × MRR in month H of the table without CS (every lever at its without-CS value).',
    },
    nrr: {
      label: 'Net revenue retention',
      formula:
        'MRR now of the accounts on the books 12 months ago ÷ their MRR then (trailing 12 months, at the horizon).',
      meaning:
        'Whether existing customers grow or shrink their spend over a year, new customers left out: above 100 % they grow on their own.',
      spreadsheet:
        'Take every account on the books at the end of month H − 12. Follow only them (no later joiners) to month H with the same monthly churn, contraction and expansion; accounts still onboarding count at ARPA and lose their failures when they resolve. NRR = their MRR in month H ÷ their MRR in month H − 12.',
    },
    grr: {
      label: 'Gross revenue retention',
      formula: 'As NRR, with expansion left out: only churn, contraction and onboarding failures count.',
      meaning: 'The same year of existing customers, counting only what is lost: it can never exceed 100 %.',
      spreadsheet:
        'As NRR, but their MRR in month H is rebuilt without expansion: MRR in month H − 12 × the product of the monthly churn, contraction and onboarding-failure factors of months H − 11 to H.',
    },
    'logo-retention': {
      label: 'Logo retention, trailing 12 months',
      formula: 'Accounts now of those on the books 12 months ago ÷ their number then.',
      meaning:
        'The share of customers (not revenue) on the books a year ago that are still with you, onboarding failures included. Not the same as the annual logo retention rate 1 − annual churn that “Retention or acquisition?” moves, which counts churn of onboarded accounts only.',
      spreadsheet: 'Accounts of that same group in month H ÷ their number in month H − 12.',
    },
    clv: {
      label: 'Customer lifetime value',
      formula:
        'Gross margin of one new account over 120 months, at the coverage the team delivers on average.',
      meaning:
        'What one new customer is worth in gross margin over ten years, at the coverage the team delivers.',
      spreadsheet:
        'One account, 120 monthly rows: it pays ARPA while onboarding; in its time-to-value month only the success share stays; after that its MRR is multiplied each month by (1 − churn) × (1 − contraction) × (1 + g). CLV = gross margin × Σ MRR, levers at the team’s average coverage (0 for "without CS").',
    },
    'ltv-cac': {
      label: 'LTV : CAC',
      formula: 'Customer lifetime value ÷ acquisition cost of one account.',
      meaning: 'How many times a new customer pays back what it cost to win; 3× is a common bar.',
      spreadsheet: 'CLV ÷ CAC.',
    },
    'equivalent-logos': {
      label: 'Equivalent new logos',
      formula: 'MRR lift at the horizon ÷ revenue per new account.',
      meaning: 'How many extra customers Sales would have to win to add the MRR that CS adds.',
      spreadsheet: '(MRR with CS − MRR without CS) in month H ÷ ARPA.',
    },
    'acquisition-avoided': {
      label: 'Acquisition spend avoided',
      formula: 'Equivalent new logos × CAC: what Sales would spend to win the same MRR.',
      meaning: 'What Sales and Marketing would spend to win those customers instead.',
      spreadsheet: 'Equivalent new logos × CAC.',
    },
    'recommended-csms': {
      label: 'Recommended CSMs',
      formula: 'Smallest team whose hours meet onboarding plus impact hours in every month of the horizon.',
      meaning:
        'The smallest team that gives every account the hours it needs, in every month of the horizon.',
      spreadsheet:
        'Run the table with coverage forced to 100 %. Hours needed in month t = impact hours × all accounts at the end of month t − 1 + onboarding hours × accounts joining in month t. The team is the largest of those ÷ CSM hours a month, rounded up (at least 1).',
    },
    'accounts-per-csm': {
      label: 'Accounts per CSM at the horizon',
      cardLabel: (month: string) => `Accounts per CSM at month ${month}`,
      formula: 'Accounts at the horizon ÷ CSMs. The right ratio follows from hours of impact, not revenue.',
      meaning: 'The book each CSM carries at the end; the right ratio follows from hours, not from revenue.',
      spreadsheet: 'Accounts in month H ÷ CSMs (and ÷ the recommended team for comparison).',
    },
    coverage: {
      label: 'Average CS coverage',
      cardLabel: () => 'CS coverage',
      formula: 'CSM hours available ÷ hours needed, capped at 100 %, averaged over the months.',
      meaning:
        'How much of the CS time the accounts need the team can give; below 100 % the with-CS levers only partly apply.',
      spreadsheet:
        'Per month: k = 0 with no CSMs, 1 when no hours are needed, otherwise min(1, CSMs × CSM hours ÷ hours needed). The card shows the average of k over months 1 to H and its lowest month.',
    },
    'roi-year-1': {
      label: 'CS program ROI in year 1',
      cardLabel: () => 'ROI by year',
      formula: 'Within each year of the horizon: (extra gross profit − CS cost) ÷ CS cost of that year.',
      meaning:
        'When the program earns its keep: a first year below zero is usual, as onboarding and retention gains build on the book month after month.',
      spreadsheet:
        'From the month table, per year (months 1–12, 13–24, …): (Σ extra gross profit − Σ CS cost) ÷ Σ CS cost. A last part-year counts its own months.',
    },
    'cs-cost-share': {
      label: 'CS cost as a share of ARR, at the horizon',
      cardLabel: () => 'CS cost share of ARR',
      formula:
        'CS cost in the last month ÷ MRR in the last month, with CS (the same as annual CS cost ÷ ARR).',
      meaning:
        'What CS costs against the revenue it looks after; published benchmarks put CS spend near 10 % of revenue.',
      spreadsheet: 'CS cost in month H ÷ MRR in month H, from the month table with CS.',
    },
  },
  /** What the cards say, by KPI. */
  cards: {
    withoutCs: (value: string) => `${value} without CS`,
    accounts: (count: string) => `${count} accounts`,
    noCsCost: 'No CS cost',
    noArpa: 'No ARPA',
    retention: {
      needs12: 'Needs 12 months',
      shortHorizon: (months: string) => `The horizon is ${months}; trailing retention needs 12.`,
    },
    roi: {
      noProgram: 'With no CSMs there is no program to return on.',
      net: (net: string, cost: string, over: string) => `${net} net on ${cost} of CS cost ${over}`,
      netNpvNegative: (net: string, cost: string, over: string) =>
        `${net} net on ${cost} of CS cost ${over}; discounted, it loses money (NPV below zero)`,
    },
    payback: {
      month: (month: string) => `Month ${month}`,
      paidBack: 'From this month on, the program has returned more than it cost.',
      paidBackNpvNegative:
        'From this month on it has returned more than it cost, in sums not discounted; its NPV is below zero.',
      notWithin: (within: string) => `Not ${within}`,
      cumulative: (amount: string, month: string) => `Cumulative net benefit is ${amount} at month ${month}.`,
      nothing: 'Nothing to pay back',
      free: 'The program costs nothing.',
    },
    npv: { discounted: (rate: string) => `Net benefit discounted at ${rate} a year` },
    arrLift: {
      fewer: (count: string) => `${count} fewer accounts than without CS`,
      more: (count: string) => `${count} more accounts than without CS`,
    },
    ltvCac: { noCac: 'No CAC', free: 'Acquisition is free' },
    logos: { detail: 'New accounts it would take to add the same MRR' },
    avoided: {
      oneSegment: (cac: string) => `Equivalent logos × ${cac} CAC`,
      segments: 'Equivalent logos of each segment × its CAC',
    },
    recommended: { detail: (csms: string) => `You have ${csms}; this many cover every month in full` },
    perCsm: {
      none: 'No CSMs',
      recommended: (count: string) => `${count} with the recommended team`,
    },
    coverage: {
      lowest: (lowest: string, month: string) => `Average; lowest ${lowest} in month ${month}`,
      full: 'Every month fully covered',
    },
    roiByYear: {
      first: (roi: string) => `Year 1: ${roi}`,
      later: (year: string, roi: string) => `year ${year}: ${roi}`,
      noCost: 'no CS cost',
      oneYear: 'The horizon is one year or less.',
    },
    costShare: {
      noArr: 'No ARR',
      detail: (month: string) => `In month ${month}: CS cost a year ÷ ARR with CS`,
    },
  },
  /** A segment's own figures, named after it (CSV, compare table). */
  segmentFigures: {
    roi: 'CS program ROI',
    netBenefit: 'Net benefit',
    nrr: 'Net revenue retention',
    coverage: 'Average CS coverage',
    csms: 'CSMs',
    recommended: 'Recommended CSMs',
    best: 'Best team (fixed)',
    costShare: 'CS cost share of ARR',
    clv: 'Customer lifetime value',
    ltvCac: 'LTV : CAC',
    named: (segment: string, label: string) => `${segment}: ${label}`,
  },
  grid: {
    label: 'Key figures',
    card: (label: string, value: string) => `${label}: ${value}`,
    howComputed: (label: string) => `How ${label} is computed`,
  },
  /** The metrics an analysis reads (sensitivity, goal seek): names, and the words for no value. */
  metrics: {
    label: {
      roi: 'ROI',
      netBenefit: 'Net benefit',
      npv: 'Net present value',
      endingArrLift: 'ARR lift at the horizon',
      paybackMonth: 'Payback month',
      nrr: 'NRR at the horizon',
      endingArr: 'ARR at the horizon',
    },
    none: {
      roi: 'no ROI (no CS cost)',
      netBenefit: 'no net benefit',
      npv: 'no net present value',
      endingArrLift: 'no ARR lift',
      paybackMonth: 'no payback',
      nrr: 'no NRR (it needs 12 months)',
      endingArr: 'no ARR',
    },
    month: (month: string) => `month ${month}`,
    points: (points: string) => `${points} pts`,
    months: (months: string) => `${months} mo`,
  },
  cautions: {
    label: 'Cautions on this scenario',
    one: 'A caution on this scenario',
    illustrative: 'Illustrative scenario: it assumes CS effects larger than published studies report.',
    inSegment: (segment: string, text: string) => `${segment}: ${text}`,
    churnCut: {
      scenario: (from: string, to: string, cut: string) =>
        `CS cuts monthly logo churn from ${from} to ${to}, by ${cut}.`,
      studies:
        'No public study we found reports a CS program cutting logo churn by more than half; models built from benchmarks use a third to two fifths.',
    },
    ttvCut: {
      scenario: (from: string, to: string) => `CS cuts time to value from ${from} to ${to}.`,
      studies: 'No public study we found reports onboarding cutting time to value by more than two thirds.',
    },
    nrrLift: {
      assumption: 'The expansion and churn levers with CS',
      scenario: (month: string, from: string, to: string, points: string) =>
        `CS lifts NRR at month ${month} from ${from} to ${to}, ${points} points.`,
      studies:
        'No public study we found reports CS raising NRR by more than 10–15 points; median NRR is about 100–110 % by contract size (SaaS Capital, 2023).',
    },
    costShare: {
      assumption: 'CSMs and their cost',
      scenario: (share: string, month: string) => `CS costs ${share} of ARR at month ${month}.`,
      studies: 'CS spend near 10 % of revenue is common; 15 % of ARR is cited as a ceiling (humanr.ai).',
    },
  },
  summary: {
    noCsms: (recommended: string) =>
      `With no CSMs there is no program to value. Add CSMs to see what ${recommended} of them would return.`,
    /** The story, in pieces: the figures in it (`cost`, `net`, `roi`) are shown in bold. */
    story: <T>(s: {
      months: string;
      csms: string;
      cost: T;
      net: T;
      roi: T;
      gains: boolean;
    }): (string | T)[] => [
      `Over ${s.months}, a CS team of ${s.csms} costs `,
      s.cost,
      ` and ${s.gains ? 'returns' : 'loses'} `,
      s.net,
      ' net of that cost: an ROI of ',
      s.roi,
    ],
    noPayback: (within: string) => `, with no payback ${within}.`,
    paidBack: (month: string) => `, paid back in month ${month}.`,
    needs: (csms: string) => `The book needs ${csms} CSMs to cover every month.`,
    covers: 'The team covers every month.',
  },
};

export type KpisWords = typeof kpis;
