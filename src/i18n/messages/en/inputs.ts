/** The inputs area's words in English: the shape every other language's file matches. */
export const inputs = {
  fields: {
    horizonMonths: { label: 'Horizon', hint: 'How many months the projection runs.' },
    startingAccounts: {
      label: 'Customer accounts today',
      hint: 'Paying accounts at month 0, all onboarded.',
    },
    newAccountsPerMonth: { label: 'New accounts a month', hint: 'Paid new logos won each month.' },
    arpa: { label: 'Revenue per account (MRR)', hint: 'Monthly recurring revenue of a new account.' },
    cac: { label: 'Acquisition cost (CAC)', hint: 'Sales and marketing cost of one new paid account.' },
    grossMargin: { label: 'Gross margin', hint: 'Share of revenue kept after the cost of serving it.' },
    annualDiscountRate: {
      label: 'Discount rate (a year)',
      hint: 'Used only for NPV: what money later is worth today.',
    },
    onboardingSuccess: {
      label: 'Onboarding success (CR5)',
      hint: 'Share of new accounts that reach first value; the rest leave.',
    },
    timeToValueMonths: {
      label: 'Time to value',
      hint: 'Months from signing until onboarding succeeds or fails.',
    },
    monthlyChurn: { label: 'Logo churn (CR6)', hint: 'Share of onboarded accounts lost each month.' },
    monthlyContraction: {
      label: 'Contraction a month',
      hint: 'Downgrades: share of onboarded MRR lost each month.',
    },
    expansionWinRate: {
      label: 'Expansion win rate (CR7)',
      hint: 'Share of accounts that expand at an expansion opportunity.',
    },
    expansionUplift: { label: 'Expansion size', hint: 'MRR increase of one successful expansion.' },
    expansionsPerYear: {
      label: 'Expansion opportunities a year',
      hint: 'How often each account is offered more: renewal only is 1.',
    },
    referralsPerAccountYear: {
      label: 'Referrals per account a year',
      hint: 'New accounts each onboarded account refers a year, with no CAC.',
    },
    csms: { label: 'CSMs', hint: 'Customer Success Managers on the team today.' },
    csmAnnualCost: {
      label: 'Cost of one CSM (a year)',
      hint: 'Salary, benefits and taxes of one CSM; their managers and tools are counted below.',
    },
    csmHoursPerMonth: {
      label: 'Productive hours per CSM a month',
      hint: 'Hours a CSM spends with customers, not in meetings.',
    },
    onboardingHoursPerAccount: {
      label: 'Onboarding hours per new account',
      hint: 'CSM time to onboard one account, in its first month.',
    },
    impactHoursPerAccountMonth: {
      label: 'Hours per account a month',
      hint: 'CSM time each account needs monthly to keep getting value.',
    },
    'team.targetCoverage': {
      label: 'Hiring target (coverage)',
      hint: 'With hiring to coverage: the share of the CSM hours needed that new hires provide.',
    },
    'team.rampMonths': {
      label: 'Ramp-up of a new CSM',
      hint: 'Months before a new hire gives hours; they are paid from the month they join.',
    },
    'team.csmsPerManager': { label: 'CSMs per manager', hint: 'How many CSMs one CS manager leads.' },
    'team.managerAnnualCost': {
      label: 'Cost of one CS manager (a year)',
      hint: 'Fully loaded; 0 leaves management out of the CS cost.',
    },
    'team.toolingPerCsmYear': {
      label: 'Tools and operations per CSM (a year)',
      hint: 'CS platform seats and operations, per CSM.',
    },
    digitalCoverage: {
      label: 'Digital program reach',
      hint: 'Share of the full CS effect that tech-touch (email, in-app, webinars) gives every account, with no CSM hours.',
    },
    digitalCostPerAccountMonth: {
      label: 'Digital cost per account a month',
      hint: 'What the digital program costs for each account it serves.',
    },
    digitalFixedCostPerYear: {
      label: 'Digital platform cost (a year)',
      hint: 'The digital program’s fixed cost, whatever the number of accounts.',
    },
  },
  groups: {
    business: 'The business',
    onboarding: 'Onboarding',
    retention: 'Retention',
    expansion: 'Expansion',
    csms: 'CSMs',
    company: 'The company',
    team: 'The CS team',
  },
  digitalPart: 'Digital program',
  staffing: {
    label: 'CS staffing',
    fixed: 'Keep the team as it is',
    hireToCoverage: 'Hire to keep coverage',
  },
  /** A lever's two sides, as the fields beside its legend are labelled. */
  sides: { base: 'Without CS', withCs: 'With CS' },
  /** A lever side's full name: "Logo churn (CR6), with CS". */
  sideLabel: {
    base: (label: string) => `${label}, without CS`,
    withCs: (label: string) => `${label}, with CS`,
  },
  /** An input of one segment among several: "Mid-market pooled: Logo churn (CR6)". */
  inSegment: (segment: string, label: string) => `${segment}: ${label}`,
  /** Text from a link, a file or a person, quoted. */
  quote: (text: string) => `“${text}”`,
  /** Values in their unit, the number already formatted. */
  hours: (hours: string) => `${hours} h`,
  perYear: (value: string) => `${value} a year`,
  perMonth: (value: string) => `${value} a month`,
  /** The unit after a typed field. */
  suffix: {
    months: 'months',
    hours: 'h',
    perYear: 'a year',
    perMonth: 'a month',
    percentPerYear: '% a year',
    percentPerMonth: '% a month',
  },
  churn: {
    enterAs: 'Enter churn as',
    monthly: 'Monthly',
    annual: 'Annual',
    equals: (base: string, withCs: string) => `Equals ${base} without CS and ${withCs} with CS.`,
  },
  lever: { withCs: (base: string, withCs: string) => `${base} → ${withCs} with CS` },
  /** What a typed text that is no number is told. */
  entry: {
    keeps: (kept: string) => `so ${kept} is kept`,
    staysBlank: 'so the field stays blank',
    empty: (keeps: string) => `Empty, ${keeps}.`,
    notANumber: (typed: string, keeps: string) => `${typed} is not a number, ${keeps}.`,
    tooLarge: (typed: string, keeps: string) => `${typed} is too large a number, ${keeps}.`,
    rounded: (onScreen: string, used: string) => `Shown as ${onScreen}; the calculator uses ${used}.`,
  },
  /** What validation changed, phrased by the kind of change. */
  problems: {
    /** The given value as the model describes it, when it is no text or number. */
    given: { nothing: 'nothing', empty: 'empty', list: 'a list', other: 'a value of another kind' },
    /** A given text, as it was written. */
    quoted: (text: string) => `"${text}"`,
    tooManySegments: (had: string, used: string) =>
      `The scenario had ${had}; the calculator takes ${used}, so the first ${used} are kept.`,
    noSegments: 'The scenario had no segments, so the default one is used.',
    notATeam: (given: string) =>
      `The team policy was ${given}, not a policy, so the default team (fixed, no other cost) is used.`,
    unknownStaffing: (given: string, used: string) =>
      `Staffing: ${given} is not a staffing policy, so “${used}” is used.`,
    nameChanged: (given: string, used: string) => `The segment name ${given} is shown as "${used}".`,
    nameChangedIn: (segment: string, given: string, used: string) =>
      `${segment}: the segment name ${given} is shown as "${used}".`,
    missing: (label: string, used: string) => `${label} was missing, so the default ${used} is used.`,
    notANumber: (label: string, given: string, used: string) =>
      `${label}: ${given} is not a number, so the default ${used} is used.`,
    negligible: (label: string, given: string, used: string) =>
      `${label}: ${given} is too small to mean anything, so ${used} is used.`,
    belowMinimum: (label: string, given: string, used: string) =>
      `${label}: ${given} is below the lowest allowed value, so ${used} is used.`,
    aboveMaximum: (label: string, given: string, used: string) =>
      `${label}: ${given} is above the highest allowed value, so ${used} is used.`,
    notWhole: (label: string, used: string) => `${label} must be a whole number, so ${used} is used.`,
    segmentCount: { one: '# segment', other: '# segments' },
  },
  segments: {
    title: 'Segments',
    /** The one segment of a new scenario. */
    all: 'All accounts',
    numbered: (n: string) => `Segment ${n}`,
    copyOf: (name: string) => `Copy of ${name}`,
    name: 'Segment name',
    remove: (name: string) => `Remove ${name}`,
    add: 'Add a segment',
    addButton: 'Add segment',
    aCopyOf: (name: string) => `A copy of ${name}`,
    full: (max: string) => `${max} segments is the most the calculator takes; remove one to add another.`,
    upTo: (max: string) => `Up to ${max} segments; the CS team and the company's figures are shared by all.`,
    refused: (max: string) => `The calculator takes ${max} segments; remove one to add another.`,
    markup: (source: string, name: string) =>
      `${source}: the segment name ${name} looks like markup; it is kept as written and shown as plain text, never run.`,
  },
  templates: {
    enterprise: 'Enterprise high-touch',
    'mid-market': 'Mid-market pooled',
    smb: 'SMB digital / tech-touch',
  },
  table: {
    title: 'By segment',
    note: (months: string) =>
      `Over ${months} months; NRR at month ${months}; CS cost of ARR in month ${months}. Best is the team with the highest net benefit for the segment, with the team kept fixed.`,
    region: 'Segments, by column',
    total: 'Whole book',
    noCsCost: 'No CS cost',
    columns: {
      name: 'Segment',
      roi: 'ROI',
      netBenefit: 'Net benefit',
      nrr: 'NRR',
      coverage: 'Coverage',
      csms: 'CSMs today',
      recommended: 'Recommended',
      best: 'Best',
      csCostShare: 'CS cost of ARR',
    },
  },
  undo: { group: 'Undo and redo', undo: 'Undo', redo: 'Redo' },
  scenario: { label: 'Scenario: ', edited: ' (edited)' },
  results: { group: 'Headline results', roi: 'ROI', payback: 'Payback', netBenefit: 'Net benefit' },
  print: { region: 'Assumptions for print', title: 'Assumptions' },
  notices: {
    /** A notice with where its change came from: "The link: …". */
    from: (source: string, text: string) => `${source}: ${text}`,
    dismiss: 'Dismiss this notice',
    earlier: (count: string, texts: string) => `${count} earlier notices: ${texts}`,
    noPreset: (id: string) => `There is no preset called ${id}; the scenario is unchanged.`,
  },
  /** Where a notice's change came from, as its first words. */
  sources: { link: 'The link', settings: 'Settings', segmentName: 'Segment name' },
  settings: {
    currency: (given: string, used: string) => `The currency ${given} is not known, so ${used} is used.`,
    locale: (given: string, used: string) =>
      `The number format ${given} is not one this browser knows, so ${used} is used.`,
    theme: (given: string, used: string) => `The theme ${given} is not known, so ${used} is used.`,
    themes: { system: 'system', light: 'light', dark: 'dark' },
    language: (given: string, used: string) =>
      `The language ${given} is not one the calculator speaks, so it speaks ${used}.`,
  },
  link: {
    tooLong: (chars: string) =>
      `The link is too long to be a scenario (${chars} characters), so it was ignored and the scenario shown is unchanged.`,
    newer:
      'The link was made by a newer version of the calculator; the parts this version understands are used.',
    unknownVersion: (version: string) =>
      `The link's version ${version} is not known; it was read as the current version.`,
    tooManySegments: (had: string, max: string) =>
      `The link has ${had} segments; the calculator takes ${max}, so the first ${max} are used and the rest were left out.`,
    unknownParts: (named: string) =>
      `The link has parts this calculator does not know (${named}); they were ignored.`,
    andMore: (named: string, more: string) => `${named} and ${more} more`,
    missingName: 'the segment name',
    missingIn: (label: string, segment: string) => `${label} of segment ${segment}`,
    missingOne: (source: string, named: string) =>
      `${source} did not include ${named}, so its default is used.`,
    missingMany: (source: string, named: string) =>
      `${source} did not include ${named}, so their defaults are used.`,
    presenterUnknown: (source: string, named: string) =>
      `${source}: presenter mode names inputs that do not exist (${named}); they were left out.`,
  },
  embed: {
    cta: 'Talk to us',
    showList: 'list of inputs to show',
    lockList: 'list of locked inputs',
    listTooLong: (list: string, max: string, left: number) =>
      left === 1
        ? `The embed's ${list} is longer than ${max} characters, so its last name was left out.`
        : `The embed's ${list} is longer than ${max} characters, so its last ${left} names were left out.`,
    unknownInputs: (list: string, named: string) =>
      `The embed's ${list} names inputs that do not exist (${named}); they were left out.`,
    accent: (given: string) =>
      `The accent colour ${given} is not a colour like #1d4ed8, so the usual blue is used.`,
    ctaLink: 'The call-to-action link is not an http or https address, so it is not shown.',
    attributeTooLong: (name: string, max: string) =>
      `The ${name} attribute was longer than ${max} characters, so it was ignored.`,
  },
  saved: {
    onScreen: 'The scenario on screen is unchanged; copy its link to keep it.',
    blocked:
      'This browser does not let the calculator save here (private browsing or an embedded page can block it).',
    damaged:
      'The saved scenarios in this browser are damaged and could not be read. Clear them to start a new list. The scenario on screen is unchanged.',
    full: "The browser's storage is full. Delete a saved scenario and try again.",
    fullNamed: (name: string) =>
      `The browser's storage is full, so “${name}” was not saved. Delete a saved scenario and try again.`,
    newer:
      'The saved scenarios were written by a newer version of the calculator and are left as they are. The scenario on screen is unchanged.',
    skippedOne: '1 saved scenario could not be read, so it is not shown; it stays stored as it was.',
    skipped: (count: string) =>
      `${count} saved scenarios could not be read, so they are not shown; they stay stored as they were.`,
    firstOnly: (max: string, count: string) =>
      `Only the first ${max} of ${count} saved scenarios are shown; the others stay stored.`,
    needName: 'Give the scenario a name to save it.',
    tooLarge: 'This scenario is too large to save.',
    tooManyFor: (max: string, name: string) =>
      `There are already ${max} saved scenarios; delete one to save “${name}”.`,
    tooMany: (max: string) => `There are already ${max} saved scenarios.`,
    nameNeeded: 'A scenario needs a name.',
    nameTaken: (name: string) => `There is already a scenario called “${name}”.`,
    gone: 'That scenario is no longer saved.',
    notPutBack: (name: string) =>
      `There is already a scenario called “${name}”, so the deleted one was not put back.`,
  },
  presets: {
    typical: {
      label: 'Mid-market, 36k ACV (the defaults)',
      description:
        '400 accounts at 3,000 a month, 10 new a month, ten CSMs at 40 accounts each, stretched as the book grows.',
    },
    smb: {
      label: 'SMB, 6k ACV',
      description: '3,000 accounts at 500 a month, 100 new a month, ten pooled CSMs at 300 accounts each.',
    },
    enterprise: {
      label: 'Enterprise, 144k ACV',
      description:
        '100 accounts at 12,000 a month, 2 new a month, eight named CSMs at about 12 accounts each.',
    },
    understaffed: {
      label: 'Understaffed CS team',
      description: '1,200 accounts and three CSMs: most accounts never hear from CS.',
    },
    expansion: {
      label: 'High-frequency expansion',
      description:
        'Usage-based pricing: CS runs an expansion conversation every quarter, not once at renewal.',
    },
    race: {
      label: 'Acquisition vs retention race',
      description:
        'Company A from the article: 100 new accounts a month at 10 % monthly churn. A CS program that brings churn to Company B’s 5 %.',
    },
    'three-tier': {
      label: 'Three-tier CS organisation',
      description:
        'Enterprise high-touch, mid-market pooled and SMB digital: SMB pays back first, enterprise carries NRR, mid-market is short of CSMs.',
    },
  },
  presetSources: {
    names: {
      saasCapital:
        'SaaS Capital retention benchmarks (as reported by alexisfairbanks.com and saasventurecapital.com)',
      csmRatios: 'CSM-to-customer ratios, lyniro.com',
      csmCost: 'CSM fully loaded cost, metricrig.com',
      csmHours: 'CSM capacity planning, cynthiabalusek.com',
      bessemer: 'Bessemer Venture Partners, “Law 6: build a revenue engine”',
      csSpend: 'CS spend as a share of revenue, humanr.ai',
      own: 'This project’s judgement',
      article: 'The seed article’s Company A and Company B (docs/model.md’s worked check)',
    },
    took: {
      commonHours: 'about 130 productive hours per CSM a month',
      commonSpend: 'CS spend near 10 % of revenue, 15 % of ARR as a ceiling (a check, not an input)',
      commonEffect:
        'CS cuts monthly churn by three eighths to two fifths and lifts expansion: no public study measures a CS program’s effect; these stay under the cautions the app shows (churn cut by half, NRR up 15 points)',
      midMarketRetention: 'ACV 25–50k: median NRR about 103 %, GRR about 92 %; 36k ACV, 3,000 a month',
      midMarketRatio: '1:20–75 accounts per CSM in mid-market: 40 today',
      midMarketCost: '145–210k a CSM a year fully loaded: 175k',
      midMarketCac: 'CAC payback 6–18 months: 35k CAC is 15 months of gross margin',
      smbRetention: 'ACV under 12k: median NRR about 100 %, GRR about 90 %; 6k ACV, 500 a month',
      smbRatio: '1:100–500 accounts per pooled SMB CSM: 300 today',
      smbCost: '145–210k fully loaded, pooled SMB CSMs often lower: 145k',
      smbCac: 'CAC payback 6–18 months for SMB: 5k CAC is 13 months',
      enterpriseRetention:
        'ACV above 100k: median NRR about 107–110 %, GRR about 93 %; 144k ACV, 12,000 a month',
      enterpriseRatio: '1:5–15 accounts per high-touch CSM: about 12 today',
      enterpriseCost: '145–210k fully loaded: 210k for enterprise CSMs',
      enterpriseCac: 'CAC payback: 150k CAC is 16 months of gross margin',
      understaffedStory: 'the story: three times the accounts and three CSMs at the bottom of the cost range',
      expansionStory: 'the story: quarterly expansion conversations, smaller each',
      raceArticle: '100 and 50 new accounts a month at 10 % and 5 % monthly churn, 50 a month, 100 CAC',
      raceStory: 'six CSMs at 60k who bring A’s churn to B’s: illustrative, not measured',
      tierRetention:
        'retention by ACV band for each tier: above 100k (enterprise), 25–50k (mid-market), under 12k (SMB)',
      tierRatios:
        'books of 1:5–15 (enterprise), 1:20–75 (mid-market) and 1:100–500 (SMB, with a digital program)',
      tierCost:
        '145–210k a CSM a year fully loaded: 190k enterprise, 150k mid-market, 95k pooled SMB (below the range, as pooled CSMs often are)',
      tierStory:
        'the story: eight enterprise CSMs, three mid-market, two pooled SMB CSMs with a digital program',
    },
  },
};

export type InputsWords = typeof inputs;
