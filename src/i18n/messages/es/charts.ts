import type { ChartsWords } from '../en/charts.ts';

export const charts: ChartsWords = {
  common: {
    month: 'Mes',
    atMonth: (month) => `Mes ${month}`,
    legend: 'Series: pulse para mostrar u ocultar',
    showTable: 'Ver como tabla',
    table: (caption) => `Tabla: ${caption}`,
    charts: 'Gráficos',
    organisation: 'La organización de CS',
    csms: { one: '# CSM', other: '# CSM' },
    breakEven: 'Punto de equilibrio',
    list: (items) => items.join('; '),
  },
  mrr: {
    noCsms: 'Sin CSM, el MRR sigue la trayectoria sin CS',
    paysBack: (lift, month, payback) =>
      `CS suma ${lift} de ARR hasta el mes ${month} y se recupera en el mes ${payback}`,
    noPayback: (lift, month, within) =>
      `CS suma ${lift} de ARR hasta el mes ${month} pero no se recupera ${within}`,
    description: (over, withCs, withoutCs, benefit) =>
      `Gráfico de líneas ${over}. El MRR con CS termina en ${withCs}, sin CS en ${withoutCs}. El beneficio neto acumulado del programa termina en ${benefit}.`,
    descriptionPayback: (over, withCs, withoutCs, benefit, month) =>
      `Gráfico de líneas ${over}. El MRR con CS termina en ${withCs}, sin CS en ${withoutCs}. El beneficio neto acumulado del programa termina en ${benefit}, positivo desde el mes ${month}.`,
    withCs: 'MRR con CS',
    withoutCs: 'MRR sin CS',
    cumulative: 'Beneficio neto acumulado',
    axis: 'MRR',
    payback: (month) => `Recuperación, mes ${month}`,
  },
  bridge: {
    headline: (month, added, taken) =>
      `En el mes ${month}, el MRR nuevo y de expansión suma ${added}; las bajas y la contracción restan ${taken}`,
    description: (over, month, added, expansion, contraction, churn, net) =>
      `Gráfico de barras apiladas del puente mensual de MRR con CS ${over}. En el mes ${month}: nuevo ${added}, expansión ${expansion}, contracción ${contraction}, bajas ${churn}; neto ${net}.`,
    added: 'Nuevo',
    expansion: 'Expansión',
    contraction: 'Contracción',
    churn: 'Bajas',
    net: 'Variación neta',
    axis: 'Variación del MRR al mes',
  },
  retention: {
    short: 'La retención neta y bruta de ingresos requiere un horizonte de al menos 12 meses',
    headline: (nrr, without) => `La NRR termina en ${nrr} con CS y en ${without} sin CS`,
    headlineGrows: (nrr, without) =>
      `La NRR termina en ${nrr} con CS y en ${without} sin CS: los clientes existentes hacen crecer sus ingresos por sí solos`,
    noFigures: 'Sin cifras de retención: el horizonte es inferior a 12 meses.',
    description: (month, nrr, grr, without) =>
      `Gráfico de líneas del mes 12 al ${month}. La NRR con CS termina en ${nrr}, la GRR con CS en ${grr} y la NRR sin CS en ${without}. La línea discontinua marca el 100 %.`,
    nrrWithCs: 'NRR con CS',
    grrWithCs: 'GRR con CS',
    logosWithCs: 'Retención de logos con CS',
    nrrWithoutCs: 'NRR sin CS',
    axis: '12 meses móviles',
    full: '100 %',
  },
  coverage: {
    noCsms: (recommended) => `Sin CSM: la cobertura es cero; ${recommended} cubrirían cada mes`,
    falls: (coverage, month, recommended, csms) =>
      `La cobertura cae al ${coverage} en el mes ${month}: la cartera necesita ${recommended} CSM y el equipo tiene ${csms}`,
    covers: (csms, recommended) =>
      `El equipo de ${csms} cubre cada mes; ${recommended} es el equipo más pequeño que lo consigue`,
    description: (over, month, coverage, perCsm, perRecommended, recommended) =>
      `Gráfico de líneas ${over} de la cobertura de CS (parte de las horas de CSM necesarias que da el equipo) y de los clientes por CSM. En el mes ${month}: cobertura ${coverage}, ${perCsm} clientes por CSM frente a ${perRecommended} con el equipo recomendado de ${recommended}.`,
    descriptionNoCsms: (over, month, coverage, perRecommended, recommended) =>
      `Gráfico de líneas ${over} de la cobertura de CS (parte de las horas de CSM necesarias que da el equipo) y de los clientes por CSM. En el mes ${month}: cobertura ${coverage}, ningún cliente por CSM frente a ${perRecommended} con el equipo recomendado de ${recommended}.`,
    coverage: 'Cobertura',
    accounts: 'Clientes',
    perCsm: 'Clientes por CSM',
    perCsmRecommended: 'Clientes por CSM, equipo recomendado',
    perRecommendedColumn: 'Por CSM, equipo recomendado',
    full: 'Cobertura completa',
  },
  team: {
    hiring: (from, to, month, productive, needed) =>
      `Las contrataciones llevan el equipo de ${from} a ${to} CSM hasta el mes ${month}; ${productive} de ellos ya formados, ${needed} necesarios para una cobertura completa`,
    fixed: (csms, month, needed) =>
      `Un equipo fijo de ${csms} CSM; en el mes ${month} la cobertura completa requiere ${needed}`,
    description: (over, month, csms, productive, needed) =>
      `Gráfico de líneas ${over} del equipo de CS: CSM en nómina, CSM ya formados (que aportan horas) y los CSM que necesitarían las horas de los clientes para una cobertura completa. En el mes ${month}: ${csms} en nómina, ${productive} productivos, ${needed} necesarios.`,
    payroll: 'CSM en nómina',
    productive: 'CSM productivos',
    needed: 'CSM necesarios para una cobertura completa',
    axis: 'CSM',
  },
  cost: {
    headline: (months, cost, gain) => `En ${months}, CS cuesta ${cost} y suma ${gain} de margen bruto`,
    description: (over, csms, overhead, digital, gain) =>
      `Gráfico de áreas apiladas ${over} del coste mensual de CS por tipo, con el margen bruto que CS suma cada mes como línea. En todo el horizonte: CSM ${csms}, dirección y herramientas ${overhead}, programa digital ${digital}; margen bruto añadido ${gain}.`,
    csms: 'CSM',
    overhead: 'Dirección y herramientas',
    digital: 'Programa digital',
    gain: 'Margen bruto que suma CS',
    csCost: 'Coste de CS',
    axis: 'Al mes',
  },
  segmentMrr: {
    headline: (month, segment, mrr, total, without) =>
      `En el mes ${month}, ${segment} aporta ${mrr} de ${total} de MRR con CS; sin CS la cartera estaría en ${without}`,
    description: (over, month, segments, without) =>
      `Gráfico de áreas apiladas ${over} del MRR con CS por segmento, con el MRR de toda la cartera sin CS como línea discontinua. En el mes ${month}: ${segments}; sin CS ${without}.`,
    withoutCs: 'Toda la cartera sin CS',
    withCs: 'Toda la cartera con CS',
    segmentWithCs: (segment) => `${segment}, con CS`,
    axis: 'MRR',
  },
  cohort: {
    start: 'Clientes iniciales',
    joined: (year) => `Altas del año ${year}`,
    startInText: 'clientes iniciales',
    joinedInText: (year) => `altas del año ${year}`,
    noMrr: (month) => `Sin MRR en el mes ${month}`,
    startShare: (month, share) =>
      `En el mes ${month}, el ${share} del MRR aún procede de los clientes iniciales`,
    olderShare: (month, share) =>
      `En el mes ${month}, el ${share} del MRR procede de clientes que llegaron hace más de un año`,
    description: (over, month, layers, total) =>
      `Gráfico de áreas apiladas del MRR con CS ${over}, dividido según el año de alta de cada cliente. En el mes ${month}: ${layers}; total ${total}.`,
    axis: 'MRR con CS',
    total: 'Total',
  },
  band: {
    noRanges: (mrr, month) =>
      `No se han indicado rangos: cada simulación es el escenario, MRR de ${mrr} en el mes ${month}`,
    range: (month, p10, p90) =>
      `En 8 de cada 10 simulaciones, el MRR del mes ${month} queda entre ${p10} y ${p90}`,
    rangeRoi: (month, p10, p90, share) =>
      `En 8 de cada 10 simulaciones, el MRR del mes ${month} queda entre ${p10} y ${p90}; el ROI es positivo en el ${share} de ellas`,
    description: (over, runs, seed, month, p10, p50, p90, scenario) =>
      `Gráfico de líneas del MRR con CS ${over} a partir de ${runs} simulaciones de Monte Carlo (semilla ${seed}). Mes ${month}: P10 ${p10}, mediana ${p50}, P90 ${p90}; el escenario tal como se introdujo ${scenario}.`,
    p90: 'P90 (9 de cada 10 simulaciones por debajo)',
    p10: 'P10 (9 de cada 10 simulaciones por encima)',
    median: 'Mediana (P50)',
    scenario: 'Escenario tal como se introdujo',
    axis: 'MRR con CS',
  },
  compare: {
    scenarios: { one: '# escenario', other: '# escenarios' },
    headline: (scenarios) => `MRR de ${scenarios}, con y sin CS`,
    ends: (name, withCs, withoutCs) => `${name} termina en ${withCs} con CS y en ${withoutCs} sin CS`,
    description: (over, ends) => `Gráfico de líneas ${over}. ${ends}.`,
    withCs: (name) => `${name}: con CS`,
    withoutCs: (name) => `${name}: sin CS`,
    withCsColumn: (name) => `${name}, con CS`,
    withoutCsColumn: (name) => `${name}, sin CS`,
    axis: 'MRR',
  },
  race: {
    titles: {
      mrr: 'MRR',
      contribution: 'Contribución mensual',
      cumulativeContribution: 'Contribución acumulada',
    },
    inText: {
      mrr: 'del MRR',
      contribution: 'de la contribución mensual',
      cumulativeContribution: 'de la contribución acumulada',
    },
    never: (title, within) => `${title}: B nunca supera a A de forma definitiva ${within}`,
    first: (title) => `${title}: B va por delante desde el primer mes`,
    overtakes: (title, month) => `${title}: B supera a A de forma definitiva en el mes ${month}`,
    aheadFrom: (month) => `B delante desde ${month}`,
    description: (title, over, month, a, b) =>
      `Gráfico de líneas ${title} de la empresa A y la empresa B ${over}. En el mes ${month}: A ${a}, B ${b}.`,
    neverAhead: 'B nunca se mantiene por delante hasta el final.',
    staysAhead: (month) => `B se mantiene por delante desde el mes ${month}.`,
    companyA: 'Empresa A',
    companyB: 'Empresa B',
    columnA: (title) => `${title}, A`,
    columnB: (title) => `${title}, B`,
  },
  headcount: {
    today: 'Hoy',
    best: 'Óptimo',
    full: 'Cobertura completa',
    inspecting: 'En examen',
    none: (over) =>
      `Ningún tamaño de equipo se paga ${over}: cada CSM cuesta más que el margen bruto que aporta`,
    bestToday: (csms, net, over) => `${csms} rinden más: ${net} netos ${over}, y es el equipo actual`,
    bestNotToday: (csms, net, over, today, todayNet) =>
      `${csms} rinden más: ${net} netos ${over}; los ${today} actuales rinden ${todayNet}`,
    description: (over, upper, best, bestNet, today, todayNet, full) =>
      `Gráfico de líneas del beneficio neto ${over} y del ROI para equipos de CS de 0 a ${upper} CSM. Óptimo: ${best} con ${bestNet}. Hoy: ${today} con ${todayNet}. La cobertura completa requiere ${full}.`,
    netBenefit: (over) => `Beneficio neto ${over}`,
    roi: 'ROI',
    axis: 'CSM en el equipo',
    column: 'CSM',
  },
  teamSplit: {
    team: 'CSM en total',
    teamFixed: 'CSM en total (equipo fijo)',
    todayBest: 'Hoy, óptimo',
    none: (over) => `Ningún equipo total devuelve más de lo que cuesta ${over}`,
    best: (csms, net, over) => `${csms} en total, repartidos de la mejor forma, rinden más: ${net} ${over}`,
    description: (over, upper, best, net, today) =>
      `Gráfico de líneas del beneficio neto de toda la cartera ${over} para equipos totales de 0 a ${upper} CSM, cada uno repartido entre los segmentos de la mejor forma. Óptimo: ${best} con ${net}; el equipo actual es de ${today}.`,
    descriptionFixed: (over, upper, best, net, today) =>
      `Gráfico de líneas del beneficio neto de toda la cartera ${over} para equipos totales de 0 a ${upper} CSM, cada uno repartido entre los segmentos de la mejor forma, con el equipo fijo. Óptimo: ${best} con ${net}; el equipo actual es de ${today}.`,
    bestSplit: (over) => `Beneficio neto ${over}, mejor reparto`,
  },
  tornado: {
    nothing: (metric, none) => `Nada mueve ${metric}: este escenario tiene ${none}`,
    noInput: (metric) => `Ningún dato de entrada mueve ${metric} en este escenario`,
    most: (metric, input, low, high) => `${metric} se mueve más con «${input}»: de ${low} a ${high}`,
    down: (input, metric, value) => `Bajado a ${input}: ${metric} ${value}`,
    up: (input, metric, value) => `Subido a ${input}: ${metric} ${value}`,
    axis: (metric, value) => `Variación de ${metric} respecto a ${value}`,
    description: (metric, value, inputs) =>
      `Gráfico de tornado de ${metric}, hoy ${value}, con cada dato de entrada bajado y subido un paso. ${inputs}.`,
    input: (input, low, high) => `${input}: de ${low} a ${high}`,
    movedDown: 'Dato bajado',
    movedUp: 'Dato subido',
    inputColumn: 'Dato de entrada',
    downTo: 'Bajado a',
    downColumn: (metric) => `${metric}, a la baja`,
    upTo: 'Subido a',
    upColumn: (metric) => `${metric}, al alza`,
    swing: 'Amplitud',
  },
};
