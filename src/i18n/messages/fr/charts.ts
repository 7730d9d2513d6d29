import type { ChartsWords } from '../en/charts.ts';

export const charts: ChartsWords = {
  common: {
    month: 'Mois',
    atMonth: (month) => `Mois ${month}`,
    legend: 'Séries : appuyer pour afficher ou masquer',
    showTable: 'Afficher sous forme de tableau',
    table: (caption) => `Tableau\u202f: ${caption}`,
    charts: 'Graphiques',
    organisation: 'L’organisation CS',
    csms: { one: '# CSM', other: '# CSM' },
    breakEven: 'Seuil de rentabilité',
    list: (items) => items.join(' ; '),
  },
  mrr: {
    noCsms: 'Sans CSM, le MRR suit la trajectoire sans CS',
    paysBack: (lift, month, payback) =>
      `Le CS ajoute ${lift} d’ARR d’ici le mois ${month} et se rentabilise au mois ${payback}`,
    noPayback: (lift, month, within) =>
      `Le CS ajoute ${lift} d’ARR d’ici le mois ${month} mais ne se rentabilise pas ${within}`,
    description: (over, withCs, withoutCs, benefit) =>
      `Graphique linéaire ${over}. Le MRR avec CS finit à ${withCs}, sans CS à ${withoutCs}. Le gain net cumulé du programme finit à ${benefit}.`,
    descriptionPayback: (over, withCs, withoutCs, benefit, month) =>
      `Graphique linéaire ${over}. Le MRR avec CS finit à ${withCs}, sans CS à ${withoutCs}. Le gain net cumulé du programme finit à ${benefit}, positif à partir du mois ${month}.`,
    withCs: 'MRR avec CS',
    withoutCs: 'MRR sans CS',
    cumulative: 'Gain net cumulé',
    axis: 'MRR',
    payback: (month) => `Rentabilisé, mois ${month}`,
  },
  bridge: {
    headline: (month, added, taken) =>
      `Au mois ${month}, le MRR nouveau et d’expansion ajoute ${added}\u202f; l’attrition et la contraction retirent ${taken}`,
    description: (over, month, added, expansion, contraction, churn, net) =>
      `Histogramme empilé du pont de MRR mensuel avec CS ${over}. Au mois ${month}\u202f: nouveau ${added}, expansion ${expansion}, contraction ${contraction}, attrition ${churn}\u202f; net ${net}.`,
    added: 'Nouveau',
    expansion: 'Expansion',
    contraction: 'Contraction',
    churn: 'Attrition',
    net: 'Variation nette',
    axis: 'Variation du MRR par mois',
  },
  retention: {
    short: 'Les rétentions nette et brute du chiffre d’affaires exigent un horizon d’au moins 12 mois',
    headline: (nrr, without) => `La NRR finit à ${nrr} avec CS et à ${without} sans`,
    headlineGrows: (nrr, without) =>
      `La NRR finit à ${nrr} avec CS et à ${without} sans\u202f: les clients existants font croître leur chiffre d’affaires d’eux-mêmes`,
    noFigures: 'Aucun chiffre de rétention : l’horizon est inférieur à 12 mois.',
    description: (month, nrr, grr, without) =>
      `Graphique linéaire du mois 12 au mois ${month}. La NRR avec CS finit à ${nrr}, la GRR avec CS à ${grr}, la NRR sans CS à ${without}. La ligne pointillée marque 100\u202f%.`,
    nrrWithCs: 'NRR avec CS',
    grrWithCs: 'GRR avec CS',
    logosWithCs: 'Rétention des logos avec CS',
    nrrWithoutCs: 'NRR sans CS',
    axis: '12 mois glissants',
    full: '100 %',
  },
  coverage: {
    noCsms: (recommended) =>
      `Aucun CSM\u202f: la couverture est nulle\u202f; ${recommended} couvriraient chaque mois`,
    falls: (coverage, month, recommended, csms) =>
      `La couverture tombe à ${coverage} au mois ${month}\u202f: le portefeuille exige ${recommended} CSM, l’équipe en compte ${csms}`,
    covers: (csms, recommended) =>
      `L’équipe de ${csms} couvre chaque mois\u202f; ${recommended} est la plus petite équipe qui y parvient`,
    description: (over, month, coverage, perCsm, perRecommended, recommended) =>
      `Graphique linéaire ${over} de la couverture CS (part des heures CSM nécessaires que fournit l’équipe) et des clients par CSM. Au mois ${month}\u202f: couverture ${coverage}, ${perCsm} clients par CSM contre ${perRecommended} avec l’équipe recommandée de ${recommended}.`,
    descriptionNoCsms: (over, month, coverage, perRecommended, recommended) =>
      `Graphique linéaire ${over} de la couverture CS (part des heures CSM nécessaires que fournit l’équipe) et des clients par CSM. Au mois ${month}\u202f: couverture ${coverage}, aucun client par CSM contre ${perRecommended} avec l’équipe recommandée de ${recommended}.`,
    coverage: 'Couverture',
    accounts: 'Clients',
    perCsm: 'Clients par CSM',
    perCsmRecommended: 'Clients par CSM, équipe recommandée',
    perRecommendedColumn: 'Par CSM, équipe recommandée',
    full: 'Couverture complète',
  },
  team: {
    hiring: (from, to, month, productive, needed) =>
      `Les recrutements portent l’équipe de ${from} à ${to} CSM d’ici le mois ${month}\u202f; ${productive} d’entre eux pleinement opérationnels, ${needed} nécessaires pour une couverture complète`,
    fixed: (csms, month, needed) =>
      `Une équipe fixe de ${csms} CSM\u202f; au mois ${month}, une couverture complète en exige ${needed}`,
    description: (over, month, csms, productive, needed) =>
      `Graphique linéaire ${over} de l’équipe CS\u202f: CSM rémunérés, CSM pleinement opérationnels (qui fournissent des heures) et CSM qu’exigeraient les heures des clients pour une couverture complète. Au mois ${month}\u202f: ${csms} rémunérés, ${productive} opérationnels, ${needed} nécessaires.`,
    payroll: 'CSM rémunérés',
    productive: 'CSM opérationnels',
    needed: 'CSM nécessaires pour une couverture complète',
    axis: 'CSM',
  },
  cost: {
    headline: (months, cost, gain) => `Sur ${months}, le CS coûte ${cost} et ajoute ${gain} de marge brute`,
    description: (over, csms, overhead, digital, gain) =>
      `Graphique en aires empilées ${over} du coût CS mensuel par nature, avec en ligne la marge brute que le CS ajoute chaque mois. Sur l’horizon\u202f: CSM ${csms}, encadrement et outils ${overhead}, programme digital ${digital}\u202f; marge brute ajoutée ${gain}.`,
    csms: 'CSM',
    overhead: 'Encadrement et outils',
    digital: 'Programme digital',
    gain: 'Marge brute ajoutée par le CS',
    csCost: 'Coût CS',
    axis: 'Par mois',
  },
  segmentMrr: {
    headline: (month, segment, mrr, total, without) =>
      `Au mois ${month}, ${segment} porte ${mrr} sur ${total} de MRR avec CS\u202f; sans CS, le portefeuille serait à ${without}`,
    description: (over, month, segments, without) =>
      `Graphique en aires empilées ${over} du MRR avec CS par segment, avec en pointillé le MRR de tout le portefeuille sans CS. Au mois ${month}\u202f: ${segments}\u202f; sans CS ${without}.`,
    withoutCs: 'Portefeuille entier sans CS',
    withCs: 'Portefeuille entier avec CS',
    segmentWithCs: (segment) => `${segment}, avec CS`,
    axis: 'MRR',
  },
  cohort: {
    start: 'Clients du départ',
    joined: (year) => `Arrivés l’année ${year}`,
    startInText: 'clients du départ',
    joinedInText: (year) => `arrivés l’année ${year}`,
    noMrr: (month) => `Aucun MRR au mois ${month}`,
    startShare: (month, share) => `Au mois ${month}, ${share} du MRR vient encore des clients du départ`,
    olderShare: (month, share) =>
      `Au mois ${month}, ${share} du MRR vient de clients arrivés plus d’un an auparavant`,
    description: (over, month, layers, total) =>
      `Graphique en aires empilées du MRR avec CS ${over}, réparti selon l’année d’arrivée de chaque client. Au mois ${month}\u202f: ${layers}\u202f; total ${total}.`,
    axis: 'MRR avec CS',
    total: 'Total',
  },
  band: {
    noRanges: (mrr, month) =>
      `Aucune fourchette saisie\u202f: chaque tirage reproduit le scénario, MRR de ${mrr} au mois ${month}`,
    range: (month, p10, p90) =>
      `Dans 8 tirages sur 10, le MRR du mois ${month} se situe entre ${p10} et ${p90}`,
    rangeRoi: (month, p10, p90, share) =>
      `Dans 8 tirages sur 10, le MRR du mois ${month} se situe entre ${p10} et ${p90}\u202f; le ROI est positif dans ${share} des tirages`,
    description: (over, runs, seed, month, p10, p50, p90, scenario) =>
      `Graphique linéaire du MRR avec CS ${over} sur ${runs} tirages Monte-Carlo (graine ${seed}). Mois ${month}\u202f: P10 ${p10}, médiane ${p50}, P90 ${p90}\u202f; le scénario tel que saisi ${scenario}.`,
    p90: 'P90 (9 tirages sur 10 en dessous)',
    p10: 'P10 (9 tirages sur 10 au-dessus)',
    median: 'Médiane (P50)',
    scenario: 'Scénario tel que saisi',
    axis: 'MRR avec CS',
  },
  compare: {
    scenarios: { one: '# scénario', other: '# scénarios' },
    headline: (scenarios) => `MRR de ${scenarios}, avec et sans CS`,
    ends: (name, withCs, withoutCs) => `${name} finit à ${withCs} avec CS et à ${withoutCs} sans`,
    description: (over, ends) => `Graphique linéaire ${over}. ${ends}.`,
    withCs: (name) => `${name}\u202f: avec CS`,
    withoutCs: (name) => `${name}\u202f: sans CS`,
    withCsColumn: (name) => `${name}, avec CS`,
    withoutCsColumn: (name) => `${name}, sans CS`,
    axis: 'MRR',
  },
  race: {
    titles: {
      mrr: 'MRR',
      contribution: 'Contribution mensuelle',
      cumulativeContribution: 'Contribution cumulée',
    },
    inText: {
      mrr: 'du MRR',
      contribution: 'de la contribution mensuelle',
      cumulativeContribution: 'de la contribution cumulée',
    },
    never: (title, within) => `${title}\u202f: B ne dépasse jamais A durablement ${within}`,
    first: (title) => `${title}\u202f: B est devant dès le premier mois`,
    overtakes: (title, month) => `${title}\u202f: B dépasse A durablement au mois ${month}`,
    aheadFrom: (month) => `B devant dès ${month}`,
    description: (title, over, month, a, b) =>
      `Graphique linéaire ${title} pour l’entreprise A et l’entreprise B ${over}. Au mois ${month}\u202f: A ${a}, B ${b}.`,
    neverAhead: 'B ne reste jamais devant jusqu’à la fin.',
    staysAhead: (month) => `B reste devant à partir du mois ${month}.`,
    companyA: 'Entreprise A',
    companyB: 'Entreprise B',
    columnA: (title) => `${title}, A`,
    columnB: (title) => `${title}, B`,
  },
  headcount: {
    today: 'Aujourd’hui',
    best: 'Optimum',
    full: 'Couverture complète',
    inspecting: 'Examiné',
    none: (over) =>
      `Aucune taille d’équipe ne se rentabilise ${over}\u202f: chaque CSM coûte plus que la marge brute qu’il apporte`,
    bestToday: (csms, net, over) =>
      `${csms} rapportent le plus\u202f: ${net} net ${over}, et c’est l’équipe actuelle`,
    bestNotToday: (csms, net, over, today, todayNet) =>
      `${csms} rapportent le plus\u202f: ${net} net ${over}\u202f; les ${today} actuels rapportent ${todayNet}`,
    description: (over, upper, best, bestNet, today, todayNet, full) =>
      `Graphique linéaire du gain net ${over} et du ROI pour des équipes CS de 0 à ${upper} CSM. Optimum\u202f: ${best} à ${bestNet}. Aujourd’hui\u202f: ${today} à ${todayNet}. Une couverture complète exige ${full}.`,
    netBenefit: (over) => `Gain net ${over}`,
    roi: 'ROI',
    axis: 'CSM dans l’équipe',
    column: 'CSM',
  },
  teamSplit: {
    team: 'CSM au total',
    teamFixed: 'CSM au total (équipe fixe)',
    todayBest: 'Aujourd’hui, optimum',
    none: (over) => `Aucune équipe totale ne rapporte plus qu’elle ne coûte ${over}`,
    best: (csms, net, over) =>
      `${csms} au total, répartis au mieux, rapportent le plus\u202f: ${net} ${over}`,
    description: (over, upper, best, net, today) =>
      `Graphique linéaire du gain net de tout le portefeuille ${over} pour des équipes totales de 0 à ${upper} CSM, chacune répartie au mieux entre les segments. Optimum\u202f: ${best} à ${net}\u202f; l’équipe actuelle compte ${today}.`,
    descriptionFixed: (over, upper, best, net, today) =>
      `Graphique linéaire du gain net de tout le portefeuille ${over} pour des équipes totales de 0 à ${upper} CSM, chacune répartie au mieux entre les segments, à équipe fixe. Optimum\u202f: ${best} à ${net}\u202f; l’équipe actuelle compte ${today}.`,
    bestSplit: (over) => `Gain net ${over}, meilleure répartition`,
  },
  tornado: {
    nothing: (metric, none) => `Rien ne fait varier ${metric}\u202f: ce scénario affiche ${none}`,
    noInput: (metric) => `Aucune donnée d’entrée ne fait varier ${metric} dans ce scénario`,
    most: (metric, input, low, high) =>
      `${metric} varie le plus avec «\u202f${input}\u202f»\u202f: de ${low} à ${high}`,
    down: (input, metric, value) => `Baissé à ${input}\u202f: ${metric} ${value}`,
    up: (input, metric, value) => `Monté à ${input}\u202f: ${metric} ${value}`,
    axis: (metric, value) => `Variation de ${metric} par rapport à ${value}`,
    description: (metric, value, inputs) =>
      `Graphique en tornade de ${metric}, aujourd’hui ${value}, chaque donnée d’entrée baissée puis montée d’un cran. ${inputs}.`,
    input: (input, low, high) => `${input}\u202f: de ${low} à ${high}`,
    movedDown: 'Donnée baissée',
    movedUp: 'Donnée montée',
    inputColumn: 'Donnée d’entrée',
    downTo: 'Baissée à',
    downColumn: (metric) => `${metric}, en baisse`,
    upTo: 'Montée à',
    upColumn: (metric) => `${metric}, en hausse`,
    swing: 'Amplitude',
  },
};
