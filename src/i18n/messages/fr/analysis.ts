import type { AnalysisWords, RaceLead } from '../en/analysis.ts';

/** « A devance B de 10 611 $ en MRR », « A et B sont à égalité en MRR ». */
function leadText(l: RaceLead): string {
  if (l.leader === null) return `A et B sont à égalité en ${l.metric}`;
  return `${l.leader} devance ${l.leader === 'A' ? 'B' : 'A'} de ${l.amount} en ${l.metric}`;
}

// NOTE: French sets a narrow no-break space (\u202f, written as its escape so it stays visible
// in the source) before : ; ? ! % and inside « ».
export const analysis: AnalysisWords = {
  title: 'Analyse',
  tabList: 'Vues d’analyse',
  loading: (view: string) => `Chargement de «\u202f${view}\u202f»…`,
  tabs: {
    headcount: 'Où placer le prochain CSM',
    race: 'Acquisition ou rétention',
    cohorts: 'Cohortes',
    sensitivity: 'Ce qui fait bouger le ROI',
    goal: 'Valeur cible',
    uncertainty: 'Incertitude',
    finance: 'Finance',
    'your-numbers': 'Vos chiffres',
    methodology: 'Méthodologie',
  },
  quoted: (text: string) => `«\u202f${text}\u202f»`,
  csms: { one: '# CSM', other: '# CSM' },
  perYear: 'par an',
  fixedTeam: (heading: string) => `${heading} (équipe fixe)`,

  team: {
    nextGain: (segment: string, gain: string, horizon: number) =>
      `Le prochain CSM rapporte le plus dans ${segment}\u202f: ${gain} net sur ${horizon} mois.`,
    nextLoss: (segment: string, loss: string, horizon: number) =>
      `Un CSM de plus coûte, dans chaque segment, davantage qu’il ne rapporte sur ${horizon} mois\u202f; la perte la plus faible est dans ${segment} (${loss}).`,
    splitSame: (team: string, net: string, horizon: number) =>
      `La répartition actuelle de ${team} est déjà la meilleure pour cette équipe\u202f: ${net} net sur ${horizon} mois.`,
    splitBetter: (team: string, parts: string, net: string, horizon: number, gain: string) =>
      `Les mêmes ${team}, répartis ainsi\u202f: ${parts}, rapporteraient ${net} net sur ${horizon} mois, soit ${gain} par rapport à la répartition actuelle.`,
    splitPart: (csms: string, segment: string) => `${csms} dans ${segment}`,
    curveNone: (horizon: number) =>
      `Aucune taille d’équipe ne rapporte plus qu’elle ne coûte sur ${horizon} mois, quelle que soit sa répartition.`,
    curveBest: (team: string, net: string, horizon: number) =>
      `Avec la meilleure répartition, une équipe de ${team} au total rapporte le plus\u202f: ${net} net sur ${horizon} mois.`,
    fixedNote:
      'Ces chiffres valent pour une équipe fixe\u202f: le plan de recrutement est laissé de côté, et chaque taille d’équipe est maintenue sur tout l’horizon.',
    nextRegion: 'Le prochain CSM, par segment',
    nextCaption: 'Un CSM de plus, par segment',
    segment: 'Segment',
    csmsToday: 'CSM aujourd’hui',
    netOfOneMore: 'Gain net d’un CSM de plus',
    sameTeamHeading: 'La même équipe, au mieux répartie',
    splitRegion: 'Répartition actuelle et meilleure répartition',
    today: 'Aujourd’hui',
    bestSplit: 'Meilleure répartition',
    apply: 'Appliquer cette répartition',
    wholeTeamHeading: 'Toute l’équipe, au mieux répartie',
  },

  headcount: {
    better: (amount: string) => `${amount} de mieux au total`,
    worse: (amount: string) => `${amount} de moins au total`,
    noChange: 'aucun changement au total',
    noOneToCut: 'Sans CSM, il n’y a personne à retirer.',
    cut: (from: string, to: string, saved: string, horizon: number, lost: string, net: string) =>
      `Retirer un CSM (${from} → ${to}) économise ${saved} de coûts CS sur ${horizon} mois et fait perdre ${lost} de marge brute\u202f: ${net}.`,
    add: (from: string, to: string, cost: string, brought: string, net: string) =>
      `En ajouter un (${from} → ${to}) coûte ${cost} et apporte ${brought} de marge brute\u202f: ${net}.`,
    noneWorth: (horizon: number) =>
      `Dans ce scénario, aucune taille d’équipe ne rapporte plus qu’elle ne coûte sur ${horizon} mois.`,
    best: (team: string, net: string, horizon: number, roi: string | null) =>
      `La meilleure équipe pour ce scénario compte ${team}\u202f: ${net} net sur ${horizon} mois` +
      (roi === null ? '.' : ` (ROI ${roi}).`),
    todaySame: 'L’équipe actuelle a déjà cette taille.',
    todayLess: (team: string, net: string, less: string) =>
      `L’équipe actuelle de ${team} rapporte ${net} net, soit ${less} de moins.`,
    coverage: (team: string) => `Une équipe de ${team} couvrirait entièrement chaque mois.`,
    inspectedNone: 'Sans CSM, la couverture est nulle\u202f: chaque client évolue selon ses leviers sans CS.',
    inspected: (t) =>
      `Avec ${t.size}, la couverture moyenne est de ${t.averageCoverage}` +
      (t.lowest === null
        ? ' et chaque mois est entièrement couvert'
        : ` et tombe à ${t.lowest.coverage} au mois ${t.lowest.month}`) +
      `\u202f; chaque CSM suit ${t.accountsPerCsm} clients au mois ${t.horizon}. Gain net ${t.netBenefit}` +
      (t.roi === null ? '.' : `, ROI ${t.roi}.`),
    headingOf: (segment: string) => `Taille d’équipe de ${segment}`,
    heading: 'Taille d’équipe',
    inspect: 'Taille d’équipe à examiner',
    use: { one: 'Passer à # CSM dans le scénario', other: 'Passer à # CSM dans le scénario' },
  },

  race: {
    metric: {
      mrr: 'MRR',
      contribution: 'contribution mensuelle',
      cumulativeContribution: 'contribution cumulée',
    },
    lead: (l: RaceLead) => leadText(l),
    leadsAll: (leader: 'A' | 'B', gaps: string) => `${leader} devance ${leader === 'A' ? 'B' : 'A'} ${gaps}`,
    gap: (metric: string, amount: string) => `de ${amount} en ${metric}`,
    notStaying: (month: number, lead: RaceLead, months: number) =>
      `Au mois ${month}, ${leadText(lead)}, mais B ne reste pas devant\u202f: au mois ${months}, A est à égalité ou de nouveau devant.`,
    neverAhead: (month: number, lead: RaceLead, months: number) =>
      `Au mois ${month}, ${leadText(lead)}\u202f; B ne passe jamais durablement devant en ${months} mois.`,
    aheadSince: (month: number, lead: RaceLead, from: number) =>
      `Au mois ${month}, ${leadText(lead)}, et ce durablement depuis le mois ${from}.`,
    aheadFrom: (month: number, lead: RaceLead, from: number) =>
      `Au mois ${month}, ${leadText(lead)}\u202f; B est durablement devant à partir du mois ${from}.`,
    headlineNone: (months: number, metrics: string) =>
      `En ${months} mois, B ne passe jamais durablement devant A en ${metrics}.`,
    headlineAll: (months: number, ahead: string) => `En ${months} mois, B passe durablement devant ${ahead}.`,
    headlineSome: (months: number, ahead: string, never: string) =>
      `En ${months} mois, B passe durablement devant ${ahead}, mais ne dépasse jamais durablement A en ${never}.`,
    aheadOn: (metric: string, from: number) => `en ${metric} à partir du mois ${from}`,
    articleCheck: (articleMonth, month, holds, leads, from) => {
      const since = (at: number | null) => (at === null ? 'jamais devant' : `devant à partir du mois ${at}`);
      return (
        `L’article affirme que B est devant après ${articleMonth} mois. ` +
        (holds
          ? 'Dans ce modèle, c’est le cas, sur les trois mesures\u202f: '
          : 'Dans ce modèle, ce n’est pas le cas\u202f: ') +
        `au mois ${month}, ${leads}. ` +
        `La contribution mensuelle de B est ${since(from.contribution)}, sa contribution cumulée ${since(from.cumulativeContribution)}, ` +
        `et son MRR ${from.mrr === null ? 'ne dépasse jamais celui de A' : `dépasse celui de A à partir du mois ${from.mrr}`}.`
      );
    },
    intro:
      'L’entreprise A est le scénario que vous modifiez. L’entreprise B est A avec les changements ci-dessous\u202f; un champ laissé vide suit A. Tout le reste (marge, onboarding, heures et coût de l’équipe CS) est identique pour les deux.',
    loadArticle: 'Charger l’exemple de l’article (remplace le scénario)',
    exampleSource: 'Exemple de la course',
    halfAndHalf: 'B\u202f: moitié moins de nouveaux clients, moitié moins de churn',
    same: 'Rendre B identique à A',
    formCaption: 'Données de l’entreprise A et de l’entreprise B',
    input: 'Donnée',
    companyA: 'Entreprise A',
    companyB: 'Entreprise B',
    fieldA: (input: string) => `${input}, entreprise A`,
    fieldB: (input: string) => `${input}, entreprise B`,
    asA: 'comme A',
    problems: 'Entreprise B\u202f: valeurs modifiées par la validation',
    problem: (text: string) => `Entreprise B\u202f: ${text}`,
    verdictAt: 'Verdict au mois',
    month: (month: number) => `Mois ${month}`,
  },

  cohorts: {
    start: (now: string, then: string, horizon: number, kept: string) =>
      `Vos clients actuels apportent ${now} de MRR aujourd’hui et ${then} au mois ${horizon}\u202f: ${kept} de leur point de départ, après churn, contraction et expansion.`,
    noStart: 'Il n’y a aucun client au départ\u202f; chaque couche est une cohorte gagnée pendant l’horizon.',
    largest: (horizon: number, layer: string, mrr: string) =>
      `La couche la plus importante au mois ${horizon} est «\u202f${layer}\u202f», avec ${mrr}.`,
    note: 'Chaque bande représente le MRR, avec l’équipe CS telle qu’elle est dotée, des clients arrivés cette année-là, suivis jusqu’à la fin de l’horizon. Une bande qui s’élargit après son année se capitalise\u202f: son expansion dépasse son churn et sa contraction.',
  },

  sensitivity: {
    measure: 'Mesure',
    intro:
      'Chaque donnée varie de 10\u202f% de sa valeur à la baisse et à la hausse (CSM et délai de création de valeur d’au moins un pas entier), une à la fois, les autres restant fixes. Les barres les plus longues sont les hypothèses à vérifier en premier.',
    leftOut: (named: string, more: number) =>
      `Les données à zéro ne peuvent pas varier de 10\u202f% et sont écartées\u202f: ${named}${more > 0 ? ` et ${more} autres` : ''}.`,
    gainHeading: 'Rétention ou acquisition\u202f?',
    retentionCard: 'Cinq points de plus de taux de rétention annuel des clients (1 − churn annuel)',
    acquisitionCard: '5\u202f% de nouveaux clients en plus par mois',
  },

  gain: {
    more: (amount: string) => `${amount} de plus`,
    less: (amount: string) => `${amount} de moins`,
    onlyRetention: (gain: string, horizon: number) =>
      `Cinq points de taux de rétention annuel des clients ajoutent ${gain} de marge brute sur ${horizon} mois\u202f; davantage de nouveaux clients n’ajoutent rien ici.`,
    retentionWins: (times: string, horizon: number) =>
      `Cinq points de taux de rétention annuel des clients valent ${times} la marge brute de 5\u202f% de nouveaux clients en plus sur ${horizon} mois, sans aucune dépense d’acquisition.`,
    acquisitionWins: (horizon: number, times: string, spend: string) =>
      `Sur ${horizon} mois, 5\u202f% de nouveaux clients en plus apportent davantage de marge brute que cinq points de rétention (${times} autant), mais leur acquisition coûte ${spend} de plus.`,
    where: (segment: string) => `${segment}\u202f: `,
    share: (signed: string) => ` (${signed})`,
    retention: (p) =>
      `${p.where}Taux de rétention annuel des clients (1 − churn annuel) ${p.withCsFrom} → ${p.withCsTo} avec CS ` +
      `(${p.baseFrom} → ${p.baseTo} sans)\u202f: marge brute ${p.grossProfit}${p.share}, contribution ${p.contribution}.` +
      (p.capped
        ? ' Une rétention déjà supérieure à 95\u202f% par an ne pouvait monter qu’à 100\u202f%.'
        : ''),
    acquisition: (p) =>
      `${p.where}Nouveaux clients ${p.from} → ${p.to} par mois\u202f: marge brute ${p.grossProfit}${p.share}, ` +
      `dépense d’acquisition ${p.spend}, contribution ${p.contribution}.`,
  },

  goal: {
    payback: (month: number) => `un point mort au plus tard au mois ${month}`,
    target: (metric: string, horizon: number, overHorizon: boolean, atLeast: boolean, value: string) =>
      `${metric}${overHorizon ? ` sur ${horizon} mois` : ` (mois ${horizon})`} ${atLeast ? 'd’au moins' : 'd’au plus'} ${value}`,
    now: (metric: string, input: string, value: string) => `aujourd’hui ${metric} avec ${input} à ${value}`,
    unreachable: (input: string, min: string, max: string, goal: string, now: string) =>
      `Aucune valeur de ${input} entre ${min} et ${max} n’atteint ${goal} (${now}).`,
    notMoved: (metric: string, noCsms: boolean) =>
      `Cette donnée ne fait pas du tout bouger ${metric} ici` +
      (noCsms ? '\u202f: sans CSM, les valeurs avec CS ne s’appliquent jamais.' : '.'),
    closest: (input: string, best: string, at: string, isToday: boolean) =>
      `${input} a bien un effet\u202f: on s’en approche au plus près avec ${best}, à ${at}${isToday ? ' (valeur actuelle).' : '.'}`,
    always: (input: string, min: string, max: string, goal: string, now: string) =>
      `Toute valeur de ${input} entre ${min} et ${max} atteint ${goal} (${now})\u202f: cette donnée n’est pas déterminante.`,
    met: (now: string, input: string, value: string, goal: string, there: string) =>
      `Déjà atteint\u202f: ${now}. ${input} peut aller jusqu’à ${value} tout en atteignant ${goal} (${there} à ce niveau).`,
    reach: (goal: string, input: string, value: string, now: string, gives: string) =>
      `Pour atteindre ${goal}, fixez ${input} à ${value} (${now}). Cela donne ${gives}.`,
    targetField: 'Objectif',
    paybackOption: 'Point mort au plus tard au mois',
    atLeastOption: (metric: string) => `${metric} d’au moins`,
    targetValue: 'Valeur cible',
    monthUnit: 'mois',
    paybackTooSoon: (target: number) =>
      `Le point mort ne peut pas intervenir avant le mois 1\u202f; l’objectif reste donc le mois ${target}.`,
    solveFor: 'Donnée à ajuster',
    inputOption: (input: string, now: string) => `${input} (actuellement ${now})`,
    applied: (input: string, value: string) => `${input} vaut désormais ${value}.`,
    set: (input: string, value: string) => `Fixer ${input} à ${value}`,
    note: 'La recherche de valeur cible parcourt toute la plage autorisée de la donnée, retient le croisement avec l’objectif le plus proche de la valeur actuelle et l’affine au milliardième près. Les autres données restent inchangées.',
  },

  uncertainty: {
    intro:
      'Indiquez la valeur la plus basse et la plus haute que vous jugez plausibles pour l’effet du CS. Chaque tirage fait varier chaque levier doté d’une plage (le plus probablement à la valeur du scénario, moins probablement vers les extrémités\u202f: une loi triangulaire), simule tout l’horizon et évalue le programme. Laissez les deux bornes vides pour garder un levier fixe.',
    spread20: '±20\u202f% sur chaque levier',
    spread50: '±50\u202f% sur chaque levier',
    clear: 'Effacer toutes les plages',
    caption: 'Plages des leviers avec CS',
    withCs: 'Avec CS',
    scenario: 'Scénario',
    low: 'Bas',
    high: 'Haut',
    fixed: 'fixe',
    lowOf: (lever: string) => `${lever}, avec CS\u202f: bas`,
    highOf: (lever: string) => `${lever}, avec CS\u202f: haut`,
    seed: 'Graine',
    newSeed: 'Nouvelle graine',
    runs: 'Tirages',
    running: (runs: string) => `Simulation de ${runs} scénarios…`,
    noCost: 'Sans coût CS, il n’y a pas de ROI dont être sûr.',
    odds: (share: string, runs: string) =>
      `Le programme rapporte plus qu’il ne coûte dans ${share} des ${runs} tirages.`,
    roi: (p10: string, p50: string, p90: string) =>
      `ROI\u202f: ${p10} au P10, ${p50} en médiane, ${p90} au P90.`,
    netBenefit: (p10: string, p90: string) => `Gain net\u202f: de ${p10} à ${p90} (P10 à P90).`,
    updating: 'Mise à jour pour les dernières données…',
    status: (runs: string, seed: number, ms: string, onWorker: boolean) =>
      `${runs} tirages, graine ${seed}, en ${ms} ms sur ${onWorker ? 'le thread du worker (la page reste réactive)' : 'le thread principal'}.`,
  },

  finance: {
    noCsCost: 'Aucun coût CS',
    year: (year: number, first: number, last: number) => `Année ${year} (mois ${first} à ${last})`,
    yearsCaption:
      'ROI du programme CS par année\u202f: (marge brute supplémentaire − coût CS) ÷ coût CS, au sein de chaque année',
    yearColumn: 'Année',
    roiColumn: 'ROI',
    multiple: 'Multiple EV/ARR',
    ofSegment: (name: string) => ` (segment «\u202f${name}\u202f»)`,
    csCostShare: (horizon: number) => ({
      label: `Coût CS en part de l’ARR, mois ${horizon}`,
      formula: `Coût CS du mois ${horizon} ÷ MRR du mois ${horizon}, avec CS (équivaut au coût CS annuel ÷ ARR).`,
    }),
    noArr: 'Aucun ARR',
    programPayback: {
      label: 'Point mort du programme CS',
      formula:
        'Premier mois à partir duquel la marge brute supplémentaire cumulée du programme CS, moins son coût, reste positive ou nulle. Concerne le programme CS, pas la conquête de clients.',
    },
    notWithin: (horizon: number) => `Pas dans les ${horizon} mois`,
    nothingToPayBack: 'Rien à récupérer',
    month: (month: number) => `Mois ${month}`,
    cacPayback: (segment: string) => ({
      label: `Délai de récupération du CAC${segment}`,
      formula:
        'CAC ÷ (ARPA × taux de marge brute)\u202f: nombre de mois de marge brute d’un nouveau client qui remboursent son coût d’acquisition.',
    }),
    months: (months: string) => `${months} mois`,
    simpleLtv: (segment: string, coverage: string) => ({
      label: `LTV, ARPA × marge ÷ churn${segment}`,
      formula: `ARPA × taux de marge brute ÷ churn mensuel, churn à la couverture moyenne de l’équipe (${coverage})\u202f; sans CS, au churn sans CS. Ni expansion, ni contraction, ni onboarding, ni plafond de 120 mois.`,
    }),
    noLimit: 'Sans limite\u202f: le churn est nul',
    withAndWithout: (withCs: string, without: string) => `${withCs} avec CS, ${without} sans`,
    modelClv: (segment: string) => ({
      label: `Valeur vie client selon le modèle${segment}`,
      formula:
        'Marge brute d’un nouveau client sur 120 mois, avec onboarding, churn, contraction et expansion, à la couverture moyenne de l’équipe.',
    }),
    ltvCac: (segment: string) => ({
      label: `LTV\u202f: CAC, avec la CLV du modèle${segment}`,
      formula: 'Valeur vie client ÷ CAC\u202f; 3× est le seuil habituel.',
    }),
    noCac: 'Aucun CAC',
    arrLiftValue: (multiple: string, horizon: number) => ({
      label: `Valeur de la hausse d’ARR à ${multiple} l’ARR`,
      formula: `Hausse d’ARR au mois ${horizon} (12 × MRR avec CS − MRR sans) × le multiple EV/ARR que vous fixez.`,
    }),
  },

  value: {
    outside: (value: string, min: string, max: string, used: string) =>
      `${value} est hors de la plage ${min} à ${max}\u202f; ${used} est donc retenu.`,
    whole: (used: string) => `Un nombre entier est requis\u202f; ${used} est donc retenu.`,
  },

  yourNumbers: {
    fields: {
      arr: 'ARR actuel',
      accounts: 'Clients actuels',
      newLogosPerYear: 'Nouveaux logos par an',
      grr: 'Rétention brute du revenu (GRR) actuelle, annuelle',
      nrr: 'Rétention nette du revenu (NRR) actuelle, annuelle',
      logoChurn: 'Churn de logos actuel, annuel',
      csms: 'CSM actuels',
      csmAnnualCost: 'Coût d’un CSM',
      churnCutWithCs: 'Une couverture CS complète réduit le churn de',
      expansionLiftWithCs: 'Une couverture CS complète augmente l’expansion de',
    },
    intro:
      'Saisissez ce que vous savez aujourd’hui de votre portefeuille\u202f; les champs partent de références publiques pour une entreprise du mid-market. Le scénario construit à partir d’eux restitue votre rétention à la couverture actuelle.',
    form: 'Vos chiffres',
    verdict: (coverage: string, grr: string, nrr: string, logoRetention: string) =>
      `À la couverture actuelle (${coverage}), le scénario donne une GRR de ${grr}, une NRR de ${nrr} et une rétention des logos de ${logoRetention} par an sur vos clients actuels.`,
    assumedHeading: 'Ce qui a été supposé',
    derivedHeading: 'Ce qui a été déduit',
    use: 'Utiliser ces chiffres',
    source: 'Vos chiffres',
    applied: 'Vos chiffres constituent désormais le scénario. Annuler (Ctrl/Cmd+Z) revient en arrière.',
    importRegion: 'Importer les mouvements de MRR',
    importHeading: 'Ou estimer le churn et l’expansion à partir de vos mouvements de MRR',
    loadingImporter: 'Chargement de l’import…',
    import: 'Importer les mouvements mensuels de MRR',
    segmentName: 'Votre portefeuille',
    presetHours: (p) =>
      `Les heures CS, l’onboarding et le CAC viennent du modèle «\u202f${p.preset}\u202f», la taille de contrat de votre ACV moyen de ${p.acv}\u202f: ` +
      `${p.csmHours} heures de CSM par mois, ${p.impactHours} heures par client et par mois, ` +
      `${p.onboardingHours} pour en intégrer un\u202f; réussite de l’onboarding ${p.onboardingBase} → ${p.onboardingWithCs} avec CS\u202f; ` +
      `CAC récupéré en ${p.cacMonths} mois de marge brute, comme dans ce modèle.`,
    kept: (horizon: number, margin: string) =>
      `L’horizon (${horizon} mois), le taux de marge brute (${margin}), le taux d’actualisation et la politique d’équipe sont ceux du scénario affiché.`,
    coverage: (csms: string, share: string, accounts: string) =>
      `Les ${csms} CSM actuels fournissent ${share} des heures de CSM dont vos ${accounts} clients ont besoin.`,
    churn: (annual: string, today: string, base: string, withCs: string, cut: string) =>
      `Un churn de logos de ${annual} par an correspond aujourd’hui à ${today} par mois\u202f: ${base} sans CS et ${withCs} avec une équipe couvrant tout (${cut} de moins).`,
    grrAboveRetention: (grr: string, kept: string) =>
      `Votre GRR (${grr}) dépasse votre rétention des logos (${kept})\u202f: les clients qui partent paient moins que la moyenne, ce qu’un ARPA unique ne peut pas représenter\u202f; la contraction est donc nulle et la GRR ressort à ${kept}.`,
    contraction: (grr: string, contraction: string) =>
      `Une GRR de ${grr} avec ce churn laisse ${contraction} de contraction par mois, identique avec et sans CS.`,
    nrrBelowGrr:
      'Votre NRR est inférieure à votre GRR, ce que l’expansion ne peut pas produire\u202f: l’expansion est nulle.',
    expansion: (p) =>
      `Une NRR de ${p.nrr} pour une GRR de ${p.grr} représente ${p.expansion} d’expansion par an\u202f: une occasion d’expansion par an, saisie par ${p.winRate} des clients, ` +
      `chacune ajoutant ${p.upliftBase} sans CS et ${p.upliftWithCs} avec une équipe couvrant tout (${p.lift} de plus).`,
    noExtras: 'Ni recommandations ni programme digital\u202f: ajoutez-les dans les données si vous en avez.',
  },

  mrrImport: {
    note: 'Une ligne par mois avec les colonnes «\u202fmonth\u202f», «\u202fnew\u202f», «\u202fexpansion\u202f», «\u202fcontraction\u202f», «\u202fchurned\u202f» et «\u202fmrr\u202f» (et «\u202fcustomers\u202f» pour l’ARPA), telles que les outils d’analyse du chiffre d’affaires les exportent.',
    file: 'Fichier CSV des mouvements mensuels de MRR',
    paste: 'Ou collez les lignes',
    estimate: 'Estimer à partir des lignes collées',
    use: 'Utiliser ces taux',
    source: 'Import MRR',
    applied: (coverage: string) =>
      `Le churn, la contraction et l’expansion suivent désormais ces taux à la couverture actuelle (${coverage}), chacun gardant l’effet du CS sur lui.`,
    estimates: (p) =>
      `À partir de ${p.changes}, de ${p.first} à ${p.last}\u202f: churn de ${p.churn} du MRR par mois, ` +
      `contraction ${p.contraction}, expansion ${p.expansion}` +
      (p.arpa === null
        ? ' (pas de colonne clients, donc pas d’ARPA).'
        : `, ARPA de ${p.arpa} le dernier mois.`),
    changeCount: { one: '# variation mensuelle', other: '# variations mensuelles' },
    tooLarge: (megabytes: string) =>
      `Le fichier fait ${megabytes} Mo\u202f; des mouvements mensuels tiennent dans bien moins, seuls les fichiers jusqu’à 1 Mo sont lus. Rien n’a été modifié.`,
    noHeader: 'aucune ligne d’en-tête',
    columns: (columns: string) => `les colonnes ${columns}`,
    missing: (found: string, missing: string, count: number) =>
      `Le fichier doit contenir les colonnes «\u202fmonth\u202f», «\u202fexpansion\u202f», «\u202fcontraction\u202f», «\u202fchurned\u202f» et «\u202fmrr\u202f» («\u202fnew\u202f» et «\u202fcustomers\u202f» sont facultatives)\u202f; il contient ${found}, il ${count === 1 ? 'manque donc la colonne' : 'manque donc les colonnes'} ${missing}. Rien n’a été modifié.`,
    tooFewMonths: (months: number) =>
      `Le fichier contient ${months === 1 ? 'un seul mois' : 'aucun mois'}\u202f; un taux demande au moins deux mois consécutifs. Rien n’a été modifié.`,
    notANumber: (row: number, column: string, cell: string) =>
      `Ligne ${row}, colonne «\u202f${column}\u202f»\u202f: ${cell} n’est pas un nombre. Rien n’a été modifié.`,
    negativeMrr: (row: number, mrr: string) =>
      `Ligne ${row}\u202f: un MRR de ${mrr} est négatif, ce qu’aucun mois ne peut avoir. Rien n’a été modifié.`,
    allZero:
      'Tous les mois sauf le dernier ont un MRR nul\u202f: il n’y a rien sur quoi calculer un taux. Rien n’a été modifié.',
    row: (row: number) => `ligne ${row}`,
  },
};
