import type { KpisWords } from '../en/kpis.ts';

export const kpis: KpisWords = {
  span: {
    months: { one: '# mes', other: '# meses' },
    overMonths: { one: 'en # mes', other: 'en # meses' },
    withinMonths: { one: 'en # mes', other: 'en # meses' },
  },
  figures: {
    roi: {
      label: 'ROI del programa de CS',
      formula:
        '(Margen bruto con CS − margen bruto sin CS − coste de CS) ÷ coste de CS, sumado a lo largo del horizonte.',
      meaning:
        'Lo que devuelve cada unidad invertida en CS a lo largo del horizonte, una vez cubierto su propio coste: un 150 % significa que cada unidad de coste de CS volvió como 2,50 de margen bruto adicional.',
      spreadsheet:
        'Calcular la tabla mensual con y sin CS. Por mes, margen bruto adicional = margen bruto con CS − margen bruto sin CS. Coste de CS mensual = CSM × coste anual ÷ 12. ROI = (Σ margen bruto adicional − Σ coste de CS) ÷ Σ coste de CS, de los meses 1 a H.',
    },
    'net-benefit': { label: 'Beneficio neto en el horizonte' },
    'cs-cost': { label: 'Coste de CS en el horizonte' },
    payback: {
      label: 'Mes de recuperación',
      cardLabel: () => 'Recuperación',
      formula:
        'Primer mes a partir del cual el acumulado (margen bruto adicional − coste de CS) se mantiene en cero o por encima hasta el final del horizonte.',
      meaning:
        'El mes a partir del cual el programa ha devuelto, en total, más de lo que ha costado, y se mantiene así.',
      spreadsheet:
        'Llevar un total acumulado de (margen bruto adicional − coste de CS) mes a mes. La recuperación es el primer mes a partir del cual ese acumulado está en cero o por encima en cada mes posterior hasta el final del horizonte.',
    },
    npv: {
      label: 'Valor actual neto (VAN)',
      formula:
        'Σ beneficio neto mensual ÷ (1 + i)^t, siendo i el tipo mensual equivalente a la tasa de descuento anual.',
      meaning:
        'El beneficio neto en dinero de hoy: los meses posteriores cuentan menos, según la tasa de descuento.',
      spreadsheet:
        'Tipo mensual i = (1 + tipo anual)^(1/12) − 1. VAN = Σ de los meses t = 1..H de (margen bruto adicional − coste de CS) del mes t ÷ (1 + i)^t.',
    },
    'arr-lift': {
      label: 'Aumento del ARR al final del horizonte',
      cardLabel: (month) => `Aumento del ARR en el mes ${month}`,
      formula: '12 × (MRR con CS − MRR sin CS) al final del horizonte.',
      meaning: 'Cuánto más ingreso recurrente anual genera el negocio al final gracias a CS.',
      spreadsheet:
        '12 × (MRR con CS − MRR sin CS) en el mes H. Clientes retenidos = clientes con CS − clientes sin CS, en el mes H.',
    },
    'arr-with-cs': {
      label: 'ARR al final del horizonte',
      cardLabel: (month) => `ARR en el mes ${month}, con CS`,
      formula: '12 × MRR al final del horizonte, con el equipo de CS tal como está dimensionado.',
      meaning:
        'Ingreso recurrente anual al final del horizonte, con el equipo de CS tal como está dimensionado.',
      spreadsheet: '12 × MRR en el mes H de la tabla con CS.',
    },
    accounts: { label: 'Clientes al final del horizonte' },
    'arr-without-cs': {
      label: 'ARR al final del horizonte, sin CS',
      cardLabel: (month) => `ARR en el mes ${month}, sin CS`,
      formula: '12 × MRR al final del horizonte sin programa de CS: cada palanca en su valor sin CS.',
      meaning: 'Ingreso recurrente anual al final del horizonte sin ningún programa de CS.',
      spreadsheet: '12 × MRR en el mes H de la tabla sin CS (cada palanca en su valor sin CS).',
    },
    nrr: {
      label: 'Retención neta de ingresos (NRR)',
      formula:
        'MRR actual de los clientes que había hace 12 meses ÷ su MRR de entonces (12 meses móviles, al final del horizonte).',
      meaning:
        'Si los clientes existentes aumentan o reducen su gasto en un año, sin contar los nuevos: por encima del 100 % crecen por sí solos.',
      spreadsheet:
        'Tomar todos los clientes en cartera al final del mes H − 12. Seguir solo a ellos (sin altas posteriores) hasta el mes H con las mismas tasas mensuales de bajas, contracción y expansión; los clientes aún en onboarding cuentan con el ARPA y pierden sus fallidos cuando se resuelven. NRR = su MRR en el mes H ÷ su MRR en el mes H − 12.',
    },
    grr: {
      label: 'Retención bruta de ingresos (GRR)',
      formula:
        'Como la NRR, sin la expansión: solo cuentan las bajas, la contracción y los onboardings fallidos.',
      meaning:
        'El mismo año de clientes existentes, contando solo lo que se pierde: nunca puede superar el 100 %.',
      spreadsheet:
        'Como la NRR, pero su MRR en el mes H se recalcula sin expansión: MRR en el mes H − 12 × el producto de los factores mensuales de bajas, contracción y onboarding fallido de los meses H − 11 a H.',
    },
    'logo-retention': {
      label: 'Retención de logos, 12 meses móviles',
      formula: 'Número actual de los clientes que había hace 12 meses ÷ su número de entonces.',
      meaning:
        'La proporción de clientes (no de ingresos) de hace un año que siguen con usted, incluidos los onboardings fallidos. No es lo mismo que la tasa anual de retención de logos 1 − bajas anuales que mueve «¿Retención o adquisición?», que solo cuenta las bajas de clientes ya incorporados.',
      spreadsheet: 'Clientes de ese mismo grupo en el mes H ÷ su número en el mes H − 12.',
    },
    clv: {
      label: 'Valor de vida del cliente (CLV)',
      formula:
        'Margen bruto de un cliente nuevo a lo largo de 120 meses, con la cobertura media que da el equipo.',
      meaning:
        'Lo que vale un cliente nuevo en margen bruto a lo largo de diez años, con la cobertura que da el equipo.',
      spreadsheet:
        'Un cliente, 120 filas mensuales: paga el ARPA durante el onboarding; en su mes de time-to-value solo queda la parte de éxito; después su MRR se multiplica cada mes por (1 − bajas) × (1 − contracción) × (1 + g). CLV = margen bruto × Σ MRR, palancas con la cobertura media del equipo (0 para «sin CS»).',
    },
    'ltv-cac': {
      label: 'Relación LTV : CAC',
      formula: 'Valor de vida del cliente ÷ coste de adquisición de un cliente.',
      meaning: 'Cuántas veces un cliente nuevo devuelve lo que costó conseguirlo; 3× es un umbral habitual.',
      spreadsheet: 'CLV dividido entre CAC.',
    },
    'equivalent-logos': {
      label: 'Logos nuevos equivalentes',
      formula: 'Aumento del MRR al final del horizonte ÷ ingreso por cliente nuevo.',
      meaning: 'Cuántos clientes más tendría que ganar Ventas para sumar el MRR que aporta CS.',
      spreadsheet: '(MRR con CS − MRR sin CS) en el mes H ÷ ARPA.',
    },
    'acquisition-avoided': {
      label: 'Gasto de adquisición evitado',
      formula: 'Logos nuevos equivalentes × CAC: lo que Ventas gastaría para ganar el mismo MRR.',
      meaning: 'Lo que Ventas y Marketing gastarían para conseguir esos clientes en su lugar.',
      spreadsheet: 'Logos nuevos equivalentes × CAC.',
    },
    'recommended-csms': {
      label: 'CSM recomendados',
      formula:
        'Equipo más pequeño cuyas horas cubren el onboarding y las horas de seguimiento en cada mes del horizonte.',
      meaning:
        'El equipo más pequeño que da a cada cliente las horas que necesita, en cada mes del horizonte.',
      spreadsheet:
        'Calcular la tabla con la cobertura forzada al 100 %. Horas necesarias en el mes t = horas de seguimiento × todos los clientes al final del mes t − 1 + horas de onboarding × altas del mes t. El equipo es el mayor de esos valores ÷ horas de un CSM al mes, redondeado hacia arriba (al menos 1).',
    },
    'accounts-per-csm': {
      label: 'Clientes por CSM al final del horizonte',
      cardLabel: (month) => `Clientes por CSM en el mes ${month}`,
      formula:
        'Clientes al final del horizonte ÷ CSM. La proporción adecuada depende de las horas de seguimiento, no de los ingresos.',
      meaning:
        'La cartera que lleva cada CSM al final; la proporción adecuada depende de las horas, no de los ingresos.',
      spreadsheet: 'Clientes en el mes H ÷ CSM (y ÷ el equipo recomendado, para comparar).',
    },
    coverage: {
      label: 'Cobertura media de CS',
      cardLabel: () => 'Cobertura de CS',
      formula: 'Horas de CSM disponibles ÷ horas necesarias, con un máximo del 100 %, promediadas por meses.',
      meaning:
        'Qué parte del tiempo de CS que necesitan los clientes puede dar el equipo; por debajo del 100 % las palancas con CS solo actúan en parte.',
      spreadsheet:
        'Por mes: k = 0 sin CSM, 1 si no se necesitan horas, si no min(1, CSM × horas de CSM ÷ horas necesarias). La tarjeta muestra la media de k en los meses 1 a H y su mes más bajo.',
    },
    'roi-year-1': {
      label: 'ROI del programa de CS en el primer año',
      cardLabel: () => 'ROI por año',
      formula:
        'Dentro de cada año del horizonte: (margen bruto adicional − coste de CS) ÷ coste de CS de ese año.',
      meaning:
        'Cuándo se paga el programa: un primer año negativo es lo habitual, porque las mejoras de onboarding y retención se acumulan en la cartera mes a mes.',
      spreadsheet:
        'A partir de la tabla mensual, por año (meses 1–12, 13–24, …): (Σ margen bruto adicional − Σ coste de CS) ÷ Σ coste de CS. Un último año incompleto cuenta sus propios meses.',
    },
    'cs-cost-share': {
      label: 'Coste de CS como parte del ARR, al final del horizonte',
      cardLabel: () => 'Peso del coste de CS en el ARR',
      formula:
        'Coste de CS del último mes ÷ MRR del último mes, con CS (equivale a coste anual de CS ÷ ARR).',
      meaning:
        'Lo que cuesta CS frente a los ingresos que atiende; los estudios publicados sitúan el gasto en CS cerca del 10 % de los ingresos.',
      spreadsheet: 'Coste de CS en el mes H ÷ MRR en el mes H, de la tabla mensual con CS.',
    },
  },
  cards: {
    withoutCs: (value) => `${value} sin CS`,
    accounts: (count) => `${count} clientes`,
    noCsCost: 'Sin coste de CS',
    noArpa: 'Sin ARPA',
    retention: {
      needs12: 'Requiere 12 meses',
      shortHorizon: (months) => `El horizonte es de ${months}; la retención móvil requiere 12.`,
    },
    roi: {
      noProgram: 'Sin CSM no hay programa que rentabilizar.',
      net: (net, cost, over) => `${net} netos sobre ${cost} de coste de CS ${over}`,
      netNpvNegative: (net, cost, over) =>
        `${net} netos sobre ${cost} de coste de CS ${over}; descontado, pierde dinero (VAN negativo)`,
    },
    payback: {
      month: (month) => `Mes ${month}`,
      paidBack: 'A partir de este mes, el programa ha devuelto más de lo que costó.',
      paidBackNpvNegative:
        'A partir de este mes ha devuelto más de lo que costó, en sumas sin descontar; su VAN es negativo.',
      notWithin: (within) => `No ${within}`,
      cumulative: (amount, month) => `Beneficio neto acumulado de ${amount} en el mes ${month}.`,
      nothing: 'Nada que recuperar',
      free: 'El programa no cuesta nada.',
    },
    npv: { discounted: (rate) => `Beneficio neto descontado al ${rate} anual` },
    arrLift: {
      fewer: (count) => `${count} clientes menos que sin CS`,
      more: (count) => `${count} clientes más que sin CS`,
    },
    ltvCac: { noCac: 'Sin CAC', free: 'La adquisición es gratuita' },
    logos: { detail: 'Clientes nuevos necesarios para sumar el mismo MRR' },
    avoided: {
      oneSegment: (cac) => `Logos equivalentes × ${cac} de CAC`,
      segments: 'Logos equivalentes de cada segmento × su CAC',
    },
    recommended: {
      detail: (csms) => `Tiene ${csms}; esta cifra cubre por completo cada mes`,
    },
    perCsm: {
      none: 'Sin CSM',
      recommended: (count) => `${count} con el equipo recomendado`,
    },
    coverage: {
      lowest: (lowest, month) => `Media; mínimo del ${lowest} en el mes ${month}`,
      full: 'Todos los meses cubiertos por completo',
    },
    roiByYear: {
      first: (roi) => `Año 1: ${roi}`,
      later: (year, roi) => `año ${year}: ${roi}`,
      noCost: 'sin coste de CS',
      oneYear: 'El horizonte es de un año o menos.',
    },
    costShare: {
      noArr: 'Sin ARR',
      detail: (month) => `En el mes ${month}: coste anual de CS ÷ ARR con CS`,
    },
  },
  segmentFigures: {
    roi: 'ROI del programa de CS',
    netBenefit: 'Beneficio neto',
    nrr: 'Retención neta de ingresos (NRR)',
    coverage: 'Cobertura media de CS',
    csms: 'CSM',
    recommended: 'CSM recomendados',
    best: 'Mejor equipo (fijo)',
    costShare: 'Peso del coste de CS en el ARR',
    clv: 'Valor de vida del cliente (CLV)',
    ltvCac: 'Relación LTV : CAC',
    named: (segment, label) => `${segment}: ${label}`,
  },
  grid: {
    label: 'Cifras clave',
    card: (label, value) => `${label}: ${value}`,
    howComputed: (label) => `Cómo se calcula «${label}»`,
  },
  metrics: {
    label: {
      roi: 'ROI',
      netBenefit: 'Beneficio neto',
      npv: 'Valor actual neto (VAN)',
      endingArrLift: 'Aumento del ARR al final del horizonte',
      paybackMonth: 'Mes de recuperación',
      nrr: 'NRR al final del horizonte',
      endingArr: 'ARR al final del horizonte',
    },
    none: {
      roi: 'sin ROI (sin coste de CS)',
      netBenefit: 'sin beneficio neto',
      npv: 'sin valor actual neto',
      endingArrLift: 'sin aumento del ARR',
      paybackMonth: 'sin recuperación',
      nrr: 'sin NRR (requiere 12 meses)',
      endingArr: 'sin ARR',
    },
    month: (month) => `mes ${month}`,
    points: (points) => `${points} pp`,
    months: (months) => `${months} m`,
  },
  cautions: {
    label: 'Advertencias sobre este escenario',
    one: 'Una advertencia sobre este escenario',
    illustrative:
      'Escenario ilustrativo: supone efectos de CS mayores que los que recogen los estudios publicados.',
    inSegment: (segment, text) => `${segment}: ${text}`,
    churnCut: {
      scenario: (from, to, cut) =>
        `CS reduce la tasa mensual de bajas de logos del ${from} al ${to}, un ${cut} menos.`,
      studies:
        'Ningún estudio público que conozcamos recoge un programa de CS que reduzca las bajas a menos de la mitad; los modelos basados en referencias usan entre un tercio y dos quintos.',
    },
    ttvCut: {
      scenario: (from, to) => `CS reduce el time-to-value de ${from} a ${to}.`,
      studies:
        'Ningún estudio público que conozcamos recoge un onboarding que reduzca el time-to-value en más de dos tercios.',
    },
    nrrLift: {
      assumption: 'Las palancas de expansión y de bajas con CS',
      scenario: (month, from, to, points) =>
        `CS eleva la NRR en el mes ${month} del ${from} al ${to}, ${points} puntos.`,
      studies:
        'Ningún estudio público que conozcamos recoge que CS eleve la NRR más de 10–15 puntos; la NRR mediana ronda el 100–110 % según el tamaño del contrato (SaaS Capital, 2023).',
    },
    costShare: {
      assumption: 'Los CSM y su coste',
      scenario: (share, month) => `CS cuesta el ${share} del ARR en el mes ${month}.`,
      studies:
        'Un gasto en CS cercano al 10 % de los ingresos es habitual; el 15 % del ARR se cita como techo (humanr.ai).',
    },
  },
  summary: {
    noCsms: (recommended) =>
      `Sin CSM no hay programa que valorar. Añada CSM para ver lo que devolverían ${recommended} de ellos.`,
    story: (s) => [
      `En ${s.months}, un equipo de CS de ${s.csms} cuesta `,
      s.cost,
      ` y ${s.gains ? 'devuelve' : 'pierde'} `,
      s.net,
      ' netos de ese coste: un ROI del ',
      s.roi,
    ],
    noPayback: (within) => `, sin recuperación ${within}.`,
    paidBack: (month) => `, recuperado en el mes ${month}.`,
    needs: (csms) => `La cartera necesita ${csms} CSM para cubrir cada mes.`,
    covers: 'El equipo cubre cada mes.',
  },
};
