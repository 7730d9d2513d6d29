import type { AnalysisWords, RaceLead } from '../en/analysis.ts';

/** «A supera a B en MRR por 10.611 $», «A y B están igualados en MRR». */
function leadText(l: RaceLead): string {
  if (l.leader === null) return `A y B están igualados en ${l.metric}`;
  return `${l.leader} supera a ${l.leader === 'A' ? 'B' : 'A'} en ${l.metric} por ${l.amount}`;
}

export const analysis: AnalysisWords = {
  title: 'Análisis',
  tabList: 'Vistas de análisis',
  loading: (view: string) => `Cargando «${view}»…`,
  tabs: {
    headcount: 'Dónde va el próximo CSM',
    race: 'Adquisición frente a retención',
    cohorts: 'Cohortes',
    sensitivity: 'Qué mueve el ROI',
    goal: 'Búsqueda de objetivo',
    uncertainty: 'Incertidumbre',
    finance: 'Finanzas',
    'your-numbers': 'Sus cifras',
    methodology: 'Metodología',
  },
  quoted: (text: string) => `«${text}»`,
  csms: { one: '# CSM', other: '# CSM' },
  perYear: 'al año',
  fixedTeam: (heading: string) => `${heading} (equipo fijo)`,

  team: {
    nextGain: (segment: string, gain: string, horizon: number) =>
      `El próximo CSM rinde más en ${segment}: ${gain} netos en ${horizon} meses.`,
    nextLoss: (segment: string, loss: string, horizon: number) =>
      `Un CSM más cuesta en cualquier segmento más de lo que aporta en ${horizon} meses; la menor pérdida está en ${segment} (${loss}).`,
    splitSame: (team: string, net: string, horizon: number) =>
      `El reparto actual de ${team} ya es el mejor reparto de ese equipo: ${net} netos en ${horizon} meses.`,
    splitBetter: (team: string, parts: string, net: string, horizon: number, gain: string) =>
      `El mismo equipo de ${team}, repartido así: ${parts}, obtendría ${net} netos en ${horizon} meses, ${gain} frente al reparto actual.`,
    splitPart: (csms: string, segment: string) => `${csms} en ${segment}`,
    curveNone: (horizon: number) =>
      `Ningún tamaño de equipo aporta más de lo que cuesta en ${horizon} meses, se reparta como se reparta.`,
    curveBest: (team: string, net: string, horizon: number) =>
      `Con el mejor reparto, un equipo de ${team} en total rinde más: ${net} netos en ${horizon} meses.`,
    fixedNote:
      'Estas cifras corresponden a un equipo fijo: el plan de contratación queda fuera y cada tamaño de equipo se mantiene durante todo el horizonte.',
    nextRegion: 'El próximo CSM, por segmento',
    nextCaption: 'Un CSM más, por segmento',
    segment: 'Segmento',
    csmsToday: 'CSM actuales',
    netOfOneMore: 'Beneficio neto de uno más',
    sameTeamHeading: 'El mismo equipo, con el mejor reparto',
    splitRegion: 'Reparto actual y mejor reparto',
    today: 'Actual',
    bestSplit: 'Mejor reparto',
    apply: 'Aplicar este reparto',
    wholeTeamHeading: 'Todo el equipo, con el mejor reparto',
  },

  headcount: {
    better: (amount: string) => `${amount} mejor en total`,
    worse: (amount: string) => `${amount} peor en total`,
    noChange: 'sin cambio en total',
    noOneToCut: 'Sin CSM no hay a quién recortar.',
    cut: (from: string, to: string, saved: string, horizon: number, lost: string, net: string) =>
      `Recortar un CSM (${from} → ${to}) ahorra ${saved} de coste de CS en ${horizon} meses y pierde ${lost} de margen bruto: ${net}.`,
    add: (from: string, to: string, cost: string, brought: string, net: string) =>
      `Añadir uno (${from} → ${to}) cuesta ${cost} y aporta ${brought} de margen bruto: ${net}.`,
    noneWorth: (horizon: number) =>
      `En este escenario, ningún tamaño de equipo aporta más de lo que cuesta en ${horizon} meses.`,
    best: (team: string, net: string, horizon: number, roi: string | null) =>
      `El mejor equipo para este escenario es de ${team}: ${net} netos en ${horizon} meses` +
      (roi === null ? '.' : ` (ROI ${roi}).`),
    todaySame: 'El equipo actual ya tiene ese tamaño.',
    todayLess: (team: string, net: string, less: string) =>
      `El equipo actual de ${team} obtiene ${net} netos, ${less} menos.`,
    coverage: (team: string) => `Un equipo de ${team} cubriría todos los meses por completo.`,
    inspectedNone: 'Sin CSM, la cobertura es cero: cada cliente funciona con sus palancas sin CS.',
    inspected: (t) =>
      `Con ${t.size}, la cobertura media es del ${t.averageCoverage}` +
      (t.lowest === null
        ? ' y todos los meses están cubiertos por completo'
        : ` y baja al ${t.lowest.coverage} en el mes ${t.lowest.month}`) +
      `; cada CSM atiende a ${t.accountsPerCsm} clientes en el mes ${t.horizon}. Beneficio neto ${t.netBenefit}` +
      (t.roi === null ? '.' : `, ROI ${t.roi}.`),
    headingOf: (segment: string) => `Tamaño del equipo de ${segment}`,
    heading: 'Tamaño del equipo',
    inspect: 'Tamaño de equipo a examinar',
    use: { one: 'Usar # CSM en el escenario', other: 'Usar # CSM en el escenario' },
  },

  race: {
    metric: {
      mrr: 'MRR',
      contribution: 'contribución mensual',
      cumulativeContribution: 'contribución acumulada',
    },
    lead: (l: RaceLead) => leadText(l),
    leadsAll: (leader: 'A' | 'B', gaps: string) => `${leader} supera a ${leader === 'A' ? 'B' : 'A'} ${gaps}`,
    gap: (metric: string, amount: string) => `en ${metric} por ${amount}`,
    notStaying: (month: number, lead: RaceLead, months: number) =>
      `En el mes ${month}, ${leadText(lead)}, pero no se mantiene por delante: en el mes ${months} A vuelve a estar igualado o por delante.`,
    neverAhead: (month: number, lead: RaceLead, months: number) =>
      `En el mes ${month}, ${leadText(lead)}; B nunca se pone por delante de forma definitiva en ${months} meses.`,
    aheadSince: (month: number, lead: RaceLead, from: number) =>
      `En el mes ${month}, ${leadText(lead)}, y así de forma definitiva desde el mes ${from}.`,
    aheadFrom: (month: number, lead: RaceLead, from: number) =>
      `En el mes ${month}, ${leadText(lead)}; B queda por delante de forma definitiva a partir del mes ${from}.`,
    headlineNone: (months: number, metrics: string) =>
      `En ${months} meses, B nunca supera a A de forma definitiva en ${metrics}.`,
    headlineAll: (months: number, ahead: string) =>
      `En ${months} meses, B queda por delante de forma definitiva ${ahead}.`,
    headlineSome: (months: number, ahead: string, never: string) =>
      `En ${months} meses, B queda por delante de forma definitiva ${ahead}, y nunca supera a A de forma definitiva en ${never}.`,
    aheadOn: (metric: string, from: number) => `en ${metric} a partir del mes ${from}`,
    articleCheck: (articleMonth, month, holds, leads, from) => {
      const since = (at: number | null) =>
        at === null ? 'nunca va por delante' : `va por delante a partir del mes ${at}`;
      return (
        `El artículo afirma que B va por delante tras ${articleMonth} meses. ` +
        (holds ? 'En este modelo es así, en las tres medidas: ' : 'En este modelo no es así: ') +
        `en el mes ${month}, ${leads}. ` +
        `La contribución mensual de B ${since(from.contribution)}, su contribución acumulada ${since(from.cumulativeContribution)}, ` +
        `y su MRR ${from.mrr === null ? 'nunca supera al de A' : `supera al de A a partir del mes ${from.mrr}`}.`
      );
    },
    intro:
      'La empresa A es el escenario que está editando. La empresa B es A con los cambios de abajo; un campo vacío sigue a A. Todo lo demás (margen, onboarding, horas y coste del equipo de CS) es igual para ambas.',
    loadArticle: 'Cargar el ejemplo del artículo (sustituye el escenario)',
    exampleSource: 'Ejemplo de la carrera',
    halfAndHalf: 'B: la mitad de clientes nuevos, la mitad de churn',
    same: 'Igualar B a A',
    formCaption: 'Datos de la empresa A y de la empresa B',
    input: 'Dato',
    companyA: 'Empresa A',
    companyB: 'Empresa B',
    fieldA: (input: string) => `${input}, empresa A`,
    fieldB: (input: string) => `${input}, empresa B`,
    asA: 'como A',
    problems: 'Empresa B: valores cambiados por la validación',
    problem: (text: string) => `Empresa B: ${text}`,
    verdictAt: 'Veredicto en el mes',
    month: (month: number) => `Mes ${month}`,
  },

  cohorts: {
    start: (now: string, then: string, horizon: number, kept: string) =>
      `Sus clientes actuales aportan hoy ${now} de MRR y ${then} en el mes ${horizon}: el ${kept} de su punto de partida, tras churn, contracción y expansión.`,
    noStart: 'Al inicio no hay clientes; cada capa es una cohorte ganada durante el horizonte.',
    largest: (horizon: number, layer: string, mrr: string) =>
      `La capa más grande en el mes ${horizon} es «${layer}», con ${mrr}.`,
    note: 'Cada banda es el MRR, con el equipo de CS tal como está dotado, de los clientes que llegaron ese año, seguido hasta el final del horizonte. Una banda que se ensancha después de su año crece por sí sola: su expansión supera a su churn y su contracción.',
  },

  sensitivity: {
    measure: 'Medida',
    intro:
      'Cada dato se mueve un 10 % de su valor hacia abajo y hacia arriba (CSM y tiempo hasta el valor, al menos un paso entero), de uno en uno, con el resto fijo. Las barras más largas son los supuestos que conviene comprobar primero.',
    leftOut: (named: string, more: number) =>
      `Los datos en cero no pueden moverse un 10 % y quedan fuera: ${named}${more > 0 ? ` y ${more} más` : ''}.`,
    gainHeading: '¿Retención o adquisición?',
    retentionCard: 'Cinco puntos más de tasa anual de retención de clientes (1 − churn anual)',
    acquisitionCard: 'Un 5 % más de clientes nuevos al mes',
  },

  gain: {
    more: (amount: string) => `${amount} más`,
    less: (amount: string) => `${amount} menos`,
    onlyRetention: (gain: string, horizon: number) =>
      `Cinco puntos de tasa anual de retención de clientes añaden ${gain} de margen bruto en ${horizon} meses; más clientes nuevos no añaden nada aquí.`,
    retentionWins: (times: string, horizon: number) =>
      `Cinco puntos de tasa anual de retención de clientes valen ${times} el margen bruto de un 5 % más de clientes nuevos en ${horizon} meses, sin gasto de adquisición.`,
    acquisitionWins: (horizon: number, times: string, spend: string) =>
      `En ${horizon} meses, un 5 % más de clientes nuevos aporta más margen bruto que cinco puntos de retención (${times} más), pero su adquisición cuesta ${spend} más.`,
    where: (segment: string) => `${segment}: `,
    share: (signed: string) => ` (${signed})`,
    retention: (p) =>
      `${p.where}Tasa anual de retención de clientes (1 − churn anual) ${p.withCsFrom} → ${p.withCsTo} con CS ` +
      `(${p.baseFrom} → ${p.baseTo} sin CS): margen bruto ${p.grossProfit}${p.share}, contribución ${p.contribution}.` +
      (p.capped ? ' Una retención ya superior al 95 % anual solo podía subir hasta el 100 %.' : ''),
    acquisition: (p) =>
      `${p.where}Clientes nuevos ${p.from} → ${p.to} al mes: margen bruto ${p.grossProfit}${p.share}, ` +
      `gasto de adquisición ${p.spend}, contribución ${p.contribution}.`,
  },

  goal: {
    payback: (month: number) => `la recuperación de la inversión como tarde en el mes ${month}`,
    target: (metric: string, horizon: number, overHorizon: boolean, atLeast: boolean, value: string) =>
      `${metric}${overHorizon ? ` en ${horizon} meses` : ` (mes ${horizon})`} de ${atLeast ? 'al menos' : 'como máximo'} ${value}`,
    now: (metric: string, input: string, value: string) => `hoy ${metric} con ${input} en ${value}`,
    unreachable: (input: string, min: string, max: string, goal: string, now: string) =>
      `Ningún valor de ${input} entre ${min} y ${max} alcanza ${goal} (${now}).`,
    notMoved: (metric: string, noCsms: boolean) =>
      `Este dato no mueve ${metric} en absoluto aquí` +
      (noCsms ? ': sin CSM, los valores con CS nunca se aplican.' : '.'),
    closest: (input: string, best: string, at: string, isToday: boolean) =>
      `${input} sí la mueve: lo más cerca que llega es ${best}, en ${at}${isToday ? ' (el valor actual).' : '.'}`,
    always: (input: string, min: string, max: string, goal: string, now: string) =>
      `Cualquier valor de ${input} entre ${min} y ${max} cumple ${goal} (${now}): este dato no lo decide.`,
    met: (now: string, input: string, value: string, goal: string, there: string) =>
      `Ya se cumple: ${now}. ${input} puede llegar hasta ${value} y seguir cumpliendo ${goal} (${there} en ese punto).`,
    reach: (goal: string, input: string, value: string, now: string, gives: string) =>
      `Para alcanzar ${goal}, ponga ${input} en ${value} (${now}). Eso da ${gives}.`,
    targetField: 'Objetivo',
    paybackOption: 'Recuperación como tarde en el mes',
    atLeastOption: (metric: string) => `${metric} de al menos`,
    targetValue: 'Valor objetivo',
    monthUnit: 'mes',
    paybackTooSoon: (target: number) =>
      `La inversión no puede recuperarse antes del mes 1, así que el objetivo sigue en el mes ${target}.`,
    solveFor: 'Dato a ajustar',
    inputOption: (input: string, now: string) => `${input} (ahora ${now})`,
    applied: (input: string, value: string) => `${input} es ahora ${value}.`,
    set: (input: string, value: string) => `Poner ${input} en ${value}`,
    note: 'La búsqueda de objetivo recorre todo el rango permitido del dato, toma el cruce con el objetivo más cercano al valor actual y lo afina hasta una milmillonésima. Los demás datos no cambian.',
  },

  uncertainty: {
    intro:
      'Indique el valor más bajo y el más alto que considere plausibles para lo que logra CS. Cada simulación sortea cada palanca con rango (lo más probable en el valor del escenario, menos hacia los extremos: una distribución triangular), simula todo el horizonte y evalúa el programa. Deje ambos extremos vacíos para mantener fija una palanca.',
    spread20: '±20 % en cada palanca',
    spread50: '±50 % en cada palanca',
    clear: 'Borrar todos los rangos',
    caption: 'Rangos de las palancas con CS',
    withCs: 'Con CS',
    scenario: 'Escenario',
    low: 'Mínimo',
    high: 'Máximo',
    fixed: 'fijo',
    lowOf: (lever: string) => `${lever}, con CS: mínimo`,
    highOf: (lever: string) => `${lever}, con CS: máximo`,
    seed: 'Semilla',
    newSeed: 'Nueva semilla',
    runs: 'Simulaciones',
    running: (runs: string) => `Simulando ${runs} escenarios…`,
    noCost: 'Sin coste de CS no hay ROI del que estar seguro.',
    odds: (share: string, runs: string) =>
      `El programa aporta más de lo que cuesta en el ${share} de ${runs} simulaciones.`,
    roi: (p10: string, p50: string, p90: string) =>
      `ROI: ${p10} en P10, ${p50} en la mediana, ${p90} en P90.`,
    netBenefit: (p10: string, p90: string) => `Beneficio neto: de ${p10} a ${p90} (P10 a P90).`,
    updating: 'Actualizando con los últimos datos…',
    status: (runs: string, seed: number, ms: string, onWorker: boolean) =>
      `${runs} simulaciones, semilla ${seed}, en ${ms} ms en ${onWorker ? 'el hilo del worker (la página sigue respondiendo)' : 'el hilo principal'}.`,
  },

  finance: {
    noCsCost: 'Sin coste de CS',
    year: (year: number, first: number, last: number) => `Año ${year} (meses ${first}–${last})`,
    yearsCaption:
      'ROI del programa de CS por año: (margen bruto adicional − coste de CS) ÷ coste de CS, dentro de cada año',
    yearColumn: 'Año',
    roiColumn: 'ROI',
    multiple: 'Múltiplo EV/ARR',
    ofSegment: (name: string) => ` (segmento «${name}»)`,
    csCostShare: (horizon: number) => ({
      label: `Coste de CS como parte del ARR, mes ${horizon}`,
      formula: `Coste de CS del mes ${horizon} ÷ MRR del mes ${horizon}, con CS (equivale al coste anual de CS ÷ ARR).`,
    }),
    noArr: 'Sin ARR',
    programPayback: {
      label: 'Recuperación del programa de CS',
      formula:
        'Primer mes a partir del cual el margen bruto adicional acumulado del programa de CS, menos su coste, se mantiene en cero o por encima. Se refiere al programa de CS, no a la captación de clientes.',
    },
    notWithin: (horizon: number) => `No en ${horizon} meses`,
    nothingToPayBack: 'Nada que recuperar',
    month: (month: number) => `Mes ${month}`,
    cacPayback: (segment: string) => ({
      label: `Recuperación del CAC${segment}`,
      formula:
        'CAC ÷ (ARPA × margen bruto): meses de margen bruto de un cliente nuevo que recuperan su coste de adquisición.',
    }),
    months: (months: string) => `${months} meses`,
    simpleLtv: (segment: string, coverage: string) => ({
      label: `LTV, ARPA × margen ÷ churn${segment}`,
      formula: `ARPA × margen bruto ÷ churn mensual, con el churn a la cobertura media del equipo (${coverage}); sin CS, con el churn sin CS. Sin expansión, contracción, onboarding ni tope de 120 meses.`,
    }),
    noLimit: 'Sin límite: el churn es 0',
    withAndWithout: (withCs: string, without: string) => `${withCs} con CS, ${without} sin CS`,
    modelClv: (segment: string) => ({
      label: `Valor de vida del cliente según el modelo${segment}`,
      formula:
        'Margen bruto de un cliente nuevo en 120 meses, con onboarding, churn, contracción y expansión, a la cobertura media del equipo.',
    }),
    ltvCac: (segment: string) => ({
      label: `LTV : CAC, con el CLV del modelo${segment}`,
      formula: 'Valor de vida del cliente ÷ CAC; 3× es el umbral habitual.',
    }),
    noCac: 'Sin CAC',
    arrLiftValue: (multiple: string, horizon: number) => ({
      label: `Valor del aumento de ARR a ${multiple} el ARR`,
      formula: `Aumento de ARR en el mes ${horizon} (12 × MRR con CS − MRR sin CS) × el múltiplo EV/ARR que usted fija.`,
    }),
  },

  value: {
    outside: (value: string, min: string, max: string, used: string) =>
      `${value} está fuera del rango de ${min} a ${max}, así que se usa ${used}.`,
    whole: (used: string) => `Debe ser un número entero, así que se usa ${used}.`,
  },

  yourNumbers: {
    fields: {
      arr: 'ARR actual',
      accounts: 'Clientes actuales',
      newLogosPerYear: 'Logos nuevos al año',
      grr: 'Retención bruta de ingresos (GRR) actual, anual',
      nrr: 'Retención neta de ingresos (NRR) actual, anual',
      logoChurn: 'Churn de logos actual, anual',
      csms: 'CSM actuales',
      csmAnnualCost: 'Coste de un CSM',
      churnCutWithCs: 'La cobertura completa de CS reduce el churn un',
      expansionLiftWithCs: 'La cobertura completa de CS aumenta la expansión un',
    },
    intro:
      'Introduzca lo que sabe hoy de su cartera; los campos parten de referencias públicas para una empresa del segmento medio. El escenario construido con ellos reproduce su retención con la cobertura actual.',
    form: 'Sus cifras',
    verdict: (coverage: string, grr: string, nrr: string, logoRetention: string) =>
      `Con la cobertura actual (${coverage}), el escenario da una GRR del ${grr}, una NRR del ${nrr} y una retención de logos del ${logoRetention} anual sobre sus clientes actuales.`,
    assumedHeading: 'Qué se ha supuesto',
    derivedHeading: 'Qué se ha deducido',
    use: 'Usar estas cifras',
    source: 'Sus cifras',
    applied: 'Sus cifras son ahora el escenario. Deshacer (Ctrl/Cmd+Z) lo revierte.',
    importRegion: 'Importar movimientos de MRR',
    importHeading: 'O estimar el churn y la expansión a partir de sus movimientos de MRR',
    loadingImporter: 'Cargando el importador…',
    import: 'Importar movimientos mensuales de MRR',
    segmentName: 'Su cartera',
    presetHours: (p) =>
      `Las horas de CS, el onboarding y el CAC proceden de la plantilla «${p.preset}», el tamaño de contrato de su ACV medio de ${p.acv}: ` +
      `${p.csmHours} horas de CSM al mes, ${p.impactHours} horas por cliente al mes, ` +
      `${p.onboardingHours} para incorporar a uno; éxito del onboarding ${p.onboardingBase} → ${p.onboardingWithCs} con CS; ` +
      `CAC recuperado en ${p.cacMonths} meses de margen bruto, como en esa plantilla.`,
    kept: (horizon: number, margin: string) =>
      `El horizonte (${horizon} meses), el margen bruto (${margin}), la tasa de descuento y la política de equipo son los del escenario en pantalla.`,
    coverage: (csms: string, share: string, accounts: string) =>
      `Los ${csms} CSM actuales aportan el ${share} de las horas de CSM que necesitan sus ${accounts} clientes.`,
    churn: (annual: string, today: string, base: string, withCs: string, cut: string) =>
      `Un churn de logos del ${annual} anual equivale hoy al ${today} mensual: ${base} sin CS y ${withCs} con un equipo de cobertura completa (${cut} menos).`,
    grrAboveRetention: (grr: string, kept: string) =>
      `Su GRR (${grr}) supera su retención de logos (${kept}): los clientes que se van pagan menos que la media, algo que un único ARPA no puede reflejar; por eso la contracción es 0 y la GRR resulta del ${kept}.`,
    contraction: (grr: string, contraction: string) =>
      `Una GRR del ${grr} con ese churn deja un ${contraction} mensual de contracción, igual con CS y sin CS.`,
    nrrBelowGrr: 'Su NRR es inferior a su GRR, algo que la expansión no puede producir: la expansión es 0.',
    expansion: (p) =>
      `Una NRR del ${p.nrr} sobre una GRR del ${p.grr} supone un ${p.expansion} de expansión anual: una oportunidad de expansión al año, que aprovecha el ${p.winRate} de los clientes, ` +
      `y cada una añade un ${p.upliftBase} sin CS y un ${p.upliftWithCs} con un equipo de cobertura completa (${p.lift} más).`,
    noExtras: 'Sin recomendaciones ni programa digital: añádalos en los datos si los tiene.',
  },

  mrrImport: {
    note: 'Una fila por mes con las columnas «month», «new», «expansion», «contraction», «churned» y «mrr» (y «customers» para el ARPA), tal como las exportan las herramientas de análisis de ingresos.',
    file: 'Archivo CSV de movimientos mensuales de MRR',
    paste: 'O pegue las filas',
    estimate: 'Estimar a partir de las filas pegadas',
    use: 'Usar estas tasas',
    source: 'Importación de MRR',
    applied: (coverage: string) =>
      `El churn, la contracción y la expansión siguen ahora estas tasas con la cobertura actual (${coverage}), y cada uno conserva lo que CS cambia en él.`,
    estimates: (p) =>
      `A partir de ${p.changes}, de ${p.first} a ${p.last}: churn del ${p.churn} del MRR al mes, ` +
      `contracción ${p.contraction}, expansión ${p.expansion}` +
      (p.arpa === null
        ? ' (sin columna de clientes, así que sin ARPA).'
        : `, ARPA de ${p.arpa} en el último mes.`),
    changeCount: { one: '# variación mensual', other: '# variaciones mensuales' },
    tooLarge: (megabytes: string) =>
      `El archivo ocupa ${megabytes} MB; los movimientos mensuales caben en mucho menos, así que se leen archivos de hasta 1 MB. No se ha cambiado nada.`,
    noHeader: 'ninguna fila de encabezado',
    columns: (columns: string) => `las columnas ${columns}`,
    missing: (found: string, missing: string, count: number) =>
      `El archivo necesita las columnas «month», «expansion», «contraction», «churned» y «mrr» («new» y «customers» son opcionales); tiene ${found}, así que ${count === 1 ? 'falta' : 'faltan'} ${missing}. No se ha cambiado nada.`,
    tooFewMonths: (months: number) =>
      `El archivo tiene ${months === 1 ? 'un solo mes' : 'ningún mes'}; una tasa necesita al menos dos meses seguidos. No se ha cambiado nada.`,
    notANumber: (row: number, column: string, cell: string) =>
      `Fila ${row}, columna «${column}»: ${cell} no es un número. No se ha cambiado nada.`,
    negativeMrr: (row: number, mrr: string) =>
      `Fila ${row}: un MRR de ${mrr} es negativo, algo que ningún mes puede tener. No se ha cambiado nada.`,
    allZero:
      'Todos los meses salvo el último tienen un MRR de cero: no hay nada sobre lo que calcular una tasa. No se ha cambiado nada.',
    row: (row: number) => `fila ${row}`,
  },
};
