import type { MethodologyWords } from '../en/methodology.ts';

export const methodology: MethodologyWords = {
  intro:
    'Tout ce qui figure sur cette page provient d’un seul tableau mensuel, calculé deux fois : avec l’équipe CS telle que saisie, et sans aucun CSM. Avec les étapes ci-dessous et les données saisies à gauche, chaque chiffre peut être reconstitué dans un tableur.',
  kpisHeading: 'Les indicateurs clés',
  formula: 'Formule',
  meaning: 'Signification',
  spreadsheet: 'Dans un tableur',
  monthHeading: 'Un mois, étape par étape',
  monthIntro:
    'Le mois 0 est le portefeuille de départ : les comptes actuels, tous intégrés, chacun à l’ARPA. Les mois 1 à H suivent chacun ces étapes, dans cet ordre :',
  monthSteps: [
    'Nouveaux comptes : les nouveaux comptes acquis, plus les recommandations = recommandations par compte et par an ÷ 12 × comptes intégrés à la fin du mois précédent (les comptes recommandés ne coûtent aucun CAC).',
    'Couverture k : heures nécessaires = heures de suivi × ensemble des comptes à la fin du mois précédent + heures d’onboarding × nouveaux comptes du mois ; k = min(1, nombre de CSM × heures par CSM ÷ heures nécessaires), 0 sans CSM, 1 si aucune heure n’est nécessaire.',
    'Leviers en vigueur : chaque levier = valeur sans CS + k × (valeur avec CS − valeur sans CS). Le délai de création de valeur est arrondi au mois entier le plus proche (la moitié vers le haut). Croissance mensuelle de l’expansion g = (1 + taux de conversion × ampleur de l’expansion)^(opportunités par an ÷ 12) − 1.',
    'Comptes intégrés : d’abord le churn (comptes et MRR × (1 − taux de churn)), puis la contraction sur ce qui reste (MRR × (1 − taux de contraction)), puis l’expansion (MRR × (1 + g)).',
    'Cohortes en onboarding dont le délai de création de valeur s’achève ce mois-ci : les échecs (1 − le taux de réussite fixé à leur arrivée) partent et leur MRR compte comme churn ; les autres deviennent des comptes intégrés et suivent l’étape 4 dès le mois suivant.',
    'La nouvelle cohorte arrive à l’ARPA par compte, avec le taux de réussite et le délai de création de valeur du mois. Avec un délai de 0, seule la part réussie arrive et les échecs ne paient jamais ; sinon tous arrivent en onboarding, paient l’ARPA, et ne connaissent ni churn ni expansion tant que leur onboarding n’est pas tranché.',
  ],
  rowFormulas: [
    'MRR = MRR des comptes intégrés + comptes en onboarding × ARPA ; chiffre d’affaires du mois = son MRR.',
    'Marge brute = taux de marge brute × chiffre d’affaires. Dépenses d’acquisition = nouveaux comptes acquis × CAC (les recommandations sont gratuites). Coût CS = nombre de CSM × coût annuel ÷ 12.',
    'Contribution = marge brute − dépenses d’acquisition − coût CS ; la contribution cumulée en est le total courant.',
    'Chaque mois : MRR = MRR du mois précédent + nouveau MRR + expansion − contraction − MRR perdu par churn.',
  ],
  decisionsHeading: 'Choix de modélisation',
  decisionsIntro:
    'Chacun est écrit à la ligne du modèle qui l’applique ; cette liste est lue dans le modèle lui-même.',
  noteTopics: {
    inputs: 'Données saisies',
    validation: 'Contrôle des données',
    monthLoop: 'Boucle mensuelle',
    levers: 'Leviers',
    units: 'Unités',
    programValue: 'Valeur du programme',
    teamSize: 'Taille d’équipe',
    lifetimeValue: 'Valeur vie client',
    race: 'Course',
    cohorts: 'Cohortes',
    sensitivity: 'Sensibilité',
    retentionGain: 'Gain de rétention',
    goalSeek: 'Recherche d’objectif',
    uncertainty: 'Incertitude',
  },
  modelNotes: {
    'a decimal string ("0.05", "1e3") counts as that number, since links and attributes carry text; anything else that is not a number (hex, "12abc", booleans, objects) is not one.':
      'un nombre décimal écrit en texte (« 0.05 », « 1e3 ») vaut ce nombre, puisque les liens et les attributs transportent du texte ; tout le reste qui n’est pas un nombre (hexadécimal, « 12abc », booléens, objets) n’en est pas un.',
    "a value a billionth of its field's range or less (every subnormal among them) changes no figure a person can see, but it can make a ratio explode (a CSM costing 1e-100 a year gives an ROI of 1e100) or stall a chart's tick search; so it counts as 0, then is clamped to the field's minimum like any value.":
      'une valeur d’un milliardième de la plage du champ ou moins (dont tout nombre sous-normal) ne change aucun chiffre visible, mais peut faire exploser un ratio (un CSM coûtant 1e-100 par an donnerait un ROI de 1e100) ou bloquer la recherche des graduations d’un graphique ; elle compte donc comme 0, puis est ramenée au minimum du champ comme toute valeur.',
    'control characters and line breaks become spaces rather than vanishing, and runs of space fold, so "North\\nAmerica" reads "North America", not "NorthAmerica".':
      'les caractères de contrôle et les sauts de ligne deviennent des espaces au lieu de disparaître, et les espaces successives se réduisent à une seule : « North\\nAmerica » se lit « North America », et non « NorthAmerica ».',
    'a team policy left out entirely, or a field of it, takes the default quietly: version-1 scenarios have none, and the defaults are exactly the version-1 team (fixed, no other cost).':
      'une politique d’équipe absente, ou l’un de ses champs, prend sans avertissement la valeur par défaut : les scénarios de la version 1 n’en ont pas, et les valeurs par défaut sont exactement l’équipe de la version 1 (fixe, sans autre coût).',
    'the version-1 shape: its one segment takes the default name quietly, and so do the fields version 1 did not have, so an old link or saved scenario opens with its numbers and no notice.':
      'la forme de la version 1 : son unique segment prend sans avertissement le nom par défaut, de même que les champs que la version 1 n’avait pas ; un ancien lien ou un scénario enregistré s’ouvre donc avec ses chiffres et sans message.',
    'trailing retention follows "the cohorts that existed at t−12". Those are exactly every account on the books at the end of month t−12, so each month starts a tracker, a copy of the book, and ages it with the segment\'s levers, without later cohorts, for 12 months.':
      'la rétention glissante suit « les cohortes qui existaient en t−12 ». Ce sont exactement tous les comptes du portefeuille à la fin du mois t−12 ; chaque mois démarre donc un suivi, une copie du portefeuille, qu’il fait vieillir pendant 12 mois avec les leviers du segment, sans les cohortes ultérieures.',
    'row 0 is the starting snapshot: its revenue is the starting MRR, but like every flow and cost its gross profit is 0, since no month has been run (sums over months 1..H stay sums of flows).':
      'la ligne 0 est l’état de départ : son chiffre d’affaires est le MRR de départ, mais comme tout flux et tout coût, sa marge brute vaut 0, puisqu’aucun mois n’a été calculé (les sommes sur les mois 1..H restent des sommes de flux).',
    'demand below zero (only reachable by calling the model with out-of-range hours) counts as none, so coverage stays within [0, 1] whatever the caller passes.':
      'une demande inférieure à zéro (possible seulement si le modèle est appelé avec des heures hors plage) compte comme nulle ; la couverture reste ainsi dans [0, 1] quoi que l’appelant transmette.',
    'a CSM hired in month u gives hours from month u + the ramp-up months; the starting team is productive at once.':
      'un CSM recruté au mois u fournit des heures à partir du mois u + la durée de montée en compétence ; l’équipe de départ est productive immédiatement.',
    "a month's new accounts are the accounts that start paying: with a time to value of 0 the failures never join, so they are new × success; otherwise every new account joins (and some leave when onboarding resolves).":
      'les nouveaux comptes d’un mois sont ceux qui commencent à payer : avec un délai de création de valeur de 0, les échecs n’arrivent jamais, ce sont donc les nouveaux × le taux de réussite ; sinon chaque nouveau compte arrive (et certains partent quand leur onboarding est tranché).',
    'the last block of a horizon that is not whole years is the months left (months 25–30 of 30).':
      'le dernier bloc d’un horizon qui ne compte pas un nombre entier d’années correspond aux mois restants (mois 25 à 30 sur 30).',
    'with no CS cost there is nothing to pay back, so no payback month is claimed.':
      'sans coût CS, il n’y a rien à rembourser : aucun mois de retour sur investissement n’est donc annoncé.',
    "the whole book's equivalent logos and acquisition spend avoided add up the segments that have them (a segment with no ARPA has none), and are null only when no segment has one.":
      'les nouveaux logos équivalents et les dépenses d’acquisition évitées de l’ensemble du portefeuille additionnent les segments qui en ont (un segment sans ARPA n’en a pas), et ne sont nuls que si aucun segment n’en a.',
    "zero CSMs means no human coverage (0 by definition), so even a book that needs no hours needs one CSM to be covered, unless its digital program covers it all. The figure is the true one even above the 10,000 CSMs a segment's input allows: it says how far the team is from covering.":
      'zéro CSM signifie aucune couverture humaine (0 par définition) : même un portefeuille qui n’exige aucune heure a besoin d’un CSM pour être couvert, sauf si son programme digital le couvre entièrement. Le chiffre reste exact au-delà des 10 000 CSM qu’autorise la saisie d’un segment : il indique à quelle distance l’équipe se trouve d’une couverture complète.',
    "team-size questions are asked with a fixed team, as the specification says: with a hiring plan the team is the plan's, so \"today's\" point is the segment's starting team held fixed.":
      'les questions de taille d’équipe se posent à équipe fixe, comme le prévoit la spécification : avec un plan de recrutement, l’équipe est celle du plan ; le point « aujourd’hui » est donc l’équipe de départ du segment, maintenue fixe.',
    "by default the curve runs to twice the recommended team (or one past today's, if larger), far enough to show net benefit falling past full coverage; it always offers at least 0 and 1 CSM.":
      'par défaut, la courbe s’étend jusqu’au double de l’équipe recommandée (ou une de plus que l’équipe actuelle, si elle est plus grande), assez loin pour montrer le bénéfice net qui décroît au-delà de la couverture complète ; elle propose toujours au moins 0 et 1 CSM.',
    'beyond the recommended team net benefit only falls (same revenue, more cost), so the optimum lies in 0..recommended, and every headcount there is evaluated: net benefit need not be unimodal in headcount, so a search around the best sample can miss the true best. Of equal teams the smallest is the best. Only the plotted points are sampled, evenly, above 400 team sizes.':
      'au-delà de l’équipe recommandée, le bénéfice net ne fait que baisser (même chiffre d’affaires, coût plus élevé) : l’optimum se situe donc dans 0..recommandée, et chaque effectif de cet intervalle est évalué. Le bénéfice net n’est pas forcément unimodal selon l’effectif, et une recherche autour du meilleur échantillon pourrait manquer le vrai optimum. À équipes égales, la plus petite l’emporte. Seuls les points tracés sont échantillonnés, uniformément, au-delà de 400 tailles d’équipe.',
    'the total is a whole team within the headcount range (not a number: none).':
      'le total est une équipe entière comprise dans la plage d’effectif (si ce n’est pas un nombre : aucune).',
    'splits whose net benefits differ only by rounding (a billionth) count as equal, and the first found wins: the one that gives this segment the fewest CSMs, so ties go to the earlier segments and the answer never flips on float noise.':
      'des répartitions dont les bénéfices nets ne diffèrent que par un arrondi (un milliardième) sont considérées comme égales, et la première trouvée l’emporte : celle qui donne le moins de CSM à ce segment ; les égalités profitent ainsi aux premiers segments, et le résultat ne bascule jamais sur du bruit de calcul en virgule flottante.',
    "undiscounted, like the usual ARPA × margin / churn; referrals an account brings are not counted, since the model gives them no CAC and counting them would value them twice. Unless told otherwise it is the account's value under a fully covered program (k = 1).":
      'non actualisée, comme la formule usuelle ARPA × marge / churn ; les recommandations qu’apporte un compte ne sont pas comptées, car le modèle ne leur attribue aucun CAC et les compter les valoriserait deux fois. Sauf indication contraire, c’est la valeur du compte sous un programme entièrement couvert (k = 1).',
    'companies with different horizons are compared over the shorter one; past it one of them has no numbers to compare.':
      'des entreprises aux horizons différents sont comparées sur le plus court ; au-delà, l’une d’elles n’a plus de chiffres à comparer.',
    'each input moves by 10 % of its value; headcount and time to value, which the model rounds, move by at least one whole step (so one CSM or one month from 0).':
      'chaque donnée varie de 10 % de sa valeur ; l’effectif et le délai de création de valeur, que le modèle arrondit, varient d’au moins un pas entier (soit un CSM ou un mois à partir de 0).',
    'the horizon is left out of the tornado: moving it changes the question (how long we look), not an assumption about the business.':
      'l’horizon est exclu du graphique en tornade : le déplacer change la question (la durée observée), pas une hypothèse sur l’activité.',
    "an input at 0 that does not move in whole steps (a churn of 0, a digital program not in use) has no 10 % to move by. Moving it by a share of its range instead would rank the widths of ranges, not the person's assumptions (a digital cost of 0 would jump to 1,000 an account), so it is left out of the tornado and listed as such.":
      'une donnée à 0 qui ne varie pas par pas entiers (un churn de 0, un programme digital inutilisé) n’a pas de 10 % de variation possible. La faire varier d’une part de sa plage classerait la largeur des plages, et non les hypothèses de l’utilisateur (un coût digital de 0 sauterait à 1 000 par compte) ; elle est donc exclue de la tornade et signalée comme telle.',
    "the retention gain is applied to both sides of every segment's churn lever (annual churn five points lower without CS and with CS), so it holds whatever coverage the team delivers; a side already below five points of annual churn goes to zero churn.":
      'le gain de rétention s’applique aux deux côtés du levier de churn de chaque segment (churn annuel inférieur de cinq points, sans CS comme avec CS) ; il vaut donc quelle que soit la couverture assurée par l’équipe. Un côté déjà sous cinq points de churn annuel passe à un churn nul.',
    'more new accounts cost their CAC and need CSM hours; both are counted, and the team is not resized, so coverage can fall. Gross profit is the like-for-like comparison; contribution nets CAC.':
      'davantage de nouveaux comptes coûtent leur CAC et demandent des heures de CSM ; les deux sont comptés, et l’équipe n’est pas redimensionnée : la couverture peut donc baisser. La marge brute est la comparaison à périmètre égal ; la contribution déduit le CAC.',
    'a grid can step over a narrow dip or peak (payback against team size is U-shaped). With no crossing on the grid, the neighbourhoods of the grid points nearest to flipping (the highest slack when every point misses, the lowest when every point meets) are searched closer; a point found there that flips the goal brackets a crossing with its grid neighbour.':
      'une grille peut enjamber un creux ou un pic étroit (le délai de retour sur investissement en fonction de l’effectif décrit un U). Sans changement sur la grille, les voisinages des points les plus proches de la bascule (l’écart le plus élevé quand tous les points manquent l’objectif, le plus faible quand tous l’atteignent) sont explorés plus finement ; un point trouvé là qui fait basculer l’objectif encadre un changement avec son voisin sur la grille.',
    'when no value in range changes whether the goal is met, goal seek says so instead of picking an end of the range: either nothing this input can do reaches it, or nothing can break it.':
      'quand aucune valeur de la plage ne change le fait que l’objectif soit atteint, la recherche d’objectif le dit au lieu de choisir une extrémité de la plage : soit rien de ce que cette donnée peut faire ne l’atteint, soit rien ne peut le compromettre.',
    'a range whose path the scenario does not have, or whose ends are not numbers, is not drawn.':
      'une plage dont le chemin n’existe pas dans le scénario, ou dont les bornes ne sont pas des nombres, n’est pas tirée.',
    'each uncertain input is drawn on its own (no correlation between them) from a triangular distribution between its low and high, peaking at the value in the scenario: the "at least, most likely, at most" a person can state. Draws stay inside the input\'s allowed range.':
      'chaque donnée incertaine est tirée séparément (sans corrélation entre elles) selon une loi triangulaire entre son minimum et son maximum, avec son mode à la valeur du scénario : le « au moins, le plus probable, au plus » qu’une personne peut énoncer. Les tirages restent dans la plage autorisée de la donnée.',
  },
  presetsHeading: 'D’où viennent les chiffres des modèles',
  presetsIntro:
    'Des références publiques, dont certaines sont des comptes rendus d’enquêtes payantes. Aucune étude publique ne mesure dans quelle mesure un programme CS réduit lui-même le churn ou augmente l’expansion : ces effets relèvent de l’appréciation de ce projet.',
  presetSourcesLabel: (preset) => `Sources du modèle ${preset}`,
  presetSource: (name, year, took) => `${name}${year === null ? '' : ` (${year})`}\u202f: ${took}`,
  viewsHeading: 'Les vues d’analyse',
  views: {
    headcount: {
      title: 'Taille d’équipe',
      text: 'Pour chaque taille d’équipe n d’un segment, de 0 à environ deux fois l’équipe de couverture complète, le programme de l’ensemble du portefeuille est évalué avec n CSM dans ce segment et une équipe fixe : bénéfice net = Σ marge brute supplémentaire − Σ coût CS (salaire, outils et quote-part d’un manager par CSM). À partir de l’équipe de couverture complète, chaque mois est couvert et seul le coût augmente : la meilleure équipe est trouvée en essayant chaque taille jusque-là. Supprimer un CSM correspond à l’écart entre n et n − 1 ; en ajouter un, à l’écart entre n + 1 et n. Au-delà de 400 tailles d’équipe, la courbe passe par des tailles réparties uniformément.',
    },
    race: {
      title: 'Acquisition ou rétention',
      text: 'L’entreprise A est le scénario ; l’entreprise B est A avec les modifications saisies, contrôlées comme toute donnée. Chacune est simulée séparément. Contribution = marge brute − dépenses d’acquisition − coût CS. « B passe définitivement devant à partir du mois m » signifie que B est strictement au-dessus de A chaque mois de m jusqu’à l’horizon ; avant, l’avance peut changer de camp.',
    },
    cohorts: {
      title: 'Cohortes',
      text: 'Le tableau mensuel est recalculé en gardant chaque cohorte dans la strate de son année d’arrivée (année 1 = mois 1 à 12 ; les comptes de départ forment leur propre strate), avec la couverture et les nouveaux comptes de chaque mois issus du moteur. Chaque strate suit les étapes 4 à 6 ci-dessus, si bien que les strates additionnées donnent chaque mois le MRR du tableau mensuel.',
    },
    sensitivity: {
      title: 'Ce qui fait bouger le ROI',
      text: 'Chaque donnée baisse puis monte de 10 % de sa valeur, une à la fois, toutes les autres étant maintenues (CSM et délai de création de valeur d’au moins un pas entier ; toute autre donnée à zéro, sans 10 % de variation possible, est exclue et nommée). La barre indique de combien l’indicateur choisi s’écarte de sa valeur actuelle. L’horizon est exclu : il change la question, pas l’activité.',
    },
    retentionGain: {
      title: 'Rétention ou acquisition ?',
      text: 'Cinq points de taux annuel de rétention des logos : le churn annuel = 1 − (1 − churn mensuel)^12 baisse de 0,05 (sans descendre sous 0) des deux côtés du levier de churn, puis est reconverti en churn mensuel = 1 − (1 − churn annuel)^(1/12). Cinq pour cent de nouveaux comptes en plus : nouveaux comptes acquis par mois × 1,05, ce qui coûte aussi leur CAC et des heures de CSM. Chaque option est simulée avec l’équipe actuelle et comparée sur la Σ de marge brute sur l’horizon. Ce taux, 1 − churn annuel, n’est pas l’indicateur « Rétention des logos sur 12 mois glissants », qui suit les comptes présents un an plus tôt, échecs d’onboarding compris.',
    },
    goal: {
      title: 'Recherche d’objectif',
      text: 'La donnée choisie est essayée sur toute sa plage autorisée (une grille régulière plus des points à des distances doublées à partir de la valeur actuelle). Là où l’objectif passe de manqué à atteint, l’intervalle le plus proche de la valeur actuelle est coupé en deux jusqu’à une largeur d’un milliardième de la valeur (nombres entiers : jusqu’à deux voisins), et le côté qui atteint l’objectif est affiché. Un indicateur ne varie pas forcément dans un seul sens (le délai de retour sur investissement en fonction de l’effectif baisse, puis remonte) : si la grille ne trouve aucun changement, les intervalles autour des points de la grille les plus proches de l’objectif sont explorés à nouveau, valeur par valeur pour les nombres entiers. Si aucune valeur n’atteint encore l’objectif, la vue le dit, indique la valeur la plus proche obtenue et où, et précise si la donnée fait bouger l’indicateur.',
    },
    cautions: {
      title: 'Mises en garde à côté des indicateurs clés',
      text: 'Un scénario dont le programme CS fait mieux que ce que rapportent les études publiées porte une mise en garde, et ses exports CSV et PNG le signalent comme illustratif : churn avec CS inférieur à la moitié du churn sans CS, délai de création de valeur avec CS inférieur au tiers du délai sans CS, ou NRR à l’horizon supérieur de plus de 15 points au NRR sans CS. Aucune étude publique que nous ayons trouvée ne rapporte des effets aussi importants ; ces limites relèvent de l’appréciation, et chaque mise en garde indique ce que suppose le scénario. Un coût CS supérieur à 15 % de l’ARR à l’horizon, plafond souvent cité, porte aussi une mise en garde, sans rendre le scénario illustratif. Les leviers qui ne s’appliquent jamais (aucun CSM et aucun programme digital) n’en portent aucune.',
    },
    finance: {
      title: 'Finance',
      text: 'Le ROI par année est celui des mois 1 à 12, 13 à 24, … pris séparément (la dernière année pouvant être plus courte) : l’année 1 supporte le coût de l’équipe avant que la rétention ne produise ses effets cumulés ; il est donc souvent négatif. Le coût CS en part de l’ARR est le coût CS du dernier mois de l’horizon ÷ son MRR. Le délai de retour sur investissement du programme CS est celui du programme lui-même (l’indicateur correspondant) ; le délai de récupération du CAC est CAC ÷ (ARPA × taux de marge brute), soit les mois de marge nécessaires pour rembourser la conquête d’un compte. La LTV des tableurs, ARPA × taux de marge brute ÷ churn mensuel, ignore expansion, contraction et onboarding, et ne s’arrête jamais ; la CLV du modèle suit un compte à travers les étapes mensuelles pendant 120 mois. La valeur de la hausse d’ARR est la hausse d’ARR à l’horizon × le multiple VE/ARR choisi (de 0× à 100×) : un raccourci de valorisation, pas une prévision.',
    },
    yourNumbers: {
      title: 'Vos chiffres',
      text: 'ARPA = ARR ÷ 12 ÷ nombre de comptes ; nouveaux comptes par mois = nouveaux logos par an ÷ 12. Les heures CS, l’onboarding, le taux de conversion de l’expansion et le délai de récupération du CAC viennent du modèle de taille de contrat correspondant à l’ACV moyen (moins de 12 k : SMB, plus de 100 k : grands comptes, mid-market entre les deux). Couverture actuelle k = nombre de CSM × heures par CSM ÷ (heures de suivi × comptes + heures d’onboarding × nouveaux comptes par mois), au plus 1. Churn mensuel actuel m = 1 − (1 − churn annuel des logos)^(1/12) ; sans CS m ÷ (1 − k × réduction), avec CS cette valeur × (1 − réduction), de sorte qu’à la couverture k il vaut m. Contraction = 1 − (GRR ÷ rétention des logos)^(1/12), identique des deux côtés. Expansion : une opportunité par an au taux de conversion w du modèle ; son ampleur sans CS est (NRR ÷ GRR − 1) ÷ w ÷ (1 + k × hausse), avec CS cette valeur × (1 + hausse). Sur les comptes actuels, une année à la couverture k redonne alors le GRR, le NRR et la rétention des logos saisis.',
    },
    uncertainty: {
      title: 'Incertitude',
      text: 'Chaque tirage prend chaque levier doté d’une plage séparément, selon une loi triangulaire entre son minimum et son maximum avec son mode à la valeur du scénario, simule l’horizon et évalue le programme. Les nombres aléatoires proviennent d’un générateur à graine (mulberry32) : la même graine et les mêmes données donnent les mêmes bandes sur toute machine. P10, P50 et P90 sont des centiles des tirages, mois par mois, interpolés comme CENTILE.INCLURE dans Excel. La probabilité d’un ROI positif est la part des tirages dont le bénéfice net est supérieur à zéro.',
    },
  },
};
