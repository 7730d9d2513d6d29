import type { InputsWords } from '../en/inputs.ts';

export const inputs: InputsWords = {
  fields: {
    horizonMonths: { label: 'Zeitraum', hint: 'Wie viele Monate die Prognose umfasst.' },
    startingAccounts: {
      label: 'Kundenkonten heute',
      hint: 'Zahlende Kundenkonten in Monat 0, alle bereits onboardet.',
    },
    newAccountsPerMonth: {
      label: 'Neue Kundenkonten pro Monat',
      hint: 'Neu gewonnene zahlende Kunden je Monat.',
    },
    arpa: {
      label: 'Umsatz pro Kundenkonto (MRR)',
      hint: 'Monatlich wiederkehrender Umsatz eines neuen Kundenkontos.',
    },
    cac: {
      label: 'Akquisitionskosten (CAC)',
      hint: 'Vertriebs- und Marketingkosten für ein neues zahlendes Kundenkonto.',
    },
    grossMargin: {
      label: 'Bruttomarge',
      hint: 'Anteil des Umsatzes, der nach den Kosten der Leistungserbringung bleibt.',
    },
    annualDiscountRate: {
      label: 'Diskontierungssatz (pro Jahr)',
      hint: 'Nur für den NPV: was künftiges Geld heute wert ist.',
    },
    onboardingSuccess: {
      label: 'Onboarding-Erfolg (CR5)',
      hint: 'Anteil der neuen Kundenkonten, die den ersten Nutzen erreichen; die übrigen kündigen.',
    },
    timeToValueMonths: {
      label: 'Zeit bis zum Nutzen',
      hint: 'Monate von der Unterzeichnung bis zum Erfolg oder Scheitern des Onboardings.',
    },
    monthlyChurn: {
      label: 'Kundenabwanderung (CR6)',
      hint: 'Anteil der onboardeten Kundenkonten, die jeden Monat verloren gehen.',
    },
    monthlyContraction: {
      label: 'Kontraktion pro Monat',
      hint: 'Downgrades: Anteil des MRR onboardeter Kundenkonten, der jeden Monat verloren geht.',
    },
    expansionWinRate: {
      label: 'Expansionsquote (CR7)',
      hint: 'Anteil der Kundenkonten, die bei einer Expansionsgelegenheit ausbauen.',
    },
    expansionUplift: {
      label: 'Expansionsumfang',
      hint: 'MRR-Zuwachs durch eine erfolgreiche Expansion.',
    },
    expansionsPerYear: {
      label: 'Expansionsgelegenheiten pro Jahr',
      hint: 'Wie oft jedem Kundenkonto mehr angeboten wird: nur zur Verlängerung ist 1.',
    },
    referralsPerAccountYear: {
      label: 'Empfehlungen pro Kundenkonto und Jahr',
      hint: 'Neue Kundenkonten, die jedes onboardete Kundenkonto pro Jahr empfiehlt, ohne CAC.',
    },
    csms: { label: 'CSMs', hint: 'Customer Success Manager, die heute im Team sind.' },
    csmAnnualCost: {
      label: 'Kosten eines CSM (pro Jahr)',
      hint: 'Gehalt, Nebenleistungen und Abgaben eines CSM; Führungskräfte und Tools folgen weiter unten.',
    },
    csmHoursPerMonth: {
      label: 'Produktive Stunden je CSM pro Monat',
      hint: 'Stunden, die ein CSM mit Kunden verbringt, nicht in Besprechungen.',
    },
    onboardingHoursPerAccount: {
      label: 'Onboarding-Stunden je neuem Kundenkonto',
      hint: 'CSM-Zeit für das Onboarding eines Kundenkontos in dessen erstem Monat.',
    },
    impactHoursPerAccountMonth: {
      label: 'Stunden je Kundenkonto pro Monat',
      hint: 'CSM-Zeit, die jedes Kundenkonto monatlich braucht, um weiter Nutzen zu erzielen.',
    },
    'team.targetCoverage': {
      label: 'Einstellungsziel (Abdeckung)',
      hint: 'Bei Einstellung nach Abdeckung: der Anteil der benötigten CSM-Stunden, den neue Mitarbeitende leisten.',
    },
    'team.rampMonths': {
      label: 'Einarbeitung eines neuen CSM',
      hint: 'Monate, bis eine neue Kraft Stunden leistet; bezahlt wird sie ab ihrem Eintrittsmonat.',
    },
    'team.csmsPerManager': {
      label: 'CSMs je Führungskraft',
      hint: 'Wie viele CSMs eine CS-Führungskraft leitet.',
    },
    'team.managerAnnualCost': {
      label: 'Kosten einer CS-Führungskraft (pro Jahr)',
      hint: 'Vollkosten; 0 lässt die Führung aus den CS-Kosten heraus.',
    },
    'team.toolingPerCsmYear': {
      label: 'Tools und Betrieb je CSM (pro Jahr)',
      hint: 'Lizenzen der CS-Plattform und Betrieb, je CSM.',
    },
    digitalCoverage: {
      label: 'Reichweite des Digitalprogramms',
      hint: 'Anteil der vollen CS-Wirkung, den Tech-Touch (E-Mail, In-App, Webinare) jedem Kundenkonto ohne CSM-Stunden bringt.',
    },
    digitalCostPerAccountMonth: {
      label: 'Digitalkosten je Kundenkonto pro Monat',
      hint: 'Was das Digitalprogramm je betreutem Kundenkonto kostet.',
    },
    digitalFixedCostPerYear: {
      label: 'Kosten der Digitalplattform (pro Jahr)',
      hint: 'Die Fixkosten des Digitalprogramms, unabhängig von der Zahl der Kundenkonten.',
    },
  },
  groups: {
    business: 'Das Geschäft',
    onboarding: 'Onboarding',
    retention: 'Kundenbindung',
    expansion: 'Expansion',
    csms: 'CSMs',
    company: 'Das Unternehmen',
    team: 'Das CS-Team',
  },
  digitalPart: 'Digitalprogramm',
  staffing: {
    label: 'CS-Personalplanung',
    fixed: 'Team unverändert lassen',
    hireToCoverage: 'Einstellen, um die Abdeckung zu halten',
  },
  sides: { base: 'Ohne CS', withCs: 'Mit CS' },
  sideLabel: { base: (label) => `${label}, ohne CS`, withCs: (label) => `${label}, mit CS` },
  inSegment: (segment, label) => `${segment}: ${label}`,
  quote: (text) => `„${text}“`,
  hours: (hours) => `${hours} h`,
  perYear: (value) => `${value} pro Jahr`,
  perMonth: (value) => `${value} pro Monat`,
  suffix: {
    months: 'Monate',
    hours: 'h',
    perYear: 'pro Jahr',
    perMonth: 'pro Monat',
    percentPerYear: '% pro Jahr',
    percentPerMonth: '% pro Monat',
  },
  churn: {
    enterAs: 'Abwanderung eingeben als',
    monthly: 'Monatlich',
    annual: 'Jährlich',
    equals: (base, withCs) => `Entspricht ${base} ohne CS und ${withCs} mit CS.`,
  },
  lever: { withCs: (base, withCs) => `${base} → ${withCs} mit CS` },
  entry: {
    keeps: (kept) => `daher bleibt es bei ${kept}`,
    staysBlank: 'daher bleibt das Feld leer',
    empty: (keeps) => `Leer, ${keeps}.`,
    notANumber: (typed, keeps) => `${typed} ist keine Zahl, ${keeps}.`,
    tooLarge: (typed, keeps) => `${typed} ist eine zu große Zahl, ${keeps}.`,
    rounded: (onScreen, used) => `Angezeigt als ${onScreen}; der Rechner verwendet ${used}.`,
  },
  problems: {
    given: { nothing: 'nichts', empty: 'leer', list: 'eine Liste', other: 'ein Wert anderer Art' },
    quoted: (text) => `„${text}“`,
    tooManySegments: (had, used) =>
      `Das Szenario hatte ${had}; der Rechner verarbeitet ${used}, daher werden die ersten ${used} übernommen.`,
    noSegments: 'Das Szenario hatte keine Segmente, daher wird das Standardsegment verwendet.',
    notATeam: (given) =>
      `Die Teamvorgabe war ${given} und damit keine gültige Vorgabe, daher wird das Standardteam (unverändert, ohne weitere Kosten) verwendet.`,
    unknownStaffing: (given, used) =>
      `Personalplanung: ${given} ist keine bekannte Vorgabe, daher wird „${used}“ verwendet.`,
    nameChanged: (given, used) => `Der Segmentname ${given} wird als „${used}“ angezeigt.`,
    nameChangedIn: (segment, given, used) =>
      `${segment}: Der Segmentname ${given} wird als „${used}“ angezeigt.`,
    missing: (label, used) => `${label} fehlte, daher wird der Standardwert ${used} verwendet.`,
    notANumber: (label, given, used) =>
      `${label}: ${given} ist keine Zahl, daher wird der Standardwert ${used} verwendet.`,
    negligible: (label, given, used) =>
      `${label}: ${given} ist zu klein, um etwas zu bewirken, daher wird ${used} verwendet.`,
    belowMinimum: (label, given, used) =>
      `${label}: ${given} liegt unter dem kleinsten zulässigen Wert, daher wird ${used} verwendet.`,
    aboveMaximum: (label, given, used) =>
      `${label}: ${given} liegt über dem größten zulässigen Wert, daher wird ${used} verwendet.`,
    notWhole: (label, used) => `${label} muss eine ganze Zahl sein, daher wird ${used} verwendet.`,
    segmentCount: { one: '# Segment', other: '# Segmente' },
  },
  segments: {
    title: 'Segmente',
    all: 'Alle Kundenkonten',
    numbered: (n) => `Segment ${n}`,
    copyOf: (name) => `Kopie von ${name}`,
    name: 'Segmentname',
    remove: (name) => `${name} entfernen`,
    add: 'Segment hinzufügen',
    addButton: 'Hinzufügen',
    aCopyOf: (name) => `Eine Kopie von ${name}`,
    full: (max) =>
      `${max} Segmente sind das Maximum des Rechners; entfernen Sie eines, um ein weiteres hinzuzufügen.`,
    upTo: (max) =>
      `Bis zu ${max} Segmente; das CS-Team und die Unternehmenszahlen gelten für alle gemeinsam.`,
    refused: (max) =>
      `Der Rechner verarbeitet ${max} Segmente; entfernen Sie eines, um ein weiteres hinzuzufügen.`,
    markup: (source, name) =>
      `${source}: Der Segmentname ${name} sieht wie Markup aus; er bleibt wie geschrieben und wird als reiner Text angezeigt, nie ausgeführt.`,
  },
  templates: {
    enterprise: 'Enterprise mit High-Touch',
    'mid-market': 'Mid-Market im Pool',
    smb: 'KMU digital / Tech-Touch',
  },
  table: {
    title: 'Nach Segment',
    note: (months) =>
      `Über ${months} Monate; NRR in Monat ${months}; CS-Kosten im Verhältnis zum ARR in Monat ${months}. „Optimal“ ist das Team mit dem höchsten Nettonutzen für das Segment, bei unverändertem Team.`,
    region: 'Segmente, nach Spalte',
    total: 'Gesamter Bestand',
    noCsCost: 'Keine CS-Kosten',
    columns: {
      name: 'Segment',
      roi: 'ROI',
      netBenefit: 'Nettonutzen',
      nrr: 'NRR',
      coverage: 'Abdeckung',
      csms: 'CSMs heute',
      recommended: 'Empfohlen',
      best: 'Optimal',
      csCostShare: 'CS-Kosten zu ARR',
    },
  },
  undo: { group: 'Rückgängig und Wiederholen', undo: 'Rückgängig', redo: 'Wiederholen' },
  scenario: { label: 'Szenario: ', edited: ' (bearbeitet)' },
  results: {
    group: 'Wichtigste Ergebnisse',
    roi: 'ROI',
    payback: 'Amortisation',
    netBenefit: 'Nettonutzen',
  },
  print: { region: 'Annahmen für den Druck', title: 'Annahmen' },
  notices: {
    from: (source, text) => `${source}: ${text}`,
    dismiss: 'Hinweis schließen',
    earlier: (count, texts) => `${count} frühere Hinweise: ${texts}`,
    noPreset: (id) => `Es gibt keine Vorlage namens ${id}; das Szenario bleibt unverändert.`,
  },
  sources: { link: 'Der Link', settings: 'Einstellungen', segmentName: 'Segmentname' },
  settings: {
    currency: (given, used) => `Die Währung ${given} ist unbekannt, daher wird ${used} verwendet.`,
    locale: (given, used) =>
      `Das Zahlenformat ${given} kennt dieser Browser nicht, daher wird ${used} verwendet.`,
    theme: (given, used) => `Das Farbschema ${given} ist unbekannt, daher wird ${used} verwendet.`,
    themes: { system: 'System', light: 'hell', dark: 'dunkel' },
    language: (given, used) => `Die Sprache ${given} spricht der Rechner nicht, daher spricht er ${used}.`,
  },
  link: {
    tooLong: (chars) =>
      `Der Link ist zu lang für ein Szenario (${chars} Zeichen), daher wurde er ignoriert; das angezeigte Szenario bleibt unverändert.`,
    newer:
      'Der Link stammt aus einer neueren Version des Rechners; die Teile, die diese Version versteht, werden verwendet.',
    unknownVersion: (version) =>
      `Die Linkversion ${version} ist unbekannt; der Link wurde als aktuelle Version gelesen.`,
    tooManySegments: (had, max) =>
      `Der Link enthält ${had} Segmente; der Rechner verarbeitet ${max}, daher werden die ersten ${max} verwendet und die übrigen weggelassen.`,
    unknownParts: (named) =>
      `Der Link enthält Teile, die dieser Rechner nicht kennt (${named}); sie wurden ignoriert.`,
    andMore: (named, more) => `${named} und ${more} weitere`,
    missingName: 'der Segmentname',
    missingIn: (label, segment) => `${label} von Segment ${segment}`,
    missingOne: (source, named) =>
      `${source} enthielt nicht: ${named}; daher wird der Standardwert verwendet.`,
    missingMany: (source, named) =>
      `${source} enthielt nicht: ${named}; daher werden die Standardwerte verwendet.`,
    presenterUnknown: (source, named) =>
      `${source}: Der Präsentationsmodus nennt Eingaben, die es nicht gibt (${named}); sie wurden weggelassen.`,
  },
  embed: {
    cta: 'Sprechen Sie uns an',
    showList: 'Liste der angezeigten Eingaben',
    lockList: 'Liste der gesperrten Eingaben',
    listTooLong: (list, max, left) =>
      left === 1
        ? `Die ${list} der Einbettung ist länger als ${max} Zeichen, daher wurde der letzte Name weggelassen.`
        : `Die ${list} der Einbettung ist länger als ${max} Zeichen, daher wurden die letzten ${left} Namen weggelassen.`,
    unknownInputs: (list, named) =>
      `Die ${list} der Einbettung nennt Eingaben, die es nicht gibt (${named}); sie wurden weggelassen.`,
    accent: (given) =>
      `Die Akzentfarbe ${given} ist keine Farbe wie #1d4ed8, daher wird das übliche Blau verwendet.`,
    ctaLink:
      'Der Link der Handlungsaufforderung ist keine http- oder https-Adresse, daher wird er nicht angezeigt.',
    attributeTooLong: (name, max) =>
      `Das Attribut ${name} war länger als ${max} Zeichen, daher wurde es ignoriert.`,
  },
  saved: {
    onScreen: 'Das angezeigte Szenario bleibt unverändert; kopieren Sie seinen Link, um es zu behalten.',
    blocked:
      'Dieser Browser erlaubt dem Rechner hier kein Speichern (privates Surfen oder eine eingebettete Seite kann es verhindern).',
    damaged:
      'Die gespeicherten Szenarien in diesem Browser sind beschädigt und konnten nicht gelesen werden. Leeren Sie sie, um eine neue Liste zu beginnen. Das angezeigte Szenario bleibt unverändert.',
    full: 'Der Speicher des Browsers ist voll. Löschen Sie ein gespeichertes Szenario und versuchen Sie es erneut.',
    fullNamed: (name) =>
      `Der Speicher des Browsers ist voll, daher wurde „${name}“ nicht gespeichert. Löschen Sie ein gespeichertes Szenario und versuchen Sie es erneut.`,
    newer:
      'Die gespeicherten Szenarien stammen aus einer neueren Version des Rechners und bleiben unverändert. Das angezeigte Szenario bleibt unverändert.',
    skippedOne:
      '1 gespeichertes Szenario konnte nicht gelesen werden und wird daher nicht angezeigt; es bleibt unverändert gespeichert.',
    skipped: (count) =>
      `${count} gespeicherte Szenarien konnten nicht gelesen werden und werden daher nicht angezeigt; sie bleiben unverändert gespeichert.`,
    firstOnly: (max, count) =>
      `Nur die ersten ${max} von ${count} gespeicherten Szenarien werden angezeigt; die übrigen bleiben gespeichert.`,
    needName: 'Geben Sie dem Szenario einen Namen, um es zu speichern.',
    tooLarge: 'Dieses Szenario ist zu groß zum Speichern.',
    tooManyFor: (max, name) =>
      `Es gibt bereits ${max} gespeicherte Szenarien; löschen Sie eines, um „${name}“ zu speichern.`,
    tooMany: (max) => `Es gibt bereits ${max} gespeicherte Szenarien.`,
    nameNeeded: 'Ein Szenario braucht einen Namen.',
    nameTaken: (name) => `Es gibt bereits ein Szenario namens „${name}“.`,
    gone: 'Dieses Szenario ist nicht mehr gespeichert.',
    notPutBack: (name) =>
      `Es gibt bereits ein Szenario namens „${name}“, daher wurde das gelöschte nicht wiederhergestellt.`,
  },
  presets: {
    typical: {
      label: 'Mid-Market, 36k ACV (Standardwerte)',
      description:
        '400 Kundenkonten zu 3.000 pro Monat, 10 neue pro Monat, zehn CSMs mit je 40 Kundenkonten, zunehmend ausgelastet, wenn der Bestand wächst.',
    },
    smb: {
      label: 'KMU, 6k ACV',
      description:
        '3.000 Kundenkonten zu 500 pro Monat, 100 neue pro Monat, zehn CSMs im Pool mit je 300 Kundenkonten.',
    },
    enterprise: {
      label: 'Enterprise-Kunden, 144k ACV',
      description:
        '100 Kundenkonten zu 12.000 pro Monat, 2 neue pro Monat, acht zugeordnete CSMs mit je etwa 12 Kundenkonten.',
    },
    understaffed: {
      label: 'Unterbesetztes CS-Team',
      description: '1.200 Kundenkonten und drei CSMs: Die meisten Kunden hören nie etwas von CS.',
    },
    expansion: {
      label: 'Häufige Expansion',
      description:
        'Nutzungsbasierte Preise: CS führt jedes Quartal ein Expansionsgespräch, nicht nur einmal zur Verlängerung.',
    },
    race: {
      label: 'Wettlauf: Akquisition gegen Kundenbindung',
      description:
        'Unternehmen A aus dem Artikel: 100 neue Kundenkonten pro Monat bei 10 % monatlicher Abwanderung. Ein CS-Programm senkt die Abwanderung auf die 5 % von Unternehmen B.',
    },
    'three-tier': {
      label: 'Dreistufige CS-Organisation',
      description:
        'Enterprise mit High-Touch, Mid-Market im Pool und KMU digital: KMU amortisiert sich zuerst, Enterprise trägt die NRR, im Mid-Market fehlen CSMs.',
    },
  },
  presetSources: {
    names: {
      saasCapital:
        'Retention-Benchmarks von SaaS Capital (berichtet von alexisfairbanks.com und saasventurecapital.com)',
      csmRatios: 'Verhältnis von CSMs zu Kunden, lyniro.com',
      csmCost: 'Vollkosten eines CSM, metricrig.com',
      csmHours: 'Kapazitätsplanung für CSMs, cynthiabalusek.com',
      bessemer: 'Bessemer Venture Partners, „Law 6: build a revenue engine“',
      csSpend: 'CS-Ausgaben als Anteil am Umsatz, humanr.ai',
      own: 'Einschätzung dieses Projekts',
      article: 'Unternehmen A und Unternehmen B aus dem Ausgangsartikel (die Rechenprobe in docs/model.md)',
    },
    took: {
      commonHours: 'etwa 130 produktive Stunden je CSM pro Monat',
      commonSpend:
        'CS-Ausgaben um 10 % des Umsatzes, 15 % des ARR als Obergrenze (eine Kontrolle, keine Eingabe)',
      commonEffect:
        'CS senkt die monatliche Abwanderung um drei Achtel bis zwei Fünftel und steigert die Expansion: Keine öffentliche Studie misst die Wirkung eines CS-Programms; die Werte bleiben unter den Warnschwellen der App (Abwanderung halbiert, NRR plus 15 Punkte)',
      midMarketRetention: 'ACV 25–50k: Median-NRR etwa 103 %, GRR etwa 92 %; 36k ACV, 3.000 pro Monat',
      midMarketRatio: '1:20–75 Kundenkonten je CSM im Mid-Market: heute 40',
      midMarketCost: '145–210k Vollkosten je CSM und Jahr: 175k',
      midMarketCac: 'CAC-Amortisation in 6–18 Monaten: 35k CAC entsprechen 15 Monaten Bruttomarge',
      smbRetention: 'ACV unter 12k: Median-NRR etwa 100 %, GRR etwa 90 %; 6k ACV, 500 pro Monat',
      smbRatio: '1:100–500 Kundenkonten je CSM im Pool für KMU: heute 300',
      smbCost: '145–210k Vollkosten, CSMs im KMU-Pool oft darunter: 145k',
      smbCac: 'CAC-Amortisation in 6–18 Monaten bei KMU: 5k CAC entsprechen 13 Monaten',
      enterpriseRetention:
        'ACV über 100k: Median-NRR etwa 107–110 %, GRR etwa 93 %; 144k ACV, 12.000 pro Monat',
      enterpriseRatio: '1:5–15 Kundenkonten je High-Touch-CSM: heute etwa 12',
      enterpriseCost: '145–210k Vollkosten: 210k für Enterprise-CSMs',
      enterpriseCac: 'CAC-Amortisation: 150k CAC entsprechen 16 Monaten Bruttomarge',
      understaffedStory:
        'die Annahme: dreimal so viele Kundenkonten und drei CSMs am unteren Ende der Kostenspanne',
      expansionStory: 'die Annahme: vierteljährliche Expansionsgespräche, jedes kleiner',
      raceArticle:
        '100 und 50 neue Kundenkonten pro Monat bei 10 % und 5 % monatlicher Abwanderung, 50 pro Monat, 100 CAC',
      raceStory:
        'sechs CSMs zu 60k, die die Abwanderung von A auf die von B senken: zur Veranschaulichung, nicht gemessen',
      tierRetention:
        'Kundenbindung nach ACV-Band je Stufe: über 100k (Enterprise), 25–50k (Mid-Market), unter 12k (KMU)',
      tierRatios:
        'Bestände von 1:5–15 (Enterprise), 1:20–75 (Mid-Market) und 1:100–500 (KMU, mit Digitalprogramm)',
      tierCost:
        '145–210k Vollkosten je CSM und Jahr: 190k Enterprise, 150k Mid-Market, 95k KMU-Pool (unter der Spanne, wie bei CSMs im Pool üblich)',
      tierStory:
        'die Annahme: acht Enterprise-CSMs, drei im Mid-Market, zwei CSMs im KMU-Pool mit Digitalprogramm',
    },
  },
};
