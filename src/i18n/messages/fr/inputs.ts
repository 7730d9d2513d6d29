import type { InputsWords } from '../en/inputs.ts';

// French typography: a narrow no-break space (\u202F) before : ; % and inside « ».

export const inputs: InputsWords = {
  fields: {
    horizonMonths: { label: 'Horizon', hint: 'Nombre de mois couverts par la projection.' },
    startingAccounts: {
      label: 'Comptes clients actuels',
      hint: 'Comptes payants au mois 0, tous déjà intégrés.',
    },
    newAccountsPerMonth: {
      label: 'Nouveaux comptes par mois',
      hint: 'Nouveaux clients payants gagnés chaque mois.',
    },
    arpa: {
      label: 'Chiffre d’affaires par compte (MRR)',
      hint: 'Revenu récurrent mensuel d’un nouveau compte.',
    },
    cac: {
      label: 'Coût d’acquisition (CAC)',
      hint: 'Coût commercial et marketing d’un nouveau compte payant.',
    },
    grossMargin: {
      label: 'Marge brute',
      hint: 'Part du chiffre d’affaires conservée après le coût de la prestation.',
    },
    annualDiscountRate: {
      label: 'Taux d’actualisation (annuel)',
      hint: 'Sert uniquement à la VAN (NPV)\u202F: ce que vaut aujourd’hui l’argent futur.',
    },
    onboardingSuccess: {
      label: 'Réussite de l’onboarding (CR5)',
      hint: 'Part des nouveaux comptes qui atteignent une première valeur\u202F; les autres partent.',
    },
    timeToValueMonths: {
      label: 'Délai de création de valeur',
      hint: 'Mois entre la signature et la réussite ou l’échec de l’onboarding.',
    },
    monthlyChurn: {
      label: 'Attrition des clients (CR6)',
      hint: 'Part des comptes intégrés perdus chaque mois.',
    },
    monthlyContraction: {
      label: 'Contraction mensuelle',
      hint: 'Déclassements\u202F: part du MRR des comptes intégrés perdue chaque mois.',
    },
    expansionWinRate: {
      label: 'Taux de réussite de l’expansion (CR7)',
      hint: 'Part des comptes qui s’étendent lors d’une opportunité d’expansion.',
    },
    expansionUplift: {
      label: 'Ampleur de l’expansion',
      hint: 'Hausse du MRR apportée par une expansion réussie.',
    },
    expansionsPerYear: {
      label: 'Opportunités d’expansion par an',
      hint: 'Fréquence à laquelle on propose davantage à chaque compte\u202F: au seul renouvellement, c’est 1.',
    },
    referralsPerAccountYear: {
      label: 'Recommandations par compte et par an',
      hint: 'Nouveaux comptes recommandés chaque année par chaque compte intégré, sans CAC.',
    },
    csms: { label: 'CSM', hint: 'Customer Success Managers actuellement dans l’équipe.' },
    csmAnnualCost: {
      label: 'Coût d’un CSM (annuel)',
      hint: 'Salaire, avantages et charges d’un CSM\u202F; managers et outils sont comptés plus bas.',
    },
    csmHoursPerMonth: {
      label: 'Heures productives par CSM et par mois',
      hint: 'Heures qu’un CSM passe avec les clients, hors réunions.',
    },
    onboardingHoursPerAccount: {
      label: 'Heures d’onboarding par nouveau compte',
      hint: 'Temps de CSM pour intégrer un compte, au cours de son premier mois.',
    },
    impactHoursPerAccountMonth: {
      label: 'Heures par compte et par mois',
      hint: 'Temps de CSM dont chaque compte a besoin chaque mois pour continuer à en tirer de la valeur.',
    },
    'team.targetCoverage': {
      label: 'Objectif de recrutement (couverture)',
      hint: 'En recrutant selon la couverture\u202F: la part des heures de CSM nécessaires que fournissent les recrues.',
    },
    'team.rampMonths': {
      label: 'Montée en charge d’un nouveau CSM',
      hint: 'Mois avant qu’une recrue ne fournisse des heures\u202F; elle est payée dès son mois d’arrivée.',
    },
    'team.csmsPerManager': {
      label: 'CSM par manager',
      hint: 'Nombre de CSM encadrés par un manager CS.',
    },
    'team.managerAnnualCost': {
      label: 'Coût d’un manager CS (annuel)',
      hint: 'Coût complet\u202F; 0 exclut l’encadrement du coût CS.',
    },
    'team.toolingPerCsmYear': {
      label: 'Outils et opérations par CSM (annuel)',
      hint: 'Licences de la plateforme CS et opérations, par CSM.',
    },
    digitalCoverage: {
      label: 'Portée du programme digital',
      hint: 'Part de l’effet CS complet que le tech-touch (e-mail, in-app, webinaires) apporte à chaque compte, sans heures de CSM.',
    },
    digitalCostPerAccountMonth: {
      label: 'Coût digital par compte et par mois',
      hint: 'Ce que coûte le programme digital pour chaque compte servi.',
    },
    digitalFixedCostPerYear: {
      label: 'Coût de la plateforme digitale (annuel)',
      hint: 'Le coût fixe du programme digital, quel que soit le nombre de comptes.',
    },
  },
  groups: {
    business: 'L’activité',
    onboarding: 'Onboarding',
    retention: 'Rétention',
    expansion: 'Expansion',
    csms: 'CSM',
    company: 'L’entreprise',
    team: 'L’équipe CS',
  },
  digitalPart: 'Programme digital',
  staffing: {
    label: 'Effectifs CS',
    fixed: 'Garder l’équipe telle quelle',
    hireToCoverage: 'Recruter pour maintenir la couverture',
  },
  sides: { base: 'Sans CS', withCs: 'Avec CS' },
  sideLabel: { base: (label) => `${label}, sans CS`, withCs: (label) => `${label}, avec CS` },
  inSegment: (segment, label) => `${segment}\u202F: ${label}`,
  quote: (text) => `«\u202F${text}\u202F»`,
  hours: (hours) => `${hours} h`,
  perYear: (value) => `${value} par an`,
  perMonth: (value) => `${value} par mois`,
  suffix: {
    months: 'mois',
    hours: 'h',
    perYear: 'par an',
    perMonth: 'par mois',
    percentPerYear: '% par an',
    percentPerMonth: '% par mois',
  },
  churn: {
    enterAs: 'Saisir l’attrition en',
    monthly: 'Mensuel',
    annual: 'Annuel',
    equals: (base, withCs) => `Soit ${base} sans CS et ${withCs} avec CS.`,
  },
  lever: { withCs: (base, withCs) => `${base} → ${withCs} avec CS` },
  entry: {
    keeps: (kept) => `la valeur ${kept} est donc conservée`,
    staysBlank: 'le champ reste donc vide',
    empty: (keeps) => `Champ vide\u202F: ${keeps}.`,
    notANumber: (typed, keeps) => `${typed} n’est pas un nombre\u202F: ${keeps}.`,
    tooLarge: (typed, keeps) => `${typed} est un nombre trop grand\u202F: ${keeps}.`,
    rounded: (onScreen, used) => `Affiché ${onScreen}\u202F; le calculateur utilise ${used}.`,
  },
  problems: {
    given: { nothing: 'rien', empty: 'vide', list: 'une liste', other: 'une valeur d’un autre type' },
    quoted: (text) => `«\u202F${text}\u202F»`,
    tooManySegments: (had, used) =>
      `Le scénario comptait ${had}\u202F; le calculateur en accepte ${used}, les ${used} premiers sont donc conservés.`,
    noSegments: 'Le scénario ne comptait aucun segment\u202F: le segment par défaut est utilisé.',
    notATeam: (given) =>
      `La politique d’équipe valait ${given}, ce qui n’en est pas une\u202F: l’équipe par défaut (fixe, sans autre coût) est utilisée.`,
    unknownStaffing: (given, used) =>
      `Effectifs\u202F: ${given} n’est pas une politique d’effectifs, «\u202F${used}\u202F» est donc utilisé.`,
    nameChanged: (given, used) => `Le nom de segment ${given} est affiché «\u202F${used}\u202F».`,
    nameChangedIn: (segment, given, used) =>
      `${segment}\u202F: le nom de segment ${given} est affiché «\u202F${used}\u202F».`,
    missing: (label, used) => `${label} manquait\u202F: la valeur par défaut ${used} est utilisée.`,
    notANumber: (label, given, used) =>
      `${label}\u202F: ${given} n’est pas un nombre, la valeur par défaut ${used} est utilisée.`,
    negligible: (label, given, used) =>
      `${label}\u202F: ${given} est trop petit pour avoir un sens, ${used} est donc utilisé.`,
    belowMinimum: (label, given, used) =>
      `${label}\u202F: ${given} est inférieur à la plus petite valeur autorisée, ${used} est donc utilisé.`,
    aboveMaximum: (label, given, used) =>
      `${label}\u202F: ${given} dépasse la plus grande valeur autorisée, ${used} est donc utilisé.`,
    notWhole: (label, used) => `${label} doit être un nombre entier\u202F: ${used} est utilisé.`,
    segmentCount: { one: '# segment', other: '# segments' },
  },
  segments: {
    title: 'Segments',
    all: 'Tous les comptes',
    numbered: (n) => `Segment ${n}`,
    copyOf: (name) => `Copie de ${name}`,
    name: 'Nom du segment',
    remove: (name) => `Supprimer ${name}`,
    add: 'Ajouter un segment',
    addButton: 'Ajouter',
    aCopyOf: (name) => `Une copie de ${name}`,
    full: (max) =>
      `${max} segments, c’est le maximum du calculateur\u202F; supprimez-en un pour en ajouter un autre.`,
    upTo: (max) =>
      `Jusqu’à ${max} segments\u202F; l’équipe CS et les chiffres de l’entreprise sont communs à tous.`,
    refused: (max) =>
      `Le calculateur accepte ${max} segments\u202F; supprimez-en un pour en ajouter un autre.`,
    markup: (source, name) =>
      `${source}\u202F: le nom de segment ${name} ressemble à du balisage\u202F; il est conservé tel quel et affiché comme simple texte, jamais exécuté.`,
  },
  templates: {
    enterprise: 'Grands comptes, high-touch',
    'mid-market': 'Mid-market mutualisé',
    smb: 'PME digital / tech-touch',
  },
  table: {
    title: 'Par segment',
    note: (months) =>
      `Sur ${months} mois\u202F; NRR au mois ${months}\u202F; coût CS rapporté à l’ARR au mois ${months}. «\u202FOptimale\u202F» désigne l’équipe au bénéfice net le plus élevé pour le segment, à équipe constante.`,
    region: 'Segments, par colonne',
    total: 'Portefeuille entier',
    noCsCost: 'Aucun coût CS',
    columns: {
      name: 'Segment',
      roi: 'ROI',
      netBenefit: 'Bénéfice net',
      nrr: 'NRR',
      coverage: 'Couverture',
      csms: 'CSM actuels',
      recommended: 'Recommandée',
      best: 'Optimale',
      csCostShare: 'Coût CS / ARR',
    },
  },
  undo: { group: 'Annuler et rétablir', undo: 'Annuler', redo: 'Rétablir' },
  scenario: { label: 'Scénario\u202F: ', edited: ' (modifié)' },
  results: {
    group: 'Résultats clés',
    roi: 'ROI',
    payback: 'Délai de récupération',
    netBenefit: 'Bénéfice net',
  },
  print: { region: 'Hypothèses pour l’impression', title: 'Hypothèses' },
  notices: {
    from: (source, text) => `${source}\u202F: ${text}`,
    dismiss: 'Fermer cet avis',
    earlier: (count, texts) => `${count} avis précédents\u202F: ${texts}`,
    noPreset: (id) => `Il n’existe aucun modèle nommé ${id}\u202F; le scénario est inchangé.`,
  },
  sources: { link: 'Le lien', settings: 'Réglages', segmentName: 'Nom du segment' },
  settings: {
    currency: (given, used) => `La devise ${given} est inconnue\u202F: ${used} est utilisée.`,
    locale: (given, used) =>
      `Le format de nombres ${given} n’est pas reconnu par ce navigateur\u202F: ${used} est utilisé.`,
    theme: (given, used) => `Le thème ${given} est inconnu\u202F: le thème ${used} est utilisé.`,
    themes: { system: 'système', light: 'clair', dark: 'sombre' },
    language: (given, used) => `Le calculateur ne parle pas la langue ${given}\u202F: il parle donc ${used}.`,
  },
  link: {
    tooLong: (chars) =>
      `Le lien est trop long pour être un scénario (${chars} caractères)\u202F: il a été ignoré et le scénario affiché est inchangé.`,
    newer:
      'Le lien a été créé par une version plus récente du calculateur\u202F; les parties que cette version comprend sont utilisées.',
    unknownVersion: (version) =>
      `La version de lien ${version} est inconnue\u202F; le lien a été lu comme la version actuelle.`,
    tooManySegments: (had, max) =>
      `Le lien compte ${had} segments\u202F; le calculateur en accepte ${max}, les ${max} premiers sont donc utilisés et les autres écartés.`,
    unknownParts: (named) =>
      `Le lien contient des parties inconnues de ce calculateur (${named})\u202F; elles ont été ignorées.`,
    andMore: (named, more) => `${named} et ${more} autres`,
    missingName: 'le nom du segment',
    missingIn: (label, segment) => `${label} du segment ${segment}`,
    missingOne: (source, named) =>
      `${source} ne précisait pas\u202F: ${named}\u202F; la valeur par défaut est donc utilisée.`,
    missingMany: (source, named) =>
      `${source} ne précisait pas\u202F: ${named}\u202F; les valeurs par défaut sont donc utilisées.`,
    presenterUnknown: (source, named) =>
      `${source}\u202F: le mode présentation cite des saisies qui n’existent pas (${named})\u202F; elles ont été écartées.`,
  },
  embed: {
    cta: 'Contactez-nous',
    showList: 'liste des saisies affichées',
    lockList: 'liste des saisies verrouillées',
    listTooLong: (list, max, left) =>
      left === 1
        ? `La ${list} de l’intégration dépasse ${max} caractères\u202F: son dernier nom a été écarté.`
        : `La ${list} de l’intégration dépasse ${max} caractères\u202F: ses ${left} derniers noms ont été écartés.`,
    unknownInputs: (list, named) =>
      `La ${list} de l’intégration cite des saisies qui n’existent pas (${named})\u202F; elles ont été écartées.`,
    accent: (given) =>
      `La couleur d’accent ${given} n’est pas une couleur comme #1d4ed8\u202F: le bleu habituel est utilisé.`,
    ctaLink:
      'Le lien de l’appel à l’action n’est pas une adresse http ou https\u202F: il n’est donc pas affiché.',
    attributeTooLong: (name, max) => `L’attribut ${name} dépassait ${max} caractères\u202F: il a été ignoré.`,
  },
  saved: {
    onScreen: 'Le scénario affiché est inchangé\u202F; copiez son lien pour le conserver.',
    blocked:
      'Ce navigateur ne permet pas au calculateur d’enregistrer ici (la navigation privée ou une page intégrée peut l’empêcher).',
    damaged:
      'Les scénarios enregistrés dans ce navigateur sont endommagés et n’ont pas pu être lus. Effacez-les pour commencer une nouvelle liste. Le scénario affiché est inchangé.',
    full: 'Le stockage du navigateur est plein. Supprimez un scénario enregistré et réessayez.',
    fullNamed: (name) =>
      `Le stockage du navigateur est plein\u202F: «\u202F${name}\u202F» n’a pas été enregistré. Supprimez un scénario enregistré et réessayez.`,
    newer:
      'Les scénarios enregistrés proviennent d’une version plus récente du calculateur et sont laissés tels quels. Le scénario affiché est inchangé.',
    skippedOne:
      '1 scénario enregistré n’a pas pu être lu\u202F: il n’est pas affiché mais reste stocké tel quel.',
    skipped: (count) =>
      `${count} scénarios enregistrés n’ont pas pu être lus\u202F: ils ne sont pas affichés mais restent stockés tels quels.`,
    firstOnly: (max, count) =>
      `Seuls les ${max} premiers des ${count} scénarios enregistrés sont affichés\u202F; les autres restent stockés.`,
    needName: 'Donnez un nom au scénario pour l’enregistrer.',
    tooLarge: 'Ce scénario est trop volumineux pour être enregistré.',
    tooManyFor: (max, name) =>
      `Il y a déjà ${max} scénarios enregistrés\u202F; supprimez-en un pour enregistrer «\u202F${name}\u202F».`,
    tooMany: (max) => `Il y a déjà ${max} scénarios enregistrés.`,
    nameNeeded: 'Un scénario doit avoir un nom.',
    nameTaken: (name) => `Un scénario nommé «\u202F${name}\u202F» existe déjà.`,
    gone: 'Ce scénario n’est plus enregistré.',
    notPutBack: (name) =>
      `Un scénario nommé «\u202F${name}\u202F» existe déjà\u202F: le scénario supprimé n’a donc pas été restauré.`,
  },
  presets: {
    typical: {
      label: 'Mid-market, ACV de 36\u202Fk (valeurs par défaut)',
      description:
        '400 comptes à 3\u202F000 par mois, 10 nouveaux par mois, dix CSM à 40 comptes chacun, de plus en plus sollicités à mesure que le portefeuille grandit.',
    },
    smb: {
      label: 'PME, ACV de 6\u202Fk',
      description:
        '3\u202F000 comptes à 500 par mois, 100 nouveaux par mois, dix CSM mutualisés à 300 comptes chacun.',
    },
    enterprise: {
      label: 'Grands comptes, ACV de 144\u202Fk',
      description:
        '100 comptes à 12\u202F000 par mois, 2 nouveaux par mois, huit CSM dédiés à environ 12 comptes chacun.',
    },
    understaffed: {
      label: 'Équipe CS en sous-effectif',
      description:
        '1\u202F200 comptes et trois CSM\u202F: la plupart des comptes n’ont jamais de nouvelles du CS.',
    },
    expansion: {
      label: 'Expansion fréquente',
      description:
        'Tarification à l’usage\u202F: le CS mène une discussion d’expansion chaque trimestre, pas seulement au renouvellement.',
    },
    race: {
      label: 'Course entre acquisition et rétention',
      description:
        'L’entreprise A de l’article\u202F: 100 nouveaux comptes par mois à 10\u202F% d’attrition mensuelle. Un programme CS ramène l’attrition aux 5\u202F% de l’entreprise B.',
    },
    'three-tier': {
      label: 'Organisation CS à trois niveaux',
      description:
        'Grands comptes en high-touch, mid-market mutualisé et PME en digital\u202F: les PME sont rentabilisées en premier, les grands comptes portent le NRR, le mid-market manque de CSM.',
    },
  },
  presetSources: {
    names: {
      saasCapital:
        'Références de rétention de SaaS Capital (rapportées par alexisfairbanks.com et saasventurecapital.com)',
      csmRatios: 'Ratios CSM / clients, lyniro.com',
      csmCost: 'Coût complet d’un CSM, metricrig.com',
      csmHours: 'Planification de la capacité des CSM, cynthiabalusek.com',
      bessemer: 'Bessemer Venture Partners, «\u202FLaw 6: build a revenue engine\u202F»',
      csSpend: 'Dépenses CS en part du chiffre d’affaires, humanr.ai',
      own: 'Appréciation de ce projet',
      article: 'Les entreprises A et B de l’article d’origine (la vérification chiffrée de docs/model.md)',
    },
    took: {
      commonHours: 'environ 130 heures productives par CSM et par mois',
      commonSpend:
        'dépenses CS proches de 10\u202F% du chiffre d’affaires, 15\u202F% de l’ARR comme plafond (un contrôle, pas une saisie)',
      commonEffect:
        'le CS réduit l’attrition mensuelle de trois huitièmes à deux cinquièmes et stimule l’expansion\u202F: aucune étude publique ne mesure l’effet d’un programme CS\u202F; ces valeurs restent sous les seuils d’alerte de l’application (attrition divisée par deux, NRR en hausse de 15 points)',
      midMarketRetention:
        'ACV de 25 à 50\u202Fk\u202F: NRR médian d’environ 103\u202F%, GRR d’environ 92\u202F%\u202F; ACV de 36\u202Fk, 3\u202F000 par mois',
      midMarketRatio: '1:20 à 75 comptes par CSM en mid-market\u202F: 40 aujourd’hui',
      midMarketCost: '145 à 210\u202Fk de coût complet annuel par CSM\u202F: 175\u202Fk',
      midMarketCac:
        'CAC récupéré en 6 à 18 mois\u202F: un CAC de 35\u202Fk représente 15 mois de marge brute',
      smbRetention:
        'ACV inférieur à 12\u202Fk\u202F: NRR médian d’environ 100\u202F%, GRR d’environ 90\u202F%\u202F; ACV de 6\u202Fk, 500 par mois',
      smbRatio: '1:100 à 500 comptes par CSM mutualisé en PME\u202F: 300 aujourd’hui',
      smbCost:
        '145 à 210\u202Fk de coût complet, souvent moins pour les CSM mutualisés en PME\u202F: 145\u202Fk',
      smbCac: 'CAC récupéré en 6 à 18 mois pour les PME\u202F: un CAC de 5\u202Fk représente 13 mois',
      enterpriseRetention:
        'ACV supérieur à 100\u202Fk\u202F: NRR médian d’environ 107 à 110\u202F%, GRR d’environ 93\u202F%\u202F; ACV de 144\u202Fk, 12\u202F000 par mois',
      enterpriseRatio: '1:5 à 15 comptes par CSM high-touch\u202F: environ 12 aujourd’hui',
      enterpriseCost: '145 à 210\u202Fk de coût complet\u202F: 210\u202Fk pour les CSM grands comptes',
      enterpriseCac: 'récupération du CAC\u202F: un CAC de 150\u202Fk représente 16 mois de marge brute',
      understaffedStory:
        'le scénario\u202F: trois fois plus de comptes et trois CSM au bas de la fourchette de coût',
      expansionStory: 'le scénario\u202F: des discussions d’expansion trimestrielles, chacune plus modeste',
      raceArticle:
        '100 et 50 nouveaux comptes par mois à 10\u202F% et 5\u202F% d’attrition mensuelle, 50 par mois, CAC de 100',
      raceStory:
        'six CSM à 60\u202Fk qui ramènent l’attrition de A à celle de B\u202F: illustratif, non mesuré',
      tierRetention:
        'rétention par tranche d’ACV pour chaque niveau\u202F: plus de 100\u202Fk (grands comptes), 25 à 50\u202Fk (mid-market), moins de 12\u202Fk (PME)',
      tierRatios:
        'portefeuilles de 1:5 à 15 (grands comptes), 1:20 à 75 (mid-market) et 1:100 à 500 (PME, avec un programme digital)',
      tierCost:
        '145 à 210\u202Fk de coût complet annuel par CSM\u202F: 190\u202Fk grands comptes, 150\u202Fk mid-market, 95\u202Fk PME mutualisées (sous la fourchette, comme souvent pour les CSM mutualisés)',
      tierStory:
        'le scénario\u202F: huit CSM grands comptes, trois en mid-market, deux CSM mutualisés en PME avec un programme digital',
    },
  },
};
