import type { AnalysisWords, RaceLead } from '../en/analysis.ts';

/** „A liegt beim MRR um 10.611 $ vorn“, „A und B liegen beim MRR gleichauf“. */
function leadText(l: RaceLead): string {
  return l.leader === null
    ? `A und B liegen beim ${l.metric} gleichauf`
    : `${l.leader} liegt beim ${l.metric} um ${l.amount} vorn`;
}

export const analysis: AnalysisWords = {
  title: 'Analyse',
  tabList: 'Analyseansichten',
  loading: (view: string) => `„${view}“ wird geladen …`,
  tabs: {
    headcount: 'Wohin der nächste CSM gehört',
    race: 'Akquise vs. Kundenbindung',
    cohorts: 'Kohorten',
    sensitivity: 'Was den ROI bewegt',
    goal: 'Zielwertsuche',
    uncertainty: 'Unsicherheit',
    finance: 'Finanzen',
    'your-numbers': 'Ihre Zahlen',
    methodology: 'Methodik',
  },
  quoted: (text: string) => `„${text}“`,
  csms: { one: '# CSM', other: '# CSMs' },
  perYear: 'pro Jahr',
  fixedTeam: (heading: string) => `${heading} (festes Team)`,

  team: {
    nextGain: (segment: string, gain: string, horizon: number) =>
      `Der nächste CSM bringt in ${segment} am meisten: ${gain} netto über ${horizon} Monate.`,
    nextLoss: (segment: string, loss: string, horizon: number) =>
      `Ein weiterer CSM kostet in jedem Segment über ${horizon} Monate mehr, als er einbringt; der geringste Verlust entsteht in ${segment} (${loss}).`,
    splitSame: (team: string, net: string, horizon: number) =>
      `Die heutige Aufteilung von ${team} ist bereits die beste Aufteilung dieses Teams: ${net} netto über ${horizon} Monate.`,
    splitBetter: (team: string, parts: string, net: string, horizon: number, gain: string) =>
      `Dasselbe Team von ${team}, aufgeteilt als ${parts}, brächte ${net} netto über ${horizon} Monate, ${gain} gegenüber der heutigen Aufteilung.`,
    splitPart: (csms: string, segment: string) => `${csms} in ${segment}`,
    curveNone: (horizon: number) =>
      `Keine Teamgröße bringt über ${horizon} Monate mehr ein, als sie kostet, wie auch immer sie aufgeteilt wird.`,
    curveBest: (team: string, net: string, horizon: number) =>
      `Bestmöglich aufgeteilt bringt ein Team von insgesamt ${team} am meisten: ${net} netto über ${horizon} Monate.`,
    fixedNote:
      'Diese Zahlen gelten für ein festes Team: Der Einstellungsplan bleibt außen vor, und jede Teamgröße gilt über den ganzen Horizont.',
    nextRegion: 'Der nächste CSM, nach Segment',
    nextCaption: 'Ein CSM mehr, nach Segment',
    segment: 'Segment',
    csmsToday: 'CSMs heute',
    netOfOneMore: 'Nettonutzen eines weiteren',
    sameTeamHeading: 'Dasselbe Team, bestmöglich aufgeteilt',
    splitRegion: 'Heutige und beste Aufteilung',
    today: 'Heute',
    bestSplit: 'Beste Aufteilung',
    apply: 'Diese Aufteilung übernehmen',
    wholeTeamHeading: 'Das ganze Team, bestmöglich aufgeteilt',
  },

  headcount: {
    better: (amount: string) => `insgesamt ${amount} besser`,
    worse: (amount: string) => `insgesamt ${amount} schlechter`,
    noChange: 'insgesamt keine Veränderung',
    noOneToCut: 'Ohne CSMs gibt es niemanden einzusparen.',
    cut: (from: string, to: string, saved: string, horizon: number, lost: string, net: string) =>
      `Ein CSM weniger (${from} → ${to}) spart über ${horizon} Monate ${saved} CS-Kosten und kostet ${lost} Rohertrag: ${net}.`,
    add: (from: string, to: string, cost: string, brought: string, net: string) =>
      `Ein CSM mehr (${from} → ${to}) kostet ${cost} und bringt ${brought} Rohertrag: ${net}.`,
    noneWorth: (horizon: number) =>
      `In diesem Szenario bringt keine Teamgröße über ${horizon} Monate mehr ein, als sie kostet.`,
    best: (team: string, net: string, horizon: number, roi: string | null) =>
      `Am besten ist für dieses Szenario ein Team von ${team}: ${net} netto über ${horizon} Monate` +
      (roi === null ? '.' : ` (ROI ${roi}).`),
    todaySame: 'Das heutige Team hat genau diese Größe.',
    todayLess: (team: string, net: string, less: string) =>
      `Das heutige Team von ${team} bringt netto ${net}, ${less} weniger.`,
    coverage: (team: string) => `Ein Team von ${team} würde jeden Monat voll abdecken.`,
    inspectedNone: 'Ohne CSMs ist die Abdeckung null: Jeder Kunde läuft mit seinen Hebeln ohne CS.',
    inspected: (t) =>
      `Mit ${t.size} liegt die Abdeckung im Schnitt bei ${t.averageCoverage}` +
      (t.lowest === null
        ? ', und jeder Monat ist voll abgedeckt'
        : ` und fällt in Monat ${t.lowest.month} auf ${t.lowest.coverage}`) +
      `; in Monat ${t.horizon} betreut jeder CSM ${t.accountsPerCsm} Kunden. Nettonutzen ${t.netBenefit}` +
      (t.roi === null ? '.' : `, ROI ${t.roi}.`),
    headingOf: (segment: string) => `Teamgröße von ${segment}`,
    heading: 'Teamgröße',
    inspect: 'Zu prüfende Teamgröße',
    use: { one: '# CSM ins Szenario übernehmen', other: '# CSMs ins Szenario übernehmen' },
  },

  race: {
    metric: {
      mrr: 'MRR',
      contribution: 'Deckungsbeitrag (monatlich)',
      cumulativeContribution: 'Deckungsbeitrag (kumuliert)',
    },
    lead: (l: RaceLead) => leadText(l),
    leadsAll: (leader: 'A' | 'B', gaps: string) => `${leader} liegt ${gaps} vorn`,
    gap: (metric: string, amount: string) => `beim ${metric} um ${amount}`,
    notStaying: (month: number, lead: RaceLead, months: number) =>
      `Stand Monat ${month}: ${leadText(lead)}, bleibt aber nicht vorn; bis Monat ${months} zieht A wieder gleich oder vorbei.`,
    neverAhead: (month: number, lead: RaceLead, months: number) =>
      `Stand Monat ${month}: ${leadText(lead)}; B geht innerhalb von ${months} Monaten nie dauerhaft in Führung.`,
    aheadSince: (month: number, lead: RaceLead, from: number) =>
      `Stand Monat ${month}: ${leadText(lead)}, und zwar dauerhaft seit Monat ${from}.`,
    aheadFrom: (month: number, lead: RaceLead, from: number) =>
      `Stand Monat ${month}: ${leadText(lead)}; B liegt ab Monat ${from} dauerhaft vorn.`,
    headlineNone: (months: number, metrics: string) =>
      `Innerhalb von ${months} Monaten liegt B beim ${metrics} nie dauerhaft vor A.`,
    headlineAll: (months: number, ahead: string) =>
      `Innerhalb von ${months} Monaten liegt B dauerhaft vorn: ${ahead}.`,
    headlineSome: (months: number, ahead: string, never: string) =>
      `Innerhalb von ${months} Monaten liegt B dauerhaft vorn: ${ahead}; beim ${never} überholt B A nie dauerhaft.`,
    aheadOn: (metric: string, from: number) => `beim ${metric} ab Monat ${from}`,
    articleCheck: (articleMonth, month, holds, leads, from) => {
      const since = (at: number | null) => (at === null ? 'nie' : `ab Monat ${at}`);
      return (
        `Der Artikel sagt, B liege nach ${articleMonth} Monaten vorn. ` +
        (holds
          ? 'In diesem Modell stimmt das, bei allen drei Kennzahlen. '
          : 'In diesem Modell stimmt das nicht. ') +
        `Stand Monat ${month}: ${leads}. ` +
        `Der monatliche Deckungsbeitrag von B liegt ${since(from.contribution)} vorn, der kumulierte ${since(from.cumulativeContribution)}, ` +
        `und sein MRR überholt den von A ${since(from.mrr)}.`
      );
    },
    intro:
      'Unternehmen A ist das Szenario, das Sie gerade bearbeiten. Unternehmen B ist A mit den Änderungen unten; ein leeres Feld folgt A. Alles andere (Marge, Onboarding, Stunden und Kosten des CS-Teams) ist für beide gleich.',
    loadArticle: 'Beispiel aus dem Artikel laden (ersetzt das Szenario)',
    exampleSource: 'Beispiel Wettlauf',
    halfAndHalf: 'B: halb so viele Neukunden, halber Churn',
    same: 'B gleich A setzen',
    formCaption: 'Eingaben von Unternehmen A und Unternehmen B',
    input: 'Eingabe',
    companyA: 'Unternehmen A',
    companyB: 'Unternehmen B',
    fieldA: (input: string) => `${input}, Unternehmen A`,
    fieldB: (input: string) => `${input}, Unternehmen B`,
    asA: 'wie A',
    problems: 'Unternehmen B: von der Prüfung geänderte Werte',
    problem: (text: string) => `Unternehmen B: ${text}`,
    verdictAt: 'Urteil in Monat',
    month: (month: number) => `Monat ${month}`,
  },

  cohorts: {
    start: (now: string, then: string, horizon: number, kept: string) =>
      `Ihre heutigen Kunden bringen jetzt ${now} MRR und in Monat ${horizon} ${then}: ${kept} ihres Ausgangswerts, nach Churn, Kontraktion und Expansion.`,
    noStart:
      'Zu Beginn gibt es keine Kunden; jede Schicht ist eine Kohorte, die im Lauf des Horizonts gewonnen wird.',
    largest: (horizon: number, layer: string, mrr: string) =>
      `Die größte Schicht in Monat ${horizon} ist „${layer}“ mit ${mrr}.`,
    note: 'Jedes Band ist die MRR der Kunden, die in jenem Jahr hinzukamen, mit dem CS-Team in seiner Besetzung, verfolgt bis zum Ende des Horizonts. Ein Band, das nach seinem Jahr noch breiter wird, wächst aus sich heraus: Seine Expansion übertrifft Churn und Kontraktion.',
  },

  sensitivity: {
    measure: 'Kennzahl',
    intro:
      'Jede Eingabe wird einzeln um 10 % ihres Werts nach unten und oben bewegt (CSMs und Time-to-Value um mindestens einen ganzen Schritt), alle anderen bleiben fest. Die längsten Balken sind die Annahmen, die Sie zuerst prüfen sollten.',
    leftOut: (named: string, more: number) =>
      `Eingaben mit dem Wert null lassen sich nicht um 10 % bewegen und fehlen daher: ${named}${more > 0 ? ` und ${more} weitere` : ''}.`,
    gainHeading: 'Kundenbindung oder Akquise?',
    retentionCard: 'Fünf Punkte mehr jährliche Logo-Retention (1 − jährlicher Churn)',
    acquisitionCard: '5 % mehr Neukunden pro Monat',
  },

  gain: {
    more: (amount: string) => `${amount} mehr`,
    less: (amount: string) => `${amount} weniger`,
    onlyRetention: (gain: string, horizon: number) =>
      `Fünf Punkte jährliche Logo-Retention bringen über ${horizon} Monate ${gain} Rohertrag; mehr Neukunden bringen hier nichts.`,
    retentionWins: (times: string, horizon: number) =>
      `Fünf Punkte jährliche Logo-Retention bringen über ${horizon} Monate ${times} so viel Rohertrag wie 5 % mehr Neukunden – ganz ohne Akquisitionskosten.`,
    acquisitionWins: (horizon: number, times: string, spend: string) =>
      `Über ${horizon} Monate bringen 5 % mehr Neukunden mehr Rohertrag als fünf Punkte Retention (${times} so viel), verursachen aber ${spend} mehr Akquisitionskosten.`,
    where: (segment: string) => `${segment}: `,
    share: (signed: string) => ` (${signed})`,
    retention: (p) =>
      `${p.where}Jährliche Logo-Retention (1 − jährlicher Churn) ${p.withCsFrom} → ${p.withCsTo} mit CS ` +
      `(${p.baseFrom} → ${p.baseTo} ohne): ${p.grossProfit} Rohertrag${p.share}, ${p.contribution} Deckungsbeitrag.` +
      (p.capped ? ' Eine Retention von schon über 95 % im Jahr kann nur bis 100 % steigen.' : ''),
    acquisition: (p) =>
      `${p.where}Neukunden ${p.from} → ${p.to} pro Monat: ${p.grossProfit} Rohertrag${p.share}, ` +
      `${p.spend} Akquisitionskosten, ${p.contribution} Deckungsbeitrag.`,
  },

  goal: {
    payback: (month: number) => `eine Amortisation bis Monat ${month}`,
    target: (metric: string, horizon: number, overHorizon: boolean, atLeast: boolean, value: string) =>
      `${metric}${overHorizon ? ` über ${horizon} Monate` : ` (Monat ${horizon})`} von ${atLeast ? 'mindestens' : 'höchstens'} ${value}`,
    now: (metric: string, input: string, value: string) => `heute ${metric}, mit ${input} bei ${value}`,
    unreachable: (input: string, min: string, max: string, goal: string, now: string) =>
      `Kein Wert von ${input} zwischen ${min} und ${max} erreicht ${goal} (${now}).`,
    notMoved: (metric: string, noCsms: boolean) =>
      `Diese Eingabe bewegt ${metric} hier überhaupt nicht` +
      (noCsms ? ': Ohne CSMs greifen die Werte mit CS nie.' : '.'),
    closest: (input: string, best: string, at: string, isToday: boolean) =>
      `${input} bewegt die Kennzahl durchaus: Am nächsten kommt sie mit ${best}, bei ${at}${isToday ? ' (dem heutigen Wert).' : '.'}`,
    always: (input: string, min: string, max: string, goal: string, now: string) =>
      `Jeder Wert von ${input} zwischen ${min} und ${max} erfüllt ${goal} (${now}): Diese Eingabe entscheidet es nicht.`,
    met: (now: string, input: string, value: string, goal: string, there: string) =>
      `Bereits erfüllt: ${now}. ${input} kann bis ${value} gehen und erfüllt dann noch ${goal} (dort ${there}).`,
    reach: (goal: string, input: string, value: string, now: string, gives: string) =>
      `Für ${goal} setzen Sie ${input} auf ${value} (${now}). Das ergibt ${gives}.`,
    targetField: 'Ziel',
    paybackOption: 'Amortisation bis Monat',
    atLeastOption: (metric: string) => `${metric} von mindestens`,
    targetValue: 'Zielwert',
    monthUnit: 'Monat',
    paybackTooSoon: (target: number) =>
      `Eine Amortisation vor Monat 1 ist nicht möglich, daher bleibt das Ziel Monat ${target}.`,
    solveFor: 'Gesuchte Eingabe',
    inputOption: (input: string, now: string) => `${input} (jetzt ${now})`,
    applied: (input: string, value: string) => `${input} ist jetzt ${value}.`,
    set: (input: string, value: string) => `${input} auf ${value} setzen`,
    note: 'Die Zielwertsuche prüft den ganzen zulässigen Bereich der Eingabe, nimmt den Schnittpunkt mit dem Ziel, der dem heutigen Wert am nächsten liegt, und grenzt ihn auf ein Milliardstel ein. Alle anderen Eingaben bleiben unverändert.',
  },

  uncertainty: {
    intro:
      'Geben Sie den niedrigsten und höchsten Wert an, den Sie für die Wirkung von CS für plausibel halten. Jeder Durchlauf zieht jeden Hebel mit Spanne (am wahrscheinlichsten beim Wert des Szenarios, zu den Rändern hin seltener: eine Dreiecksverteilung), simuliert den ganzen Horizont und bewertet das Programm. Lassen Sie beide Enden leer, um einen Hebel festzuhalten.',
    spread20: '±20 % auf jeden Hebel',
    spread50: '±50 % auf jeden Hebel',
    clear: 'Alle Spannen löschen',
    caption: 'Spannen der Hebel mit CS',
    withCs: 'Mit CS',
    scenario: 'Szenario',
    low: 'Niedrig',
    high: 'Hoch',
    fixed: 'fest',
    lowOf: (lever: string) => `${lever}, mit CS: niedrig`,
    highOf: (lever: string) => `${lever}, mit CS: hoch`,
    seed: 'Startwert',
    newSeed: 'Neuer Startwert',
    runs: 'Durchläufe',
    running: (runs: string) => `${runs} Szenarien werden gerechnet …`,
    noCost: 'Ohne CS-Kosten gibt es keinen ROI, dessen man sicher sein könnte.',
    odds: (share: string, runs: string) =>
      `Das Programm bringt in ${share} von ${runs} Durchläufen mehr ein, als es kostet.`,
    roi: (p10: string, p50: string, p90: string) => `ROI: ${p10} bei P10, ${p50} im Median, ${p90} bei P90.`,
    netBenefit: (p10: string, p90: string) => `Nettonutzen: ${p10} bis ${p90} (P10 bis P90).`,
    updating: 'Wird für die neuesten Eingaben aktualisiert …',
    status: (runs: string, seed: number, ms: string, onWorker: boolean) =>
      `${runs} Durchläufe, Startwert ${seed}, in ${ms} ms im ${onWorker ? 'Worker-Thread (die Seite bleibt bedienbar)' : 'Haupt-Thread'}.`,
  },

  finance: {
    noCsCost: 'Keine CS-Kosten',
    year: (year: number, first: number, last: number) => `Jahr ${year} (Monate ${first}–${last})`,
    yearsCaption: 'ROI des CS-Programms nach Jahr: (zusätzlicher Rohertrag − CS-Kosten) ÷ CS-Kosten, je Jahr',
    yearColumn: 'Jahr',
    roiColumn: 'ROI',
    multiple: 'EV/ARR-Multiplikator',
    ofSegment: (name: string) => ` (Segment „${name}“)`,
    csCostShare: (horizon: number) => ({
      label: `CS-Kosten als Anteil am ARR, Monat ${horizon}`,
      formula: `CS-Kosten in Monat ${horizon} ÷ MRR in Monat ${horizon}, mit CS (gleichbedeutend mit jährlichen CS-Kosten ÷ ARR).`,
    }),
    noArr: 'Kein ARR',
    programPayback: {
      label: 'Amortisation des CS-Programms',
      formula:
        'Erster Monat, ab dem der kumulierte zusätzliche Rohertrag des CS-Programms abzüglich seiner Kosten bei null oder darüber bleibt. Betrifft das CS-Programm, nicht die Neukundengewinnung.',
    },
    notWithin: (horizon: number) => `Nicht innerhalb von ${horizon} Monaten`,
    nothingToPayBack: 'Nichts zu amortisieren',
    month: (month: number) => `Monat ${month}`,
    cacPayback: (segment: string) => ({
      label: `CAC-Amortisation${segment}`,
      formula:
        'CAC ÷ (ARPA × Bruttomarge): so viele Monate Bruttomarge eines Neukunden amortisieren seine Akquisitionskosten.',
    }),
    months: (months: string) => `${months} Monate`,
    simpleLtv: (segment: string, coverage: string) => ({
      label: `LTV, ARPA × Marge ÷ Churn${segment}`,
      formula: `ARPA × Bruttomarge ÷ monatlicher Churn, Churn bei der durchschnittlichen Abdeckung des Teams (${coverage}); ohne CS mit dem Churn ohne CS. Ohne Expansion, Kontraktion, Onboarding und Obergrenze von 120 Monaten.`,
    }),
    noLimit: 'Unbegrenzt: Churn ist 0',
    withAndWithout: (withCs: string, without: string) => `${withCs} mit CS, ${without} ohne`,
    modelClv: (segment: string) => ({
      label: `Kundenlebenszeitwert laut Modell${segment}`,
      formula:
        'Bruttomarge eines Neukunden über 120 Monate, mit Onboarding, Churn, Kontraktion und Expansion, bei der durchschnittlichen Abdeckung des Teams.',
    }),
    ltvCac: (segment: string) => ({
      label: `LTV : CAC, mit dem CLV des Modells${segment}`,
      formula: 'Kundenlebenszeitwert ÷ CAC; 3× gilt als übliche Schwelle.',
    }),
    noCac: 'Keine CAC',
    arrLiftValue: (multiple: string, horizon: number) => ({
      label: `Wert des ARR-Zuwachses bei ${multiple} ARR`,
      formula: `ARR-Zuwachs in Monat ${horizon} (12 × MRR mit CS − MRR ohne) × der von Ihnen gesetzte EV/ARR-Multiplikator.`,
    }),
  },

  value: {
    outside: (value: string, min: string, max: string, used: string) =>
      `${value} liegt außerhalb von ${min} bis ${max}, daher gilt ${used}.`,
    whole: (used: string) => `Hier ist nur eine ganze Zahl möglich, daher gilt ${used}.`,
  },

  yourNumbers: {
    fields: {
      arr: 'ARR heute',
      accounts: 'Kunden heute',
      newLogosPerYear: 'Neue Logos pro Jahr',
      grr: 'Bruttoumsatzbindung (GRR) heute, pro Jahr',
      nrr: 'Nettoumsatzbindung (NRR) heute, pro Jahr',
      logoChurn: 'Logo-Churn heute, pro Jahr',
      csms: 'CSMs heute',
      csmAnnualCost: 'Kosten eines CSM',
      churnCutWithCs: 'Volle CS-Abdeckung senkt den Churn um',
      expansionLiftWithCs: 'Volle CS-Abdeckung steigert die Expansion um',
    },
    intro:
      'Tragen Sie ein, was Sie heute über Ihren Kundenbestand wissen; die Felder beginnen bei öffentlichen Benchmarks für ein Mid-Market-Unternehmen. Das daraus gebaute Szenario gibt Ihre Retention bei der heutigen Abdeckung wieder.',
    form: 'Ihre Zahlen',
    verdict: (coverage: string, grr: string, nrr: string, logoRetention: string) =>
      `Bei der heutigen Abdeckung (${coverage}) ergibt das Szenario für Ihre heutigen Kunden eine GRR von ${grr}, eine NRR von ${nrr} und eine Logo-Retention von ${logoRetention} pro Jahr.`,
    assumedHeading: 'Was angenommen wurde',
    derivedHeading: 'Was abgeleitet wurde',
    use: 'Diese Zahlen übernehmen',
    source: 'Ihre Zahlen',
    applied: 'Ihre Zahlen sind jetzt das Szenario. Rückgängig (Strg/Cmd+Z) macht es ungeschehen.',
    importRegion: 'MRR-Bewegungen importieren',
    importHeading: 'Oder Churn und Expansion aus Ihren MRR-Bewegungen schätzen',
    loadingImporter: 'Import wird geladen …',
    import: 'Monatliche MRR-Bewegungen importieren',
    segmentName: 'Ihr Kundenbestand',
    presetHours: (p) =>
      `CS-Stunden, Onboarding und CAC stammen aus der Vorlage „${p.preset}“, der Vertragsgröße Ihres durchschnittlichen ACV von ${p.acv}: ` +
      `${p.csmHours} CSM-Stunden pro Monat, ${p.impactHours} Stunden je Kunde und Monat, ` +
      `${p.onboardingHours} für ein Onboarding; Onboarding-Erfolg ${p.onboardingBase} → ${p.onboardingWithCs} mit CS; ` +
      `CAC nach ${p.cacMonths} Monaten Bruttomarge amortisiert, wie in dieser Vorlage.`,
    kept: (horizon: number, margin: string) =>
      `Horizont (${horizon} Monate), Bruttomarge (${margin}), Diskontsatz und Teamregel stammen aus dem Szenario auf dem Bildschirm.`,
    coverage: (csms: string, share: string, accounts: string) =>
      `Die heutigen ${csms} CSMs leisten ${share} der CSM-Stunden, die Ihre ${accounts} Kunden brauchen.`,
    churn: (annual: string, today: string, base: string, withCs: string, cut: string) =>
      `Ein Logo-Churn von ${annual} pro Jahr entspricht heute ${today} pro Monat: ${base} ohne CS und ${withCs} mit einem voll abdeckenden Team (${cut} weniger).`,
    grrAboveRetention: (grr: string, kept: string) =>
      `Ihre GRR (${grr}) liegt über Ihrer Logo-Retention (${kept}): Die abwandernden Kunden zahlen unterdurchschnittlich, was ein einzelner ARPA nicht abbilden kann; daher ist die Kontraktion 0 und die GRR ergibt sich zu ${kept}.`,
    contraction: (grr: string, contraction: string) =>
      `Eine GRR von ${grr} bei diesem Churn ergibt ${contraction} Kontraktion pro Monat, mit und ohne CS gleich.`,
    nrrBelowGrr: 'Ihre NRR liegt unter Ihrer GRR, was Expansion nicht erzeugen kann: Die Expansion ist 0.',
    expansion: (p) =>
      `Eine NRR von ${p.nrr} bei einer GRR von ${p.grr} entspricht ${p.expansion} Expansion pro Jahr: eine Expansionschance pro Jahr, die ${p.winRate} der Kunden nutzen, ` +
      `jeweils mit ${p.upliftBase} Zuwachs ohne CS und ${p.upliftWithCs} mit einem voll abdeckenden Team (${p.lift} mehr).`,
    noExtras:
      'Keine Empfehlungen und kein digitales Programm: Ergänzen Sie diese in den Eingaben, falls vorhanden.',
  },

  mrrImport: {
    note: 'Eine Zeile je Monat mit den Spalten „month“, „new“, „expansion“, „contraction“, „churned“ und „mrr“ (für den ARPA zusätzlich „customers“), wie Tools für Umsatzanalysen sie exportieren.',
    file: 'CSV-Datei mit monatlichen MRR-Bewegungen',
    paste: 'Oder die Zeilen einfügen',
    estimate: 'Aus den eingefügten Zeilen schätzen',
    use: 'Diese Raten übernehmen',
    source: 'MRR-Import',
    applied: (coverage: string) =>
      `Churn, Kontraktion und Expansion laufen jetzt bei der heutigen Abdeckung (${coverage}) mit diesen Raten; was CS an ihnen ändert, bleibt erhalten.`,
    estimates: (p) =>
      `Aus ${p.changes}, ${p.first} bis ${p.last}: Churn ${p.churn} der MRR pro Monat, ` +
      `Kontraktion ${p.contraction}, Expansion ${p.expansion}` +
      (p.arpa === null ? ' (keine Kundenspalte, daher kein ARPA).' : `, ARPA ${p.arpa} im letzten Monat.`),
    changeCount: { one: '# monatlichen Veränderung', other: '# monatlichen Veränderungen' },
    tooLarge: (megabytes: string) =>
      `Die Datei ist ${megabytes} MB groß; monatliche Bewegungen brauchen weit weniger, daher werden Dateien bis 1 MB gelesen. Nichts wurde geändert.`,
    noHeader: 'keine Kopfzeile',
    columns: (columns: string) => `die Spalten ${columns}`,
    missing: (found: string, missing: string, count: number) =>
      `Die Datei braucht die Spalten „month“, „expansion“, „contraction“, „churned“ und „mrr“ („new“ und „customers“ sind optional); sie hat ${found}, also ${count === 1 ? 'fehlt' : 'fehlen'} ${missing}. Nichts wurde geändert.`,
    tooFewMonths: (months: number) =>
      `Die Datei enthält ${months === 1 ? 'nur einen Monat' : 'keinen Monat'}; eine Rate braucht mindestens zwei aufeinanderfolgende Monate. Nichts wurde geändert.`,
    notANumber: (row: number, column: string, cell: string) =>
      `Zeile ${row}, Spalte „${column}“: ${cell} ist keine Zahl. Nichts wurde geändert.`,
    negativeMrr: (row: number, mrr: string) =>
      `Zeile ${row}: Eine MRR von ${mrr} liegt unter null, was kein Monat haben kann. Nichts wurde geändert.`,
    allZero:
      'Jeder Monat außer dem letzten hat eine MRR von null: Es gibt nichts, woraus sich eine Rate ergibt. Nichts wurde geändert.',
    row: (row: number) => `Zeile ${row}`,
  },
};
