import type { InputsWords } from '../en/inputs.ts';

export const inputs: InputsWords = {
  fields: {
    horizonMonths: { label: 'Horizonte', hint: 'Cuántos meses abarca la proyección.' },
    startingAccounts: {
      label: 'Cuentas de clientes hoy',
      hint: 'Cuentas de pago en el mes 0, todas ya incorporadas.',
    },
    newAccountsPerMonth: {
      label: 'Cuentas nuevas al mes',
      hint: 'Nuevos clientes de pago captados cada mes.',
    },
    arpa: {
      label: 'Ingresos por cuenta (MRR)',
      hint: 'Ingresos recurrentes mensuales de una cuenta nueva.',
    },
    cac: {
      label: 'Coste de adquisición (CAC)',
      hint: 'Coste comercial y de marketing de una nueva cuenta de pago.',
    },
    grossMargin: {
      label: 'Margen bruto',
      hint: 'Parte de los ingresos que queda tras el coste de prestar el servicio.',
    },
    annualDiscountRate: {
      label: 'Tasa de descuento (anual)',
      hint: 'Solo para el VAN (NPV): lo que vale hoy el dinero futuro.',
    },
    onboardingSuccess: {
      label: 'Éxito del onboarding (CR5)',
      hint: 'Parte de las cuentas nuevas que alcanzan un primer valor; el resto se va.',
    },
    timeToValueMonths: {
      label: 'Tiempo hasta el valor',
      hint: 'Meses desde la firma hasta que el onboarding tiene éxito o fracasa.',
    },
    monthlyChurn: {
      label: 'Abandono de clientes (CR6)',
      hint: 'Parte de las cuentas incorporadas que se pierde cada mes.',
    },
    monthlyContraction: {
      label: 'Contracción mensual',
      hint: 'Reducciones de plan: parte del MRR de las cuentas incorporadas que se pierde cada mes.',
    },
    expansionWinRate: {
      label: 'Tasa de éxito de expansión (CR7)',
      hint: 'Parte de las cuentas que amplían su contrato ante una oportunidad de expansión.',
    },
    expansionUplift: {
      label: 'Tamaño de la expansión',
      hint: 'Aumento del MRR que aporta una expansión con éxito.',
    },
    expansionsPerYear: {
      label: 'Oportunidades de expansión al año',
      hint: 'Con qué frecuencia se ofrece más a cada cuenta: solo en la renovación es 1.',
    },
    referralsPerAccountYear: {
      label: 'Recomendaciones por cuenta al año',
      hint: 'Cuentas nuevas que cada cuenta incorporada recomienda al año, sin CAC.',
    },
    csms: { label: 'CSM', hint: 'Customer Success Managers que hoy forman el equipo.' },
    csmAnnualCost: {
      label: 'Coste de un CSM (anual)',
      hint: 'Salario, beneficios sociales e impuestos de un CSM; sus responsables y herramientas se cuentan más abajo.',
    },
    csmHoursPerMonth: {
      label: 'Horas productivas por CSM al mes',
      hint: 'Horas que un CSM dedica a los clientes, no a reuniones.',
    },
    onboardingHoursPerAccount: {
      label: 'Horas de onboarding por cuenta nueva',
      hint: 'Tiempo de CSM para incorporar una cuenta, en su primer mes.',
    },
    impactHoursPerAccountMonth: {
      label: 'Horas por cuenta al mes',
      hint: 'Tiempo de CSM que cada cuenta necesita al mes para seguir obteniendo valor.',
    },
    'team.targetCoverage': {
      label: 'Objetivo de contratación (cobertura)',
      hint: 'Al contratar según la cobertura: la parte de las horas de CSM necesarias que aportan las nuevas incorporaciones.',
    },
    'team.rampMonths': {
      label: 'Rampa de un CSM nuevo',
      hint: 'Meses hasta que una nueva incorporación aporta horas; se le paga desde su mes de entrada.',
    },
    'team.csmsPerManager': {
      label: 'CSM por responsable',
      hint: 'Cuántos CSM dirige un responsable de CS.',
    },
    'team.managerAnnualCost': {
      label: 'Coste de un responsable de CS (anual)',
      hint: 'Coste total; 0 deja la dirección fuera del coste de CS.',
    },
    'team.toolingPerCsmYear': {
      label: 'Herramientas y operaciones por CSM (anual)',
      hint: 'Licencias de la plataforma de CS y operaciones, por CSM.',
    },
    digitalCoverage: {
      label: 'Alcance del programa digital',
      hint: 'Parte del efecto completo de CS que el tech-touch (correo, in-app, webinars) da a cada cuenta, sin horas de CSM.',
    },
    digitalCostPerAccountMonth: {
      label: 'Coste digital por cuenta al mes',
      hint: 'Lo que cuesta el programa digital por cada cuenta que atiende.',
    },
    digitalFixedCostPerYear: {
      label: 'Coste de la plataforma digital (anual)',
      hint: 'El coste fijo del programa digital, sea cual sea el número de cuentas.',
    },
  },
  groups: {
    business: 'El negocio',
    onboarding: 'Onboarding',
    retention: 'Retención',
    expansion: 'Expansión',
    csms: 'CSM',
    company: 'La empresa',
    team: 'El equipo de CS',
  },
  digitalPart: 'Programa digital',
  staffing: {
    label: 'Plantilla de CS',
    fixed: 'Mantener el equipo tal como está',
    hireToCoverage: 'Contratar para mantener la cobertura',
  },
  sides: { base: 'Sin CS', withCs: 'Con CS' },
  sideLabel: { base: (label) => `${label}, sin CS`, withCs: (label) => `${label}, con CS` },
  inSegment: (segment, label) => `${segment}: ${label}`,
  quote: (text) => `«${text}»`,
  hours: (hours) => `${hours} h`,
  perYear: (value) => `${value} al año`,
  perMonth: (value) => `${value} al mes`,
  suffix: {
    months: 'meses',
    hours: 'h',
    perYear: 'al año',
    perMonth: 'al mes',
    percentPerYear: '% al año',
    percentPerMonth: '% al mes',
  },
  churn: {
    enterAs: 'Introducir el abandono como',
    monthly: 'Mensual',
    annual: 'Anual',
    equals: (base, withCs) => `Equivale a ${base} sin CS y ${withCs} con CS.`,
  },
  lever: { withCs: (base, withCs) => `${base} → ${withCs} con CS` },
  entry: {
    keeps: (kept) => `así que se mantiene ${kept}`,
    staysBlank: 'así que el campo queda vacío',
    empty: (keeps) => `Vacío, ${keeps}.`,
    notANumber: (typed, keeps) => `${typed} no es un número, ${keeps}.`,
    tooLarge: (typed, keeps) => `${typed} es un número demasiado grande, ${keeps}.`,
    rounded: (onScreen, used) => `Se muestra como ${onScreen}; la calculadora usa ${used}.`,
  },
  problems: {
    given: { nothing: 'nada', empty: 'vacío', list: 'una lista', other: 'un valor de otro tipo' },
    quoted: (text) => `«${text}»`,
    tooManySegments: (had, used) =>
      `El escenario tenía ${had}; la calculadora admite ${used}, así que se conservan los ${used} primeros.`,
    noSegments: 'El escenario no tenía segmentos, así que se usa el segmento predeterminado.',
    notATeam: (given) =>
      `La política de equipo era ${given}, que no es una política, así que se usa el equipo predeterminado (fijo, sin otros costes).`,
    unknownStaffing: (given, used) =>
      `Plantilla: ${given} no es una política de plantilla, así que se usa «${used}».`,
    nameChanged: (given, used) => `El nombre de segmento ${given} se muestra como «${used}».`,
    nameChangedIn: (segment, given, used) =>
      `${segment}: el nombre de segmento ${given} se muestra como «${used}».`,
    missing: (label, used) => `Faltaba ${label}, así que se usa el valor predeterminado ${used}.`,
    notANumber: (label, given, used) =>
      `${label}: ${given} no es un número, así que se usa el valor predeterminado ${used}.`,
    negligible: (label, given, used) =>
      `${label}: ${given} es demasiado pequeño para significar algo, así que se usa ${used}.`,
    belowMinimum: (label, given, used) =>
      `${label}: ${given} está por debajo del valor mínimo permitido, así que se usa ${used}.`,
    aboveMaximum: (label, given, used) =>
      `${label}: ${given} está por encima del valor máximo permitido, así que se usa ${used}.`,
    notWhole: (label, used) => `${label} debe ser un número entero, así que se usa ${used}.`,
    segmentCount: { one: '# segmento', other: '# segmentos' },
  },
  segments: {
    title: 'Segmentos',
    all: 'Todas las cuentas',
    numbered: (n) => `Segmento ${n}`,
    copyOf: (name) => `Copia de ${name}`,
    name: 'Nombre del segmento',
    remove: (name) => `Eliminar ${name}`,
    add: 'Añadir un segmento',
    addButton: 'Añadir segmento',
    aCopyOf: (name) => `Una copia de ${name}`,
    full: (max) => `${max} segmentos es el máximo que admite la calculadora; elimine uno para añadir otro.`,
    upTo: (max) => `Hasta ${max} segmentos; el equipo de CS y las cifras de la empresa son comunes a todos.`,
    refused: (max) => `La calculadora admite ${max} segmentos; elimine uno para añadir otro.`,
    markup: (source, name) =>
      `${source}: el nombre de segmento ${name} parece marcado HTML; se conserva tal como está escrito y se muestra como texto sin formato, nunca se ejecuta.`,
  },
  templates: {
    enterprise: 'Grandes cuentas, high-touch',
    'mid-market': 'Mid-market compartido',
    smb: 'Pymes digital / tech-touch',
  },
  table: {
    title: 'Por segmento',
    note: (months) =>
      `En ${months} meses; NRR en el mes ${months}; coste de CS sobre el ARR en el mes ${months}. «Óptimo» es el equipo con el mayor beneficio neto para el segmento, con el equipo fijo.`,
    region: 'Segmentos, por columna',
    total: 'Cartera completa',
    noCsCost: 'Sin coste de CS',
    columns: {
      name: 'Segmento',
      roi: 'ROI',
      netBenefit: 'Beneficio neto',
      nrr: 'NRR',
      coverage: 'Cobertura',
      csms: 'CSM hoy',
      recommended: 'Recomendado',
      best: 'Óptimo',
      csCostShare: 'Coste de CS / ARR',
    },
  },
  undo: { group: 'Deshacer y rehacer', undo: 'Deshacer', redo: 'Rehacer' },
  scenario: { label: 'Escenario: ', edited: ' (modificado)' },
  results: {
    group: 'Resultados principales',
    roi: 'ROI',
    payback: 'Recuperación',
    netBenefit: 'Beneficio neto',
  },
  print: { region: 'Supuestos para imprimir', title: 'Supuestos' },
  notices: {
    from: (source, text) => `${source}: ${text}`,
    dismiss: 'Cerrar este aviso',
    earlier: (count, texts) => `${count} avisos anteriores: ${texts}`,
    noPreset: (id) => `No hay ninguna plantilla llamada ${id}; el escenario no cambia.`,
  },
  sources: { link: 'El enlace', settings: 'Ajustes', segmentName: 'Nombre del segmento' },
  settings: {
    currency: (given, used) => `La moneda ${given} no se conoce, así que se usa ${used}.`,
    locale: (given, used) =>
      `Este navegador no conoce el formato de números ${given}, así que se usa ${used}.`,
    theme: (given, used) => `El tema ${given} no se conoce, así que se usa el tema ${used}.`,
    themes: { system: 'sistema', light: 'claro', dark: 'oscuro' },
    language: (given, used) => `La calculadora no habla el idioma ${given}, así que habla ${used}.`,
  },
  link: {
    tooLong: (chars) =>
      `El enlace es demasiado largo para ser un escenario (${chars} caracteres), así que se ha ignorado y el escenario mostrado no cambia.`,
    newer:
      'El enlace se creó con una versión más reciente de la calculadora; se usan las partes que esta versión entiende.',
    unknownVersion: (version) =>
      `La versión de enlace ${version} no se conoce; se ha leído como la versión actual.`,
    tooManySegments: (had, max) =>
      `El enlace tiene ${had} segmentos; la calculadora admite ${max}, así que se usan los ${max} primeros y el resto se descarta.`,
    unknownParts: (named) =>
      `El enlace tiene partes que esta calculadora no conoce (${named}); se han ignorado.`,
    andMore: (named, more) => `${named} y ${more} más`,
    missingName: 'el nombre del segmento',
    missingIn: (label, segment) => `${label} del segmento ${segment}`,
    missingOne: (source, named) => `${source} no incluía: ${named}; así que se usa el valor predeterminado.`,
    missingMany: (source, named) =>
      `${source} no incluía: ${named}; así que se usan los valores predeterminados.`,
    presenterUnknown: (source, named) =>
      `${source}: el modo presentación nombra entradas que no existen (${named}); se han descartado.`,
  },
  embed: {
    cta: 'Hable con nosotros',
    showList: 'lista de entradas visibles',
    lockList: 'lista de entradas bloqueadas',
    listTooLong: (list, max, left) =>
      left === 1
        ? `La ${list} de la inserción supera los ${max} caracteres, así que se ha descartado su último nombre.`
        : `La ${list} de la inserción supera los ${max} caracteres, así que se han descartado sus ${left} últimos nombres.`,
    unknownInputs: (list, named) =>
      `La ${list} de la inserción nombra entradas que no existen (${named}); se han descartado.`,
    accent: (given) =>
      `El color de acento ${given} no es un color como #1d4ed8, así que se usa el azul habitual.`,
    ctaLink: 'El enlace de la llamada a la acción no es una dirección http o https, así que no se muestra.',
    attributeTooLong: (name, max) =>
      `El atributo ${name} superaba los ${max} caracteres, así que se ha ignorado.`,
  },
  saved: {
    onScreen: 'El escenario en pantalla no cambia; copie su enlace para conservarlo.',
    blocked:
      'Este navegador no permite a la calculadora guardar aquí (la navegación privada o una página insertada pueden impedirlo).',
    damaged:
      'Los escenarios guardados en este navegador están dañados y no se han podido leer. Bórrelos para empezar una lista nueva. El escenario en pantalla no cambia.',
    full: 'El almacenamiento del navegador está lleno. Elimine un escenario guardado y vuelva a intentarlo.',
    fullNamed: (name) =>
      `El almacenamiento del navegador está lleno, así que «${name}» no se ha guardado. Elimine un escenario guardado y vuelva a intentarlo.`,
    newer:
      'Los escenarios guardados proceden de una versión más reciente de la calculadora y se dejan como están. El escenario en pantalla no cambia.',
    skippedOne:
      '1 escenario guardado no se ha podido leer, así que no se muestra; sigue almacenado tal como estaba.',
    skipped: (count) =>
      `${count} escenarios guardados no se han podido leer, así que no se muestran; siguen almacenados tal como estaban.`,
    firstOnly: (max, count) =>
      `Solo se muestran los ${max} primeros de ${count} escenarios guardados; los demás siguen almacenados.`,
    needName: 'Dé un nombre al escenario para guardarlo.',
    tooLarge: 'Este escenario es demasiado grande para guardarlo.',
    tooManyFor: (max, name) => `Ya hay ${max} escenarios guardados; elimine uno para guardar «${name}».`,
    tooMany: (max) => `Ya hay ${max} escenarios guardados.`,
    nameNeeded: 'Un escenario necesita un nombre.',
    nameTaken: (name) => `Ya hay un escenario llamado «${name}».`,
    gone: 'Ese escenario ya no está guardado.',
    notPutBack: (name) => `Ya hay un escenario llamado «${name}», así que el eliminado no se ha restaurado.`,
  },
  presets: {
    typical: {
      label: 'Mid-market, ACV de 36k (valores predeterminados)',
      description:
        '400 cuentas a 3.000 al mes, 10 nuevas al mes, diez CSM con 40 cuentas cada uno, cada vez más cargados a medida que crece la cartera.',
    },
    smb: {
      label: 'Pymes, ACV de 6k',
      description:
        '3.000 cuentas a 500 al mes, 100 nuevas al mes, diez CSM compartidos con 300 cuentas cada uno.',
    },
    enterprise: {
      label: 'Grandes cuentas, ACV de 144k',
      description:
        '100 cuentas a 12.000 al mes, 2 nuevas al mes, ocho CSM asignados con unas 12 cuentas cada uno.',
    },
    understaffed: {
      label: 'Equipo de CS con poca plantilla',
      description: '1.200 cuentas y tres CSM: la mayoría de las cuentas nunca sabe nada de CS.',
    },
    expansion: {
      label: 'Expansión frecuente',
      description:
        'Precios por uso: CS mantiene una conversación de expansión cada trimestre, no solo en la renovación.',
    },
    race: {
      label: 'Carrera entre adquisición y retención',
      description:
        'La empresa A del artículo: 100 cuentas nuevas al mes con un 10 % de abandono mensual. Un programa de CS lleva el abandono al 5 % de la empresa B.',
    },
    'three-tier': {
      label: 'Organización de CS en tres niveles',
      description:
        'Grandes cuentas high-touch, mid-market compartido y pymes en digital: las pymes se recuperan antes, las grandes cuentas sostienen el NRR y al mid-market le faltan CSM.',
    },
  },
  presetSources: {
    names: {
      saasCapital:
        'Referencias de retención de SaaS Capital (según alexisfairbanks.com y saasventurecapital.com)',
      csmRatios: 'Proporción de CSM por cliente, lyniro.com',
      csmCost: 'Coste total de un CSM, metricrig.com',
      csmHours: 'Planificación de capacidad de los CSM, cynthiabalusek.com',
      bessemer: 'Bessemer Venture Partners, «Law 6: build a revenue engine»',
      csSpend: 'Gasto en CS como parte de los ingresos, humanr.ai',
      own: 'Criterio de este proyecto',
      article: 'Las empresas A y B del artículo de partida (la comprobación numérica de docs/model.md)',
    },
    took: {
      commonHours: 'unas 130 horas productivas por CSM al mes',
      commonSpend:
        'gasto en CS cercano al 10 % de los ingresos, 15 % del ARR como techo (una comprobación, no una entrada)',
      commonEffect:
        'CS reduce el abandono mensual entre tres octavos y dos quintos e impulsa la expansión: ningún estudio público mide el efecto de un programa de CS; estos valores quedan por debajo de las alertas de la aplicación (abandono reducido a la mitad, NRR 15 puntos más)',
      midMarketRetention: 'ACV de 25–50k: NRR mediano de un 103 %, GRR de un 92 %; ACV de 36k, 3.000 al mes',
      midMarketRatio: '1:20–75 cuentas por CSM en mid-market: 40 hoy',
      midMarketCost: '145–210k de coste total por CSM al año: 175k',
      midMarketCac: 'CAC recuperado en 6–18 meses: un CAC de 35k son 15 meses de margen bruto',
      smbRetention: 'ACV inferior a 12k: NRR mediano de un 100 %, GRR de un 90 %; ACV de 6k, 500 al mes',
      smbRatio: '1:100–500 cuentas por CSM compartido en pymes: 300 hoy',
      smbCost: '145–210k de coste total, a menudo menos para los CSM compartidos de pymes: 145k',
      smbCac: 'CAC recuperado en 6–18 meses en pymes: un CAC de 5k son 13 meses',
      enterpriseRetention:
        'ACV superior a 100k: NRR mediano de un 107–110 %, GRR de un 93 %; ACV de 144k, 12.000 al mes',
      enterpriseRatio: '1:5–15 cuentas por CSM high-touch: unas 12 hoy',
      enterpriseCost: '145–210k de coste total: 210k para los CSM de grandes cuentas',
      enterpriseCac: 'recuperación del CAC: un CAC de 150k son 16 meses de margen bruto',
      understaffedStory: 'el supuesto: el triple de cuentas y tres CSM en la parte baja del rango de costes',
      expansionStory: 'el supuesto: conversaciones de expansión trimestrales, cada una más pequeña',
      raceArticle:
        '100 y 50 cuentas nuevas al mes con un 10 % y un 5 % de abandono mensual, 50 al mes, CAC de 100',
      raceStory: 'seis CSM a 60k que llevan el abandono de A al de B: ilustrativo, no medido',
      tierRetention:
        'retención por tramo de ACV en cada nivel: más de 100k (grandes cuentas), 25–50k (mid-market), menos de 12k (pymes)',
      tierRatios:
        'carteras de 1:5–15 (grandes cuentas), 1:20–75 (mid-market) y 1:100–500 (pymes, con un programa digital)',
      tierCost:
        '145–210k de coste total por CSM al año: 190k grandes cuentas, 150k mid-market, 95k pymes compartidas (por debajo del rango, como suele ocurrir con los CSM compartidos)',
      tierStory:
        'el supuesto: ocho CSM de grandes cuentas, tres en mid-market, dos CSM compartidos de pymes con un programa digital',
    },
  },
};
