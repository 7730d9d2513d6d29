import type { KpisWords } from '../en/kpis.ts';

export const kpis: KpisWords = {
  span: {
    months: { one: '# mois', other: '# mois' },
    overMonths: { one: 'sur # mois', other: 'sur # mois' },
    withinMonths: { one: 'en # mois', other: 'en # mois' },
  },
  figures: {
    roi: {
      label: 'ROI du programme CS',
      formula: '(Marge brute avec CS − marge brute sans CS − coût CS) ÷ coût CS, cumulés sur l’horizon.',
      meaning:
        'Ce que rapporte chaque unité investie dans le CS sur l’horizon, une fois son propre coût couvert : 150 % signifie que chaque unité de coût CS a généré 2,50 de marge brute supplémentaire.',
      spreadsheet:
        'Calculer la table mensuelle avec et sans CS. Par mois, marge brute supplémentaire = marge brute avec CS − marge brute sans CS. Coût CS mensuel = CSM × coût annuel ÷ 12. ROI = (Σ marge brute supplémentaire − Σ coût CS) ÷ Σ coût CS, des mois 1 à H.',
    },
    'net-benefit': { label: 'Gain net sur l’horizon' },
    'cs-cost': { label: 'Coût CS sur l’horizon' },
    payback: {
      label: 'Mois de récupération de l’investissement',
      cardLabel: () => 'Délai de récupération',
      formula:
        'Premier mois à partir duquel le cumul (marge brute supplémentaire − coût CS) reste positif ou nul jusqu’à la fin de l’horizon.',
      meaning:
        'Le mois à partir duquel le programme a rapporté, au total, plus qu’il n’a coûté, et s’y maintient.',
      spreadsheet:
        'Tenir un cumul de (marge brute supplémentaire − coût CS) mois après mois. Le délai de récupération est le premier mois à partir duquel ce cumul reste positif ou nul chaque mois suivant jusqu’à la fin de l’horizon.',
    },
    npv: {
      label: 'Valeur actuelle nette (VAN)',
      formula:
        'Σ gain net mensuel ÷ (1 + i)^t, où i est le taux mensuel équivalent au taux d’actualisation annuel.',
      meaning:
        'Le gain net en valeur d’aujourd’hui : les mois lointains pèsent moins, au taux d’actualisation.',
      spreadsheet:
        'Taux mensuel i = (1 + taux annuel)^(1/12) − 1. VAN = Σ sur les mois t = 1..H de (marge brute supplémentaire − coût CS) du mois t ÷ (1 + i)^t.',
    },
    'arr-lift': {
      label: 'Hausse de l’ARR en fin d’horizon',
      cardLabel: (month) => `Hausse de l’ARR au mois ${month}`,
      formula: '12 × (MRR avec CS − MRR sans CS) en fin d’horizon.',
      meaning: 'De combien le chiffre d’affaires récurrent annuel est plus élevé à la fin grâce au CS.',
      spreadsheet:
        '12 × (MRR avec CS − MRR sans CS) au mois H. Clients conservés = clients avec CS − clients sans CS, au mois H.',
    },
    'arr-with-cs': {
      label: 'ARR en fin d’horizon',
      cardLabel: (month) => `ARR au mois ${month}, avec CS`,
      formula: '12 × MRR en fin d’horizon, avec l’équipe CS telle que dimensionnée.',
      meaning:
        'Chiffre d’affaires récurrent annuel en fin d’horizon, avec l’équipe CS telle que dimensionnée.',
      spreadsheet: '12 × MRR au mois H de la table avec CS.',
    },
    accounts: { label: 'Clients en fin d’horizon' },
    'arr-without-cs': {
      label: 'ARR en fin d’horizon, sans CS',
      cardLabel: (month) => `ARR au mois ${month}, sans CS`,
      formula: '12 × MRR en fin d’horizon sans programme CS : chaque levier à sa valeur sans CS.',
      meaning: 'Chiffre d’affaires récurrent annuel en fin d’horizon, sans aucun programme CS.',
      spreadsheet: '12 × MRR au mois H de la table sans CS (chaque levier à sa valeur sans CS).',
    },
    nrr: {
      label: 'Rétention nette du chiffre d’affaires (NRR)',
      formula:
        'MRR actuel des clients présents il y a 12 mois ÷ leur MRR d’alors (12 mois glissants, en fin d’horizon).',
      meaning:
        'Si les clients existants augmentent ou réduisent leurs dépenses sur un an, hors nouveaux clients : au-delà de 100 %, ils croissent d’eux-mêmes.',
      spreadsheet:
        'Prendre tous les clients présents à la fin du mois H − 12. Ne suivre qu’eux (aucun nouvel arrivant) jusqu’au mois H, avec les mêmes taux mensuels d’attrition, de contraction et d’expansion ; les clients encore en onboarding comptent à l’ARPA et perdent leurs échecs quand ils se dénouent. NRR = leur MRR au mois H ÷ leur MRR au mois H − 12.',
    },
    grr: {
      label: 'Rétention brute du chiffre d’affaires (GRR)',
      formula:
        'Comme la NRR, sans l’expansion : seuls l’attrition, la contraction et les échecs d’onboarding comptent.',
      meaning:
        'La même année de clients existants, en ne comptant que les pertes : elle ne peut jamais dépasser 100 %.',
      spreadsheet:
        'Comme la NRR, mais leur MRR au mois H est recalculé sans expansion : MRR au mois H − 12 × le produit des facteurs mensuels d’attrition, de contraction et d’échec d’onboarding des mois H − 11 à H.',
    },
    'logo-retention': {
      label: 'Rétention des logos, 12 mois glissants',
      formula: 'Nombre actuel des clients présents il y a 12 mois ÷ leur nombre d’alors.',
      meaning:
        'La part des clients (et non du chiffre d’affaires) présents il y a un an qui sont toujours là, échecs d’onboarding compris. À distinguer du taux annuel de rétention des logos 1 − attrition annuelle que fait varier « Rétention ou acquisition ? », qui ne compte que l’attrition des clients déjà intégrés.',
      spreadsheet: 'Clients de ce même groupe au mois H ÷ leur nombre au mois H − 12.',
    },
    clv: {
      label: 'Valeur vie client (CLV)',
      formula: 'Marge brute d’un nouveau client sur 120 mois, à la couverture moyenne assurée par l’équipe.',
      meaning:
        'Ce que vaut un nouveau client en marge brute sur dix ans, à la couverture assurée par l’équipe.',
      spreadsheet:
        'Un client, 120 lignes mensuelles : il paie l’ARPA pendant l’onboarding ; au mois de son time-to-value seule la part de réussite reste ; ensuite son MRR est multiplié chaque mois par (1 − attrition) × (1 − contraction) × (1 + g). CLV = marge brute × Σ MRR, leviers à la couverture moyenne de l’équipe (0 pour « sans CS »).',
    },
    'ltv-cac': {
      label: 'LTV : CAC',
      formula: 'Valeur vie client ÷ coût d’acquisition d’un client.',
      meaning:
        'Combien de fois un nouveau client rembourse ce qu’il a coûté à conquérir ; 3× est un seuil courant.',
      spreadsheet: 'CLV divisé par CAC.',
    },
    'equivalent-logos': {
      label: 'Nouveaux logos équivalents',
      formula: 'Hausse du MRR en fin d’horizon ÷ chiffre d’affaires par nouveau client.',
      meaning:
        'Combien de clients supplémentaires les ventes devraient signer pour ajouter le MRR qu’apporte le CS.',
      spreadsheet: '(MRR avec CS − MRR sans CS) au mois H ÷ ARPA.',
    },
    'acquisition-avoided': {
      label: 'Dépenses d’acquisition évitées',
      formula: 'Nouveaux logos équivalents × CAC : ce que les ventes dépenseraient pour le même MRR.',
      meaning: 'Ce que les ventes et le marketing dépenseraient pour conquérir ces clients à la place.',
      spreadsheet: 'Nouveaux logos équivalents × CAC.',
    },
    'recommended-csms': {
      label: 'CSM recommandés',
      formula:
        'Plus petite équipe dont les heures couvrent l’onboarding et le suivi chaque mois de l’horizon.',
      meaning:
        'La plus petite équipe qui donne à chaque client les heures nécessaires, chaque mois de l’horizon.',
      spreadsheet:
        'Calculer la table avec une couverture forcée à 100 %. Heures nécessaires au mois t = heures de suivi × tous les clients à la fin du mois t − 1 + heures d’onboarding × clients arrivant au mois t. L’équipe est le plus grand de ces nombres ÷ heures d’un CSM par mois, arrondi au supérieur (au moins 1).',
    },
    'accounts-per-csm': {
      label: 'Clients par CSM en fin d’horizon',
      cardLabel: (month) => `Clients par CSM au mois ${month}`,
      formula:
        'Clients en fin d’horizon ÷ CSM. Le bon ratio découle des heures de suivi, non du chiffre d’affaires.',
      meaning:
        'Le portefeuille que porte chaque CSM à la fin ; le bon ratio découle des heures, non du chiffre d’affaires.',
      spreadsheet: 'Clients au mois H ÷ CSM (et ÷ l’équipe recommandée, pour comparer).',
    },
    coverage: {
      label: 'Couverture CS moyenne',
      cardLabel: () => 'Couverture CS',
      formula: 'Heures CSM disponibles ÷ heures nécessaires, plafonnées à 100 %, en moyenne sur les mois.',
      meaning:
        'La part du temps CS nécessaire aux clients que l’équipe peut fournir ; sous 100 %, les leviers avec CS ne jouent qu’en partie.',
      spreadsheet:
        'Par mois : k = 0 sans CSM, 1 si aucune heure n’est nécessaire, sinon min(1, CSM × heures CSM ÷ heures nécessaires). La carte montre la moyenne de k sur les mois 1 à H et son mois le plus bas.',
    },
    'roi-year-1': {
      label: 'ROI du programme CS la première année',
      cardLabel: () => 'ROI par année',
      formula:
        'Au sein de chaque année de l’horizon : (marge brute supplémentaire − coût CS) ÷ coût CS de l’année.',
      meaning:
        'Quand le programme devient rentable : une première année négative est habituelle, car les gains d’onboarding et de rétention s’accumulent mois après mois.',
      spreadsheet:
        'À partir de la table mensuelle, par année (mois 1–12, 13–24, …) : (Σ marge brute supplémentaire − Σ coût CS) ÷ Σ coût CS. Une dernière année incomplète compte ses propres mois.',
    },
    'cs-cost-share': {
      label: 'Coût CS en part de l’ARR, en fin d’horizon',
      cardLabel: () => 'Part du coût CS dans l’ARR',
      formula: 'Coût CS du dernier mois ÷ MRR du dernier mois, avec CS (soit coût CS annuel ÷ ARR).',
      meaning:
        'Ce que coûte le CS rapporté au chiffre d’affaires qu’il suit ; les études publiées situent les dépenses CS autour de 10 % du chiffre d’affaires.',
      spreadsheet: 'Coût CS au mois H ÷ MRR au mois H, d’après la table mensuelle avec CS.',
    },
  },
  cards: {
    withoutCs: (value) => `${value} sans CS`,
    accounts: (count) => `${count} clients`,
    noCsCost: 'Aucun coût CS',
    noArpa: 'Aucun ARPA',
    retention: {
      needs12: 'Il faut 12 mois',
      shortHorizon: (months) => `L’horizon est de ${months}\u202f; la rétention glissante en exige 12.`,
    },
    roi: {
      noProgram: 'Sans CSM, il n’y a pas de programme à rentabiliser.',
      net: (net, cost, over) => `${net} net pour ${cost} de coût CS ${over}`,
      netNpvNegative: (net, cost, over) =>
        `${net} net pour ${cost} de coût CS ${over}\u202f; une fois actualisé, il perd de l’argent (VAN négative)`,
    },
    payback: {
      month: (month) => `Mois ${month}`,
      paidBack: 'À partir de ce mois, le programme a rapporté plus qu’il n’a coûté.',
      paidBackNpvNegative:
        'À partir de ce mois, il a rapporté plus qu’il n’a coûté, en sommes non actualisées ; sa VAN est négative.',
      notWithin: (within) => `Pas ${within}`,
      cumulative: (amount, month) => `Gain net cumulé de ${amount} au mois ${month}.`,
      nothing: 'Rien à rembourser',
      free: 'Le programme ne coûte rien.',
    },
    npv: { discounted: (rate) => `Gain net actualisé à ${rate} par an` },
    arrLift: {
      fewer: (count) => `${count} clients de moins que sans CS`,
      more: (count) => `${count} clients de plus que sans CS`,
    },
    ltvCac: { noCac: 'Aucun CAC', free: 'L’acquisition ne coûte rien' },
    logos: { detail: 'Nouveaux clients nécessaires pour ajouter le même MRR' },
    avoided: {
      oneSegment: (cac) => `Logos équivalents × ${cac} de CAC`,
      segments: 'Logos équivalents de chaque segment × son CAC',
    },
    recommended: {
      detail: (csms) => `Vous en avez ${csms}\u202f; ce nombre couvre entièrement chaque mois`,
    },
    perCsm: {
      none: 'Aucun CSM',
      recommended: (count) => `${count} avec l’équipe recommandée`,
    },
    coverage: {
      lowest: (lowest, month) => `Moyenne\u202f; minimum de ${lowest} au mois ${month}`,
      full: 'Chaque mois entièrement couvert',
    },
    roiByYear: {
      first: (roi) => `Année 1\u202f: ${roi}`,
      later: (year, roi) => `année ${year}\u202f: ${roi}`,
      noCost: 'aucun coût CS',
      oneYear: 'L’horizon ne dépasse pas un an.',
    },
    costShare: {
      noArr: 'Aucun ARR',
      detail: (month) => `Au mois ${month}\u202f: coût CS annuel ÷ ARR avec CS`,
    },
  },
  segmentFigures: {
    roi: 'ROI du programme CS',
    netBenefit: 'Gain net',
    nrr: 'Rétention nette du chiffre d’affaires (NRR)',
    coverage: 'Couverture CS moyenne',
    csms: 'CSM',
    recommended: 'CSM recommandés',
    best: 'Meilleure équipe (fixe)',
    costShare: 'Part du coût CS dans l’ARR',
    clv: 'Valeur vie client (CLV)',
    ltvCac: 'LTV : CAC',
    named: (segment, label) => `${segment}\u202f: ${label}`,
  },
  grid: {
    label: 'Indicateurs clés',
    card: (label, value) => `${label}\u202f: ${value}`,
    howComputed: (label) => `Calcul de «\u202f${label}\u202f»`,
  },
  metrics: {
    label: {
      roi: 'ROI',
      netBenefit: 'Gain net',
      npv: 'Valeur actuelle nette (VAN)',
      endingArrLift: 'Hausse de l’ARR en fin d’horizon',
      paybackMonth: 'Mois de retour sur investissement',
      nrr: 'NRR en fin d’horizon',
      endingArr: 'ARR en fin d’horizon',
    },
    none: {
      roi: 'aucun ROI (aucun coût CS)',
      netBenefit: 'aucun gain net',
      npv: 'aucune valeur actuelle nette',
      endingArrLift: 'aucune hausse de l’ARR',
      paybackMonth: 'aucun retour sur investissement',
      nrr: 'aucune NRR (il faut 12 mois)',
      endingArr: 'aucun ARR',
    },
    month: (month) => `mois ${month}`,
    points: (points) => `${points} pts`,
    months: (months) => `${months} mois`,
  },
  cautions: {
    label: 'Mises en garde sur ce scénario',
    one: 'Une mise en garde sur ce scénario',
    illustrative:
      'Scénario illustratif : il suppose des effets du CS supérieurs à ceux que rapportent les études publiées.',
    inSegment: (segment, text) => `${segment}\u202f: ${text}`,
    churnCut: {
      scenario: (from, to, cut) =>
        `Le CS réduit l’attrition mensuelle des logos de ${from} à ${to}, soit de ${cut}.`,
      studies:
        'Aucune étude publique à notre connaissance ne fait état d’un programme CS réduisant l’attrition de plus de moitié ; les modèles fondés sur des références retiennent un tiers à deux cinquièmes.',
    },
    ttvCut: {
      scenario: (from, to) => `Le CS réduit le time-to-value de ${from} à ${to}.`,
      studies:
        'Aucune étude publique à notre connaissance ne fait état d’un onboarding réduisant le time-to-value de plus des deux tiers.',
    },
    nrrLift: {
      assumption: 'Les leviers d’expansion et d’attrition avec CS',
      scenario: (month, from, to, points) =>
        `Le CS porte la NRR au mois ${month} de ${from} à ${to}, soit ${points} points.`,
      studies:
        'Aucune étude publique à notre connaissance ne fait état d’un CS relevant la NRR de plus de 10 à 15 points ; la NRR médiane est d’environ 100 à 110 % selon la taille des contrats (SaaS Capital, 2023).',
    },
    costShare: {
      assumption: 'Les CSM et leur coût',
      scenario: (share, month) => `Le CS coûte ${share} de l’ARR au mois ${month}.`,
      studies:
        'Des dépenses CS proches de 10 % du chiffre d’affaires sont courantes ; 15 % de l’ARR est cité comme plafond (humanr.ai).',
    },
  },
  summary: {
    noCsms: (recommended) =>
      `Sans CSM, il n’y a pas de programme à évaluer. Ajoutez des CSM pour voir ce que ${recommended} d’entre eux rapporteraient.`,
    story: (s) => [
      `Sur ${s.months}, une équipe CS de ${s.csms} coûte `,
      s.cost,
      ` et ${s.gains ? 'rapporte' : 'perd'} `,
      s.net,
      ' net de ce coût : un ROI de ',
      s.roi,
    ],
    noPayback: (within) => `, sans retour sur investissement ${within}.`,
    paidBack: (month) => `, rentabilisé au mois ${month}.`,
    needs: (csms) => `Le portefeuille exige ${csms} CSM pour couvrir chaque mois.`,
    covers: 'L’équipe couvre chaque mois.',
  },
};
