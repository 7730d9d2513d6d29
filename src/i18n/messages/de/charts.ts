import type { ChartsWords } from '../en/charts.ts';

export const charts: ChartsWords = {
  common: {
    month: 'Monat',
    atMonth: (month) => `Monat ${month}`,
    legend: 'Datenreihen: zum Ein- oder Ausblenden drücken',
    showTable: 'Als Tabelle zeigen',
    table: (caption) => `Tabelle: ${caption}`,
    charts: 'Diagramme',
    organisation: 'Die CS-Organisation',
    csms: { one: '# CSM', other: '# CSMs' },
    breakEven: 'Gewinnschwelle',
    list: (items) => items.join('; '),
  },
  mrr: {
    noCsms: 'Ohne CSMs folgt der MRR dem Verlauf ohne CS',
    paysBack: (lift, month, payback) =>
      `CS steigert den ARR bis Monat ${month} um ${lift} und amortisiert sich in Monat ${payback}`,
    noPayback: (lift, month, within) =>
      `CS steigert den ARR bis Monat ${month} um ${lift}, amortisiert sich aber nicht ${within}`,
    description: (over, withCs, withoutCs, benefit) =>
      `Liniendiagramm ${over}. Der MRR mit CS endet bei ${withCs}, ohne CS bei ${withoutCs}. Der kumulierte Nettonutzen des Programms endet bei ${benefit}.`,
    descriptionPayback: (over, withCs, withoutCs, benefit, month) =>
      `Liniendiagramm ${over}. Der MRR mit CS endet bei ${withCs}, ohne CS bei ${withoutCs}. Der kumulierte Nettonutzen des Programms endet bei ${benefit} und ist ab Monat ${month} positiv.`,
    withCs: 'MRR mit CS',
    withoutCs: 'MRR ohne CS',
    cumulative: 'Kumulierter Nettonutzen',
    axis: 'MRR',
    payback: (month) => `Amortisation, Monat ${month}`,
  },
  bridge: {
    headline: (month, added, taken) =>
      `In Monat ${month} bringen Neu- und Expansions-MRR ${added}; Kündigungen und Downgrades kosten ${taken}`,
    description: (over, month, added, expansion, contraction, churn, net) =>
      `Gestapeltes Balkendiagramm der monatlichen MRR-Brücke mit CS ${over}. In Monat ${month}: neu ${added}, Expansion ${expansion}, Downgrade ${contraction}, Kündigung ${churn}; netto ${net}.`,
    added: 'Neu',
    expansion: 'Expansion',
    contraction: 'Downgrade',
    churn: 'Kündigung',
    net: 'Nettoveränderung',
    axis: 'MRR-Veränderung pro Monat',
  },
  retention: {
    short: 'Netto- und Bruttoumsatzbindung brauchen einen Zeitraum von mindestens 12 Monaten',
    headline: (nrr, without) => `Die NRR endet bei ${nrr} mit CS und ${without} ohne`,
    headlineGrows: (nrr, without) =>
      `Die NRR endet bei ${nrr} mit CS und ${without} ohne: Bestandskunden steigern ihren Umsatz aus sich heraus`,
    noFigures: 'Keine Bindungswerte: Der Zeitraum ist kürzer als 12 Monate.',
    description: (month, nrr, grr, without) =>
      `Liniendiagramm von Monat 12 bis ${month}. Die NRR mit CS endet bei ${nrr}, die GRR mit CS bei ${grr}, die NRR ohne CS bei ${without}. Die gestrichelte Linie markiert 100 %.`,
    nrrWithCs: 'NRR mit CS',
    grrWithCs: 'GRR mit CS',
    logosWithCs: 'Logo-Retention mit CS',
    nrrWithoutCs: 'NRR ohne CS',
    axis: 'Rollierende 12 Monate',
    full: '100 %',
  },
  coverage: {
    noCsms: (recommended) => `Keine CSMs: Die Abdeckung ist null; ${recommended} würden jeden Monat abdecken`,
    falls: (coverage, month, recommended, csms) =>
      `Die Abdeckung sinkt bis Monat ${month} auf ${coverage}: Der Bestand braucht ${recommended} CSMs, das Team hat ${csms}`,
    covers: (csms, recommended) =>
      `Das Team aus ${csms} deckt jeden Monat ab; ${recommended} ist das kleinste Team, das dies schafft`,
    description: (over, month, coverage, perCsm, perRecommended, recommended) =>
      `Liniendiagramm ${over} der CS-Abdeckung (Anteil der benötigten CSM-Stunden, den das Team leistet) und der Kunden je CSM. In Monat ${month}: Abdeckung ${coverage}, ${perCsm} Kunden je CSM gegenüber ${perRecommended} beim empfohlenen Team aus ${recommended}.`,
    descriptionNoCsms: (over, month, coverage, perRecommended, recommended) =>
      `Liniendiagramm ${over} der CS-Abdeckung (Anteil der benötigten CSM-Stunden, den das Team leistet) und der Kunden je CSM. In Monat ${month}: Abdeckung ${coverage}, keine Kunden je CSM gegenüber ${perRecommended} beim empfohlenen Team aus ${recommended}.`,
    coverage: 'Abdeckung',
    accounts: 'Kunden',
    perCsm: 'Kunden je CSM',
    perCsmRecommended: 'Kunden je CSM, empfohlenes Team',
    perRecommendedColumn: 'Je CSM, empfohlenes Team',
    full: 'Volle Abdeckung',
  },
  team: {
    hiring: (from, to, month, productive, needed) =>
      `Durch Einstellungen wächst das Team bis Monat ${month} von ${from} auf ${to} CSMs; ${productive} davon eingearbeitet, ${needed} für volle Abdeckung nötig`,
    fixed: (csms, month, needed) =>
      `Ein festes Team aus ${csms} CSMs; in Monat ${month} braucht volle Abdeckung ${needed}`,
    description: (over, month, csms, productive, needed) =>
      `Liniendiagramm ${over} des CS-Teams: CSMs auf der Gehaltsliste, eingearbeitete CSMs (die Stunden leisten) und die CSMs, die die Stunden der Kunden für volle Abdeckung bräuchten. In Monat ${month}: ${csms} auf der Gehaltsliste, ${productive} produktiv, ${needed} nötig.`,
    payroll: 'CSMs auf der Gehaltsliste',
    productive: 'Produktive CSMs',
    needed: 'Für volle Abdeckung nötige CSMs',
    axis: 'CSMs',
  },
  cost: {
    headline: (months, cost, gain) =>
      `Über ${months} kostet CS ${cost} und bringt ${gain} zusätzlichen Rohertrag`,
    description: (over, csms, overhead, digital, gain) =>
      `Gestapeltes Flächendiagramm ${over} der monatlichen CS-Kosten nach Art, mit dem monatlich durch CS gewonnenen Rohertrag als Linie. Im gesamten Zeitraum: CSMs ${csms}, Führung und Tools ${overhead}, digitales Programm ${digital}; zusätzlicher Rohertrag ${gain}.`,
    csms: 'CSMs',
    overhead: 'Führung und Tools',
    digital: 'Digitales Programm',
    gain: 'Zusätzlicher Rohertrag durch CS',
    csCost: 'CS-Kosten',
    axis: 'Pro Monat',
  },
  segmentMrr: {
    headline: (month, segment, mrr, total, without) =>
      `In Monat ${month} trägt ${segment} ${mrr} von ${total} MRR mit CS; ohne CS läge der Bestand bei ${without}`,
    description: (over, month, segments, without) =>
      `Gestapeltes Flächendiagramm ${over} des MRR mit CS nach Segment, mit dem MRR des gesamten Bestands ohne CS als gestrichelte Linie. In Monat ${month}: ${segments}; ohne CS ${without}.`,
    withoutCs: 'Gesamter Bestand ohne CS',
    withCs: 'Gesamter Bestand mit CS',
    segmentWithCs: (segment) => `${segment}, mit CS`,
    axis: 'MRR',
  },
  cohort: {
    start: 'Kunden zu Beginn',
    joined: (year) => `Gewonnen in Jahr ${year}`,
    startInText: 'Kunden zu Beginn',
    joinedInText: (year) => `gewonnen in Jahr ${year}`,
    noMrr: (month) => `Kein MRR bis Monat ${month}`,
    startShare: (month, share) => `In Monat ${month} stammen noch ${share} des MRR von den Kunden zu Beginn`,
    olderShare: (month, share) =>
      `In Monat ${month} stammen ${share} des MRR von Kunden, die vor über einem Jahr gewonnen wurden`,
    description: (over, month, layers, total) =>
      `Gestapeltes Flächendiagramm des MRR mit CS ${over}, aufgeteilt nach dem Jahr, in dem jeder Kunde gewonnen wurde. In Monat ${month}: ${layers}; gesamt ${total}.`,
    axis: 'MRR mit CS',
    total: 'Gesamt',
  },
  band: {
    noRanges: (mrr, month) =>
      `Keine Bandbreiten angegeben: Jeder Lauf ist das Szenario, MRR ${mrr} in Monat ${month}`,
    range: (month, p10, p90) =>
      `In 8 von 10 Läufen liegt der MRR in Monat ${month} zwischen ${p10} und ${p90}`,
    rangeRoi: (month, p10, p90, share) =>
      `In 8 von 10 Läufen liegt der MRR in Monat ${month} zwischen ${p10} und ${p90}; der ROI ist in ${share} der Läufe positiv`,
    description: (over, runs, seed, month, p10, p50, p90, scenario) =>
      `Liniendiagramm des MRR mit CS ${over} aus ${runs} Monte-Carlo-Läufen (Startwert ${seed}). Monat ${month}: P10 ${p10}, Median ${p50}, P90 ${p90}; das Szenario wie eingegeben ${scenario}.`,
    p90: 'P90 (9 von 10 Läufen darunter)',
    p10: 'P10 (9 von 10 Läufen darüber)',
    median: 'Median (P50)',
    scenario: 'Szenario wie eingegeben',
    axis: 'MRR mit CS',
  },
  compare: {
    scenarios: { one: '# Szenario', other: '# Szenarien' },
    headline: (scenarios) => `MRR von ${scenarios}, mit und ohne CS`,
    ends: (name, withCs, withoutCs) => `${name} endet bei ${withCs} mit CS und ${withoutCs} ohne`,
    description: (over, ends) => `Liniendiagramm ${over}. ${ends}.`,
    withCs: (name) => `${name}: mit CS`,
    withoutCs: (name) => `${name}: ohne CS`,
    withCsColumn: (name) => `${name}, mit CS`,
    withoutCsColumn: (name) => `${name}, ohne CS`,
    axis: 'MRR',
  },
  race: {
    titles: {
      mrr: 'MRR',
      contribution: 'Monatlicher Deckungsbeitrag',
      cumulativeContribution: 'Kumulierter Deckungsbeitrag',
    },
    inText: {
      mrr: 'MRR',
      contribution: 'monatlichen Deckungsbeitrags',
      cumulativeContribution: 'kumulierten Deckungsbeitrags',
    },
    never: (title, within) => `${title}: B überholt A nicht dauerhaft ${within}`,
    first: (title) => `${title}: B liegt vom ersten Monat an vorn`,
    overtakes: (title, month) => `${title}: B überholt A dauerhaft in Monat ${month}`,
    aheadFrom: (month) => `B vorn ab ${month}`,
    description: (title, over, month, a, b) =>
      `Liniendiagramm des ${title} für Unternehmen A und Unternehmen B ${over}. In Monat ${month}: A ${a}, B ${b}.`,
    neverAhead: 'B bleibt bis zum Ende nie vorn.',
    staysAhead: (month) => `B bleibt ab Monat ${month} vorn.`,
    companyA: 'Unternehmen A',
    companyB: 'Unternehmen B',
    columnA: (title) => `${title}, A`,
    columnB: (title) => `${title}, B`,
  },
  headcount: {
    today: 'Heute',
    best: 'Optimum',
    full: 'Volle Abdeckung',
    inspecting: 'Betrachtet',
    none: (over) =>
      `Keine Teamgröße trägt sich ${over}: Jeder CSM kostet mehr, als er an Rohertrag einbringt`,
    bestToday: (csms, net, over) =>
      `${csms} bringen am meisten: ${net} netto ${over} – und das ist das heutige Team`,
    bestNotToday: (csms, net, over, today, todayNet) =>
      `${csms} bringen am meisten: ${net} netto ${over}; die heutigen ${today} bringen ${todayNet}`,
    description: (over, upper, best, bestNet, today, todayNet, full) =>
      `Liniendiagramm des Nettonutzens ${over} und des ROI für CS-Teams von 0 bis ${upper} CSMs. Optimum: ${best} mit ${bestNet}. Heute: ${today} mit ${todayNet}. Volle Abdeckung braucht ${full}.`,
    netBenefit: (over) => `Nettonutzen ${over}`,
    roi: 'ROI',
    axis: 'CSMs im Team',
    column: 'CSMs',
  },
  teamSplit: {
    team: 'CSMs insgesamt',
    teamFixed: 'CSMs insgesamt (festes Team)',
    todayBest: 'Heute, Optimum',
    none: (over) => `Kein Gesamtteam bringt ${over} mehr ein, als es kostet`,
    best: (csms, net, over) => `${csms} insgesamt, optimal verteilt, bringen am meisten: ${net} ${over}`,
    description: (over, upper, best, net, today) =>
      `Liniendiagramm des Nettonutzens des gesamten Bestands ${over} für Gesamtteams von 0 bis ${upper} CSMs, jeweils optimal auf die Segmente verteilt. Optimum: ${best} mit ${net}; das heutige Team umfasst ${today}.`,
    descriptionFixed: (over, upper, best, net, today) =>
      `Liniendiagramm des Nettonutzens des gesamten Bestands ${over} für Gesamtteams von 0 bis ${upper} CSMs, jeweils optimal auf die Segmente verteilt, bei festem Team. Optimum: ${best} mit ${net}; das heutige Team umfasst ${today}.`,
    bestSplit: (over) => `Nettonutzen ${over}, optimale Verteilung`,
  },
  tornado: {
    nothing: (metric, none) => `Nichts bewegt ${metric}: Dieses Szenario hat ${none}`,
    noInput: (metric) => `Keine Eingabe bewegt ${metric} in diesem Szenario`,
    most: (metric, input, low, high) =>
      `${metric} reagiert am stärksten auf „${input}“: von ${low} bis ${high}`,
    down: (input, metric, value) => `Gesenkt auf ${input}: ${metric} ${value}`,
    up: (input, metric, value) => `Erhöht auf ${input}: ${metric} ${value}`,
    axis: (metric, value) => `Veränderung von ${metric} gegenüber ${value}`,
    description: (metric, value, inputs) =>
      `Tornado-Diagramm für ${metric}, heute ${value}, mit jeder Eingabe um einen Schritt gesenkt und erhöht. ${inputs}.`,
    input: (input, low, high) => `${input}: ${low} bis ${high}`,
    movedDown: 'Eingabe gesenkt',
    movedUp: 'Eingabe erhöht',
    inputColumn: 'Eingabe',
    downTo: 'Gesenkt auf',
    downColumn: (metric) => `${metric}, gesenkt`,
    upTo: 'Erhöht auf',
    upColumn: (metric) => `${metric}, erhöht`,
    swing: 'Spanne',
  },
};
