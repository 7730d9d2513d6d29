import type { KpisWords } from '../en/kpis.ts';

export const kpis: KpisWords = {
  span: {
    months: { one: '# Monat', other: '# Monate' },
    overMonths: { one: 'über # Monat', other: 'über # Monate' },
    withinMonths: { one: 'innerhalb von # Monat', other: 'innerhalb von # Monaten' },
  },
  figures: {
    roi: {
      label: 'ROI des CS-Programms',
      formula:
        '(Rohertrag mit CS − Rohertrag ohne CS − CS-Kosten) ÷ CS-Kosten, summiert über den Betrachtungszeitraum.',
      meaning:
        'Was jede in CS investierte Einheit über den Zeitraum zurückbringt, nachdem sie sich selbst bezahlt hat: 150 % heißt, jede Einheit CS-Kosten kam als 2,50 zusätzlicher Rohertrag zurück.',
      spreadsheet:
        'Die Monatstabelle mit und ohne CS rechnen. Je Monat: zusätzlicher Rohertrag = Rohertrag mit CS − Rohertrag ohne CS. CS-Kosten im Monat = CSMs × Jahreskosten ÷ 12. ROI = (Σ zusätzlicher Rohertrag − Σ CS-Kosten) ÷ Σ CS-Kosten, über die Monate 1 bis H.',
    },
    'net-benefit': { label: 'Nettonutzen im Betrachtungszeitraum' },
    'cs-cost': { label: 'CS-Kosten im Betrachtungszeitraum' },
    payback: {
      label: 'Amortisationsmonat',
      cardLabel: () => 'Amortisation',
      formula:
        'Erster Monat, ab dem der kumulierte Wert (zusätzlicher Rohertrag − CS-Kosten) bis zum Ende des Zeitraums bei null oder darüber bleibt.',
      meaning:
        'Der Monat, ab dem das Programm insgesamt mehr eingebracht als gekostet hat – und dabei bleibt.',
      spreadsheet:
        'Eine laufende Summe von (zusätzlicher Rohertrag − CS-Kosten) Monat für Monat bilden. Die Amortisation ist der erste Monat, ab dem diese Summe in jedem späteren Monat bis zum Zeitraumende bei null oder darüber liegt.',
    },
    npv: {
      label: 'Kapitalwert (NPV)',
      formula:
        'Σ monatlicher Nettonutzen ÷ (1 + i)^t, mit i als Monatszins, der dem jährlichen Diskontierungssatz entspricht.',
      meaning: 'Der Nettonutzen in heutigem Geld: Spätere Monate zählen beim Diskontierungssatz weniger.',
      spreadsheet:
        'Monatszins i = (1 + Jahreszins)^(1/12) − 1. NPV = Σ über die Monate t = 1..H von (zusätzlicher Rohertrag − CS-Kosten) im Monat t ÷ (1 + i)^t.',
    },
    'arr-lift': {
      label: 'ARR-Zuwachs am Zeitraumende',
      cardLabel: (month) => `ARR-Zuwachs in Monat ${month}`,
      formula: '12 × (MRR mit CS − MRR ohne CS) am Ende des Zeitraums.',
      meaning: 'Um wie viel höher der wiederkehrende Jahresumsatz am Ende dank CS liegt.',
      spreadsheet:
        '12 × (MRR mit CS − MRR ohne CS) im Monat H. Gehaltene Kunden = Kunden mit CS − Kunden ohne CS, im Monat H.',
    },
    'arr-with-cs': {
      label: 'ARR am Zeitraumende',
      cardLabel: (month) => `ARR in Monat ${month}, mit CS`,
      formula: '12 × MRR am Ende des Zeitraums, mit dem CS-Team wie besetzt.',
      meaning: 'Wiederkehrender Jahresumsatz am Ende des Zeitraums, mit dem CS-Team wie besetzt.',
      spreadsheet: '12 × MRR im Monat H der Tabelle mit CS.',
    },
    accounts: { label: 'Kunden am Zeitraumende' },
    'arr-without-cs': {
      label: 'ARR am Zeitraumende, ohne CS',
      cardLabel: (month) => `ARR in Monat ${month}, ohne CS`,
      formula: '12 × MRR am Ende des Zeitraums ohne CS-Programm: jeder Hebel auf seinem Wert ohne CS.',
      meaning: 'Wiederkehrender Jahresumsatz am Ende des Zeitraums ganz ohne CS-Programm.',
      spreadsheet: '12 × MRR im Monat H der Tabelle ohne CS (jeder Hebel auf seinem Wert ohne CS).',
    },
    nrr: {
      label: 'Nettoumsatzbindung (NRR)',
      formula:
        'Heutiger MRR der Kunden, die vor 12 Monaten im Bestand waren ÷ ihr damaliger MRR (rollierende 12 Monate, am Zeitraumende).',
      meaning:
        'Ob Bestandskunden ihre Ausgaben binnen eines Jahres steigern oder senken, Neukunden ausgenommen: Über 100 % wächst der Bestand aus sich heraus.',
      spreadsheet:
        'Alle Kunden nehmen, die am Ende von Monat H − 12 im Bestand waren. Nur sie (keine späteren Zugänge) bis Monat H verfolgen, mit denselben monatlichen Kündigungs-, Downgrade- und Expansionsraten; Kunden im Onboarding zählen mit ARPA und verlieren ihre Ausfälle, sobald diese feststehen. NRR = ihr MRR im Monat H ÷ ihr MRR im Monat H − 12.',
    },
    grr: {
      label: 'Bruttoumsatzbindung (GRR)',
      formula:
        'Wie NRR, jedoch ohne Expansion: Es zählen nur Kündigungen, Downgrades und gescheiterte Onboardings.',
      meaning:
        'Dasselbe Jahr der Bestandskunden, nur mit dem, was verloren geht: Sie kann 100 % nie übersteigen.',
      spreadsheet:
        'Wie NRR, doch ihr MRR im Monat H wird ohne Expansion neu berechnet: MRR im Monat H − 12 × das Produkt der monatlichen Faktoren für Kündigung, Downgrade und gescheitertes Onboarding der Monate H − 11 bis H.',
    },
    'logo-retention': {
      label: 'Logo-Retention, rollierende 12 Monate',
      formula: 'Heutige Zahl der Kunden, die vor 12 Monaten im Bestand waren ÷ ihre damalige Zahl.',
      meaning:
        'Der Anteil der Kunden (nicht des Umsatzes) von vor einem Jahr, die noch bei Ihnen sind, gescheiterte Onboardings eingerechnet. Nicht dasselbe wie die jährliche Logo-Retention 1 − jährliche Kündigungsrate, die „Bindung oder Akquise?“ verändert: Jene zählt nur Kündigungen nach dem Onboarding.',
      spreadsheet: 'Kunden derselben Gruppe im Monat H ÷ ihre Zahl im Monat H − 12.',
    },
    clv: {
      label: 'Kundenwert (CLV)',
      formula:
        'Rohertrag eines neuen Kunden über 120 Monate, bei der Abdeckung, die das Team im Mittel leistet.',
      meaning:
        'Was ein neuer Kunde über zehn Jahre an Rohertrag wert ist, bei der Abdeckung, die das Team leistet.',
      spreadsheet:
        'Ein Kunde, 120 Monatszeilen: Im Onboarding zahlt er ARPA; im Monat seines Time-to-Value bleibt nur der Erfolgsanteil; danach wird sein MRR jeden Monat mit (1 − Kündigung) × (1 − Downgrade) × (1 + g) multipliziert. CLV = Bruttomarge × Σ MRR, Hebel bei der mittleren Abdeckung des Teams (0 für „ohne CS“).',
    },
    'ltv-cac': {
      label: 'Verhältnis LTV : CAC',
      formula: 'Kundenwert ÷ Akquisitionskosten eines Kunden.',
      meaning:
        'Wie oft ein neuer Kunde zurückzahlt, was seine Gewinnung gekostet hat; 3× gilt als übliche Messlatte.',
      spreadsheet: 'CLV geteilt durch CAC.',
    },
    'equivalent-logos': {
      label: 'Gleichwertige Neukunden',
      formula: 'MRR-Zuwachs am Zeitraumende ÷ Umsatz je Neukunde.',
      meaning:
        'Wie viele zusätzliche Kunden der Vertrieb gewinnen müsste, um den MRR zu erzielen, den CS beiträgt.',
      spreadsheet: '(MRR mit CS − MRR ohne CS) im Monat H ÷ ARPA.',
    },
    'acquisition-avoided': {
      label: 'Vermiedene Akquisitionskosten',
      formula: 'Gleichwertige Neukunden × CAC: was der Vertrieb für denselben MRR ausgeben würde.',
      meaning: 'Was Vertrieb und Marketing stattdessen ausgeben müssten, um diese Kunden zu gewinnen.',
      spreadsheet: 'Gleichwertige Neukunden × CAC.',
    },
    'recommended-csms': {
      label: 'Empfohlene CSMs',
      formula:
        'Kleinstes Team, dessen Stunden Onboarding- und Betreuungsstunden in jedem Monat des Zeitraums decken.',
      meaning: 'Das kleinste Team, das jedem Kunden in jedem Monat des Zeitraums die nötigen Stunden gibt.',
      spreadsheet:
        'Die Tabelle mit einer auf 100 % gesetzten Abdeckung rechnen. Benötigte Stunden im Monat t = Betreuungsstunden × alle Kunden am Ende von Monat t − 1 + Onboarding-Stunden × Zugänge im Monat t. Das Team ist der größte dieser Werte ÷ CSM-Stunden pro Monat, aufgerundet (mindestens 1).',
    },
    'accounts-per-csm': {
      label: 'Kunden je CSM am Zeitraumende',
      cardLabel: (month) => `Kunden je CSM in Monat ${month}`,
      formula:
        'Kunden am Zeitraumende ÷ CSMs. Das richtige Verhältnis ergibt sich aus den Betreuungsstunden, nicht aus dem Umsatz.',
      meaning:
        'Der Bestand, den jeder CSM am Ende betreut; das richtige Verhältnis ergibt sich aus Stunden, nicht aus Umsatz.',
      spreadsheet: 'Kunden im Monat H ÷ CSMs (und zum Vergleich ÷ empfohlenes Team).',
    },
    coverage: {
      label: 'Durchschnittliche CS-Abdeckung',
      cardLabel: () => 'CS-Abdeckung',
      formula: 'Verfügbare CSM-Stunden ÷ benötigte Stunden, höchstens 100 %, gemittelt über die Monate.',
      meaning:
        'Wie viel der CS-Zeit, die die Kunden brauchen, das Team leisten kann; unter 100 % wirken die Hebel mit CS nur teilweise.',
      spreadsheet:
        'Je Monat: k = 0 ohne CSMs, 1 wenn keine Stunden nötig sind, sonst min(1, CSMs × CSM-Stunden ÷ benötigte Stunden). Die Kachel zeigt den Mittelwert von k über die Monate 1 bis H und den niedrigsten Monat.',
    },
    'roi-year-1': {
      label: 'ROI des CS-Programms im ersten Jahr',
      cardLabel: () => 'ROI je Jahr',
      formula:
        'Innerhalb jedes Jahres des Zeitraums: (zusätzlicher Rohertrag − CS-Kosten) ÷ CS-Kosten dieses Jahres.',
      meaning:
        'Wann sich das Programm trägt: Ein erstes Jahr unter null ist üblich, da Onboarding- und Bindungseffekte sich Monat für Monat im Bestand aufbauen.',
      spreadsheet:
        'Aus der Monatstabelle je Jahr (Monate 1–12, 13–24, …): (Σ zusätzlicher Rohertrag − Σ CS-Kosten) ÷ Σ CS-Kosten. Ein angebrochenes letztes Jahr zählt seine eigenen Monate.',
    },
    'cs-cost-share': {
      label: 'CS-Kosten als Anteil am ARR, am Zeitraumende',
      cardLabel: () => 'CS-Kostenanteil am ARR',
      formula:
        'CS-Kosten im letzten Monat ÷ MRR im letzten Monat, mit CS (entspricht jährlichen CS-Kosten ÷ ARR).',
      meaning:
        'Was CS im Verhältnis zum betreuten Umsatz kostet; veröffentlichte Benchmarks sehen CS-Ausgaben bei etwa 10 % des Umsatzes.',
      spreadsheet: 'CS-Kosten im Monat H ÷ MRR im Monat H, aus der Monatstabelle mit CS.',
    },
  },
  cards: {
    withoutCs: (value) => `${value} ohne CS`,
    accounts: (count) => `${count} Kunden`,
    noCsCost: 'Keine CS-Kosten',
    noArpa: 'Kein ARPA',
    retention: {
      needs12: 'Braucht 12 Monate',
      shortHorizon: (months) => `Der Zeitraum umfasst ${months}; die rollierende Bindung braucht 12.`,
    },
    roi: {
      noProgram: 'Ohne CSMs gibt es kein Programm, das sich rentieren könnte.',
      net: (net, cost, over) => `${net} netto bei ${cost} CS-Kosten ${over}`,
      netNpvNegative: (net, cost, over) =>
        `${net} netto bei ${cost} CS-Kosten ${over}; diskontiert ein Verlust (NPV unter null)`,
    },
    payback: {
      month: (month) => `Monat ${month}`,
      paidBack: 'Ab diesem Monat hat das Programm mehr eingebracht, als es gekostet hat.',
      paidBackNpvNegative:
        'Ab diesem Monat hat es mehr eingebracht, als es gekostet hat – in nicht diskontierten Summen; sein NPV liegt unter null.',
      notWithin: (within) => `Nicht ${within}`,
      cumulative: (amount, month) => `Kumulierter Nettonutzen in Monat ${month}: ${amount}.`,
      nothing: 'Nichts zu amortisieren',
      free: 'Das Programm kostet nichts.',
    },
    npv: { discounted: (rate) => `Nettonutzen, diskontiert mit ${rate} pro Jahr` },
    arrLift: {
      fewer: (count) => `${count} Kunden weniger als ohne CS`,
      more: (count) => `${count} Kunden mehr als ohne CS`,
    },
    ltvCac: { noCac: 'Kein CAC', free: 'Akquise kostet nichts' },
    logos: { detail: 'So viele Neukunden bräuchte es für denselben MRR' },
    avoided: {
      oneSegment: (cac) => `Gleichwertige Neukunden × ${cac} CAC`,
      segments: 'Gleichwertige Neukunden je Segment × dessen CAC',
    },
    recommended: {
      detail: (csms) => `Sie haben ${csms}; so viele decken jeden Monat vollständig ab`,
    },
    perCsm: {
      none: 'Keine CSMs',
      recommended: (count) => `${count} mit dem empfohlenen Team`,
    },
    coverage: {
      lowest: (lowest, month) => `Durchschnitt; am niedrigsten ${lowest} in Monat ${month}`,
      full: 'Jeder Monat voll abgedeckt',
    },
    roiByYear: {
      first: (roi) => `Jahr 1: ${roi}`,
      later: (year, roi) => `Jahr ${year}: ${roi}`,
      noCost: 'keine CS-Kosten',
      oneYear: 'Der Zeitraum umfasst höchstens ein Jahr.',
    },
    costShare: {
      noArr: 'Kein ARR',
      detail: (month) => `In Monat ${month}: CS-Kosten pro Jahr ÷ ARR mit CS`,
    },
  },
  segmentFigures: {
    roi: 'ROI des CS-Programms',
    netBenefit: 'Nettonutzen',
    nrr: 'Nettoumsatzbindung (NRR)',
    coverage: 'Durchschnittliche CS-Abdeckung',
    csms: 'CSMs',
    recommended: 'Empfohlene CSMs',
    best: 'Bestes Team (fest)',
    costShare: 'CS-Kostenanteil am ARR',
    clv: 'Kundenwert (CLV)',
    ltvCac: 'Verhältnis LTV : CAC',
    named: (segment, label) => `${segment}: ${label}`,
  },
  grid: {
    label: 'Kennzahlen',
    card: (label, value) => `${label}: ${value}`,
    howComputed: (label) => `So wird „${label}“ berechnet`,
  },
  metrics: {
    label: {
      roi: 'ROI',
      netBenefit: 'Nettonutzen',
      npv: 'Kapitalwert (NPV)',
      endingArrLift: 'ARR-Zuwachs am Zeitraumende',
      paybackMonth: 'Amortisationsmonat',
      nrr: 'NRR am Zeitraumende',
      endingArr: 'ARR am Zeitraumende',
    },
    none: {
      roi: 'kein ROI (keine CS-Kosten)',
      netBenefit: 'kein Nettonutzen',
      npv: 'kein Kapitalwert',
      endingArrLift: 'kein ARR-Zuwachs',
      paybackMonth: 'keine Amortisation',
      nrr: 'keine NRR (sie braucht 12 Monate)',
      endingArr: 'kein ARR',
    },
    month: (month) => `Monat ${month}`,
    points: (points) => `${points} Pkt.`,
    months: (months) => `${months} Mon.`,
  },
  cautions: {
    label: 'Hinweise zu diesem Szenario',
    one: 'Ein Hinweis zu diesem Szenario',
    illustrative:
      'Illustratives Szenario: Es unterstellt größere CS-Effekte, als veröffentlichte Studien belegen.',
    inSegment: (segment, text) => `${segment}: ${text}`,
    churnCut: {
      scenario: (from, to, cut) => `CS senkt die monatliche Kündigungsrate von ${from} auf ${to}, um ${cut}.`,
      studies:
        'Keine uns bekannte öffentliche Studie berichtet, dass ein CS-Programm die Kündigungsrate um mehr als die Hälfte senkt; auf Benchmarks gestützte Modelle rechnen mit einem Drittel bis zwei Fünfteln.',
    },
    ttvCut: {
      scenario: (from, to) => `CS verkürzt die Time-to-Value von ${from} auf ${to}.`,
      studies:
        'Keine uns bekannte öffentliche Studie berichtet, dass Onboarding die Time-to-Value um mehr als zwei Drittel verkürzt.',
    },
    nrrLift: {
      assumption: 'Die Expansions- und Kündigungshebel mit CS',
      scenario: (month, from, to, points) =>
        `CS hebt die NRR in Monat ${month} von ${from} auf ${to}, um ${points} Prozentpunkte.`,
      studies:
        'Keine uns bekannte öffentliche Studie berichtet, dass CS die NRR um mehr als 10–15 Punkte hebt; die mittlere NRR liegt je nach Vertragsgröße bei etwa 100–110 % (SaaS Capital, 2023).',
    },
    costShare: {
      assumption: 'CSMs und ihre Kosten',
      scenario: (share, month) => `CS kostet in Monat ${month} ${share} des ARR.`,
      studies:
        'CS-Ausgaben von etwa 10 % des Umsatzes sind üblich; 15 % des ARR gelten als Obergrenze (humanr.ai).',
    },
  },
  summary: {
    noCsms: (recommended) =>
      `Ohne CSMs gibt es kein Programm zu bewerten. Fügen Sie CSMs hinzu, um zu sehen, was ${recommended} von ihnen einbrächten.`,
    story: (s) => [
      `Über ${s.months} kostet ein CS-Team aus ${s.csms} CSMs `,
      s.cost,
      ` und ${s.gains ? 'bringt' : 'verliert'} `,
      s.net,
      ' netto nach diesen Kosten: ein ROI von ',
      s.roi,
    ],
    noPayback: (within) => `, ohne Amortisation ${within}.`,
    paidBack: (month) => `, amortisiert in Monat ${month}.`,
    needs: (csms) => `Der Bestand braucht ${csms} CSMs, um jeden Monat abzudecken.`,
    covers: 'Das Team deckt jeden Monat ab.',
  },
};
