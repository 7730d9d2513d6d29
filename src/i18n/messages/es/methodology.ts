import type { MethodologyWords } from '../en/methodology.ts';

export const methodology: MethodologyWords = {
  intro:
    'Todo lo que aparece en esta página procede de una única tabla mensual, calculada dos veces: con el equipo de CS tal como se ha introducido y sin ningún CSM. Con los pasos de abajo y los datos de la izquierda, cada cifra puede reconstruirse en una hoja de cálculo.',
  kpisHeading: 'Las cifras clave',
  formula: 'Fórmula',
  meaning: 'Qué significa',
  spreadsheet: 'En una hoja de cálculo',
  monthHeading: 'Un mes, paso a paso',
  monthIntro:
    'El mes 0 es la cartera inicial: las cuentas actuales, todas ya incorporadas, cada una al ARPA. Los meses 1 a H siguen estos pasos, en este orden:',
  monthSteps: [
    'Cuentas nuevas: las cuentas nuevas captadas, más los referidos = referidos por cuenta al año ÷ 12 × cuentas incorporadas al cierre del mes anterior (las cuentas referidas no cuestan CAC).',
    'Cobertura k: horas necesarias = horas de atención × todas las cuentas al cierre del mes anterior + horas de onboarding × cuentas nuevas del mes; k = min(1, número de CSM × horas por CSM ÷ horas necesarias), 0 sin CSM, 1 si no se necesitan horas.',
    'Palancas vigentes: cada palanca = valor sin CS + k × (valor con CS − valor sin CS). El tiempo hasta el valor se redondea al mes entero más próximo (la mitad hacia arriba). Crecimiento mensual por expansión g = (1 + tasa de éxito × tamaño de la expansión)^(oportunidades al año ÷ 12) − 1.',
    'Cuentas incorporadas: primero el churn (cuentas y MRR × (1 − tasa de churn)), después la contracción sobre lo que queda (MRR × (1 − tasa de contracción)) y luego la expansión (MRR × (1 + g)).',
    'Cohortes en onboarding cuyo tiempo hasta el valor termina este mes: los fracasos (1 − la tasa de éxito fijada al incorporarse) se van y su MRR cuenta como churn; el resto pasa a cuentas incorporadas y sigue el paso 4 desde el mes siguiente.',
    'La nueva cohorte entra al ARPA por cuenta, con la tasa de éxito y el tiempo hasta el valor del mes. Con un tiempo hasta el valor de 0 solo entra la parte que tiene éxito y los fracasos nunca pagan; si no, todas entran en onboarding, pagan el ARPA y no tienen churn ni expansión hasta que se resuelve su onboarding.',
  ],
  rowFormulas: [
    'MRR = MRR de las cuentas incorporadas + cuentas en onboarding × ARPA; ingresos del mes = su MRR.',
    'Beneficio bruto = margen bruto × ingresos. Gasto en CAC = cuentas nuevas captadas × CAC (los referidos son gratuitos). Coste de CS = número de CSM × coste anual ÷ 12.',
    'Contribución = beneficio bruto − gasto en CAC − coste de CS; la contribución acumulada es su suma corriente.',
    'Cada mes: MRR = MRR del mes anterior + MRR nuevo + expansión − contracción − MRR perdido por churn.',
  ],
  decisionsHeading: 'Decisiones de modelización',
  decisionsIntro:
    'Cada una está escrita en la línea del modelo que la aplica; esta lista se lee del propio modelo.',
  noteTopics: {
    inputs: 'Datos de entrada',
    validation: 'Validación',
    monthLoop: 'Bucle mensual',
    levers: 'Palancas',
    units: 'Unidades',
    programValue: 'Valor del programa',
    teamSize: 'Tamaño del equipo',
    lifetimeValue: 'Valor de vida del cliente',
    race: 'Carrera',
    cohorts: 'Cohortes',
    sensitivity: 'Sensibilidad',
    retentionGain: 'Ganancia de retención',
    goalSeek: 'Búsqueda de objetivo',
    uncertainty: 'Incertidumbre',
  },
  modelNotes: {
    'a decimal string ("0.05", "1e3") counts as that number, since links and attributes carry text; anything else that is not a number (hex, "12abc", booleans, objects) is not one.':
      'un número decimal escrito como texto («0.05», «1e3») cuenta como ese número, ya que los enlaces y los atributos transportan texto; cualquier otra cosa que no sea un número (hexadecimal, «12abc», booleanos, objetos) no lo es.',
    "a value a billionth of its field's range or less (every subnormal among them) changes no figure a person can see, but it can make a ratio explode (a CSM costing 1e-100 a year gives an ROI of 1e100) or stall a chart's tick search; so it counts as 0, then is clamped to the field's minimum like any value.":
      'un valor de una milmillonésima del rango del campo o menos (incluido todo número subnormal) no cambia ninguna cifra visible, pero puede disparar un cociente (un CSM que cueste 1e-100 al año daría un ROI de 1e100) o bloquear la búsqueda de marcas de un gráfico; por eso cuenta como 0 y después se ajusta al mínimo del campo como cualquier valor.',
    'control characters and line breaks become spaces rather than vanishing, and runs of space fold, so "North\\nAmerica" reads "North America", not "NorthAmerica".':
      'los caracteres de control y los saltos de línea se convierten en espacios en lugar de desaparecer, y los espacios seguidos se reducen a uno, de modo que «North\\nAmerica» se lee «North America», no «NorthAmerica».',
    'a team policy left out entirely, or a field of it, takes the default quietly: version-1 scenarios have none, and the defaults are exactly the version-1 team (fixed, no other cost).':
      'una política de equipo ausente por completo, o uno de sus campos, toma sin aviso el valor predeterminado: los escenarios de la versión 1 no la tienen, y los valores predeterminados son exactamente el equipo de la versión 1 (fijo, sin otros costes).',
    'the version-1 shape: its one segment takes the default name quietly, and so do the fields version 1 did not have, so an old link or saved scenario opens with its numbers and no notice.':
      'la forma de la versión 1: su único segmento toma sin aviso el nombre predeterminado, igual que los campos que la versión 1 no tenía, de modo que un enlace antiguo o un escenario guardado se abre con sus cifras y sin ningún aviso.',
    'trailing retention follows "the cohorts that existed at t−12". Those are exactly every account on the books at the end of month t−12, so each month starts a tracker, a copy of the book, and ages it with the segment\'s levers, without later cohorts, for 12 months.':
      'la retención móvil sigue «las cohortes que existían en t−12». Son exactamente todas las cuentas de la cartera al cierre del mes t−12, así que cada mes inicia un seguimiento, una copia de la cartera, que envejece durante 12 meses con las palancas del segmento, sin cohortes posteriores.',
    'row 0 is the starting snapshot: its revenue is the starting MRR, but like every flow and cost its gross profit is 0, since no month has been run (sums over months 1..H stay sums of flows).':
      'la fila 0 es la situación inicial: sus ingresos son el MRR inicial, pero, como todo flujo y todo coste, su beneficio bruto es 0, ya que no se ha calculado ningún mes (las sumas de los meses 1..H siguen siendo sumas de flujos).',
    'demand below zero (only reachable by calling the model with out-of-range hours) counts as none, so coverage stays within [0, 1] whatever the caller passes.':
      'una demanda inferior a cero (solo posible si se llama al modelo con horas fuera de rango) cuenta como nula, de modo que la cobertura se mantiene en [0, 1] sea cual sea el valor recibido.',
    'a CSM hired in month u gives hours from month u + the ramp-up months; the starting team is productive at once.':
      'un CSM contratado en el mes u aporta horas a partir del mes u + los meses de adaptación; el equipo inicial es productivo desde el principio.',
    "a month's new accounts are the accounts that start paying: with a time to value of 0 the failures never join, so they are new × success; otherwise every new account joins (and some leave when onboarding resolves).":
      'las cuentas nuevas de un mes son las que empiezan a pagar: con un tiempo hasta el valor de 0 los fracasos nunca entran, así que son las nuevas × la tasa de éxito; si no, entra cada cuenta nueva (y algunas se van cuando se resuelve su onboarding).',
    'the last block of a horizon that is not whole years is the months left (months 25–30 of 30).':
      'el último bloque de un horizonte que no es de años completos son los meses restantes (meses 25 a 30 de 30).',
    'with no CS cost there is nothing to pay back, so no payback month is claimed.':
      'sin coste de CS no hay nada que recuperar, así que no se indica ningún mes de recuperación.',
    "the whole book's equivalent logos and acquisition spend avoided add up the segments that have them (a segment with no ARPA has none), and are null only when no segment has one.":
      'los logos equivalentes y el gasto de adquisición evitado de toda la cartera suman los segmentos que los tienen (un segmento sin ARPA no los tiene) y solo son nulos si ningún segmento los tiene.',
    "zero CSMs means no human coverage (0 by definition), so even a book that needs no hours needs one CSM to be covered, unless its digital program covers it all. The figure is the true one even above the 10,000 CSMs a segment's input allows: it says how far the team is from covering.":
      'cero CSM significa ninguna cobertura humana (0 por definición), así que incluso una cartera que no necesita horas necesita un CSM para estar cubierta, salvo que su programa digital la cubra por completo. La cifra es la real incluso por encima de los 10.000 CSM que admite el dato de un segmento: indica lo lejos que está el equipo de la cobertura completa.',
    "team-size questions are asked with a fixed team, as the specification says: with a hiring plan the team is the plan's, so \"today's\" point is the segment's starting team held fixed.":
      'las preguntas sobre el tamaño del equipo se plantean con un equipo fijo, como indica la especificación: con un plan de contratación el equipo es el del plan, así que el punto «hoy» es el equipo inicial del segmento, mantenido fijo.',
    "by default the curve runs to twice the recommended team (or one past today's, if larger), far enough to show net benefit falling past full coverage; it always offers at least 0 and 1 CSM.":
      'por defecto la curva llega hasta el doble del equipo recomendado (o uno más que el actual, si es mayor), lo bastante lejos para mostrar cómo cae el beneficio neto pasada la cobertura completa; siempre ofrece al menos 0 y 1 CSM.',
    'beyond the recommended team net benefit only falls (same revenue, more cost), so the optimum lies in 0..recommended, and every headcount there is evaluated: net benefit need not be unimodal in headcount, so a search around the best sample can miss the true best. Of equal teams the smallest is the best. Only the plotted points are sampled, evenly, above 400 team sizes.':
      'por encima del equipo recomendado el beneficio neto solo baja (mismos ingresos, más coste), así que el óptimo está en 0..recomendado y se evalúa cada tamaño de equipo de ese tramo: el beneficio neto no tiene por qué ser unimodal según el tamaño del equipo, y una búsqueda alrededor de la mejor muestra podría no dar con el verdadero óptimo. Entre equipos iguales, gana el más pequeño. Por encima de 400 tamaños de equipo solo se muestrean, de forma uniforme, los puntos dibujados.',
    'the total is a whole team within the headcount range (not a number: none).':
      'el total es un equipo entero dentro del rango de tamaño (si no es un número: ninguno).',
    'splits whose net benefits differ only by rounding (a billionth) count as equal, and the first found wins: the one that gives this segment the fewest CSMs, so ties go to the earlier segments and the answer never flips on float noise.':
      'los repartos cuyo beneficio neto solo difiere por redondeo (una milmillonésima) cuentan como iguales, y gana el primero encontrado: el que da a este segmento menos CSM, de modo que los empates favorecen a los primeros segmentos y el resultado nunca cambia por ruido de coma flotante.',
    "undiscounted, like the usual ARPA × margin / churn; referrals an account brings are not counted, since the model gives them no CAC and counting them would value them twice. Unless told otherwise it is the account's value under a fully covered program (k = 1).":
      'sin descontar, como el habitual ARPA × margen / churn; los referidos que aporta una cuenta no se cuentan, ya que el modelo no les asigna CAC y contarlos los valoraría dos veces. Salvo que se indique otra cosa, es el valor de la cuenta con un programa de cobertura completa (k = 1).',
    'companies with different horizons are compared over the shorter one; past it one of them has no numbers to compare.':
      'las empresas con horizontes distintos se comparan sobre el más corto; más allá, una de ellas no tiene cifras que comparar.',
    'each input moves by 10 % of its value; headcount and time to value, which the model rounds, move by at least one whole step (so one CSM or one month from 0).':
      'cada dato se mueve un 10 % de su valor; el tamaño del equipo y el tiempo hasta el valor, que el modelo redondea, se mueven al menos un paso entero (un CSM o un mes desde 0).',
    'the horizon is left out of the tornado: moving it changes the question (how long we look), not an assumption about the business.':
      'el horizonte queda fuera del gráfico de tornado: moverlo cambia la pregunta (cuánto tiempo se observa), no una hipótesis sobre el negocio.',
    "an input at 0 that does not move in whole steps (a churn of 0, a digital program not in use) has no 10 % to move by. Moving it by a share of its range instead would rank the widths of ranges, not the person's assumptions (a digital cost of 0 would jump to 1,000 an account), so it is left out of the tornado and listed as such.":
      'un dato en 0 que no se mueve en pasos enteros (un churn de 0, un programa digital sin usar) no tiene un 10 % que mover. Moverlo una parte de su rango ordenaría la amplitud de los rangos, no las hipótesis de la persona (un coste digital de 0 saltaría a 1.000 por cuenta), así que queda fuera del tornado y se indica como tal.',
    "the retention gain is applied to both sides of every segment's churn lever (annual churn five points lower without CS and with CS), so it holds whatever coverage the team delivers; a side already below five points of annual churn goes to zero churn.":
      'la ganancia de retención se aplica a ambos lados de la palanca de churn de cada segmento (churn anual cinco puntos menor sin CS y con CS), así que vale sea cual sea la cobertura que logre el equipo; un lado que ya está por debajo de cinco puntos de churn anual pasa a churn cero.',
    'more new accounts cost their CAC and need CSM hours; both are counted, and the team is not resized, so coverage can fall. Gross profit is the like-for-like comparison; contribution nets CAC.':
      'más cuentas nuevas cuestan su CAC y necesitan horas de CSM; ambas cosas se cuentan, y el equipo no se redimensiona, así que la cobertura puede bajar. El beneficio bruto es la comparación homogénea; la contribución descuenta el CAC.',
    'a grid can step over a narrow dip or peak (payback against team size is U-shaped). With no crossing on the grid, the neighbourhoods of the grid points nearest to flipping (the highest slack when every point misses, the lowest when every point meets) are searched closer; a point found there that flips the goal brackets a crossing with its grid neighbour.':
      'una cuadrícula puede saltarse un valle o un pico estrecho (el periodo de recuperación frente al tamaño del equipo tiene forma de U). Si la cuadrícula no encuentra ningún cambio, se exploran con más detalle los entornos de los puntos más cercanos al cambio (la mayor holgura cuando todos los puntos fallan, la menor cuando todos cumplen); un punto hallado ahí que cambia el resultado acota un cambio junto con su vecino de la cuadrícula.',
    'when no value in range changes whether the goal is met, goal seek says so instead of picking an end of the range: either nothing this input can do reaches it, or nothing can break it.':
      'cuando ningún valor del rango cambia si se alcanza el objetivo, la búsqueda de objetivo lo dice en lugar de elegir un extremo del rango: o nada de lo que puede hacer este dato lo alcanza, o nada puede hacer que deje de cumplirse.',
    'a range whose path the scenario does not have, or whose ends are not numbers, is not drawn.':
      'un rango cuya ruta no existe en el escenario, o cuyos extremos no son números, no se sortea.',
    'each uncertain input is drawn on its own (no correlation between them) from a triangular distribution between its low and high, peaking at the value in the scenario: the "at least, most likely, at most" a person can state. Draws stay inside the input\'s allowed range.':
      'cada dato incierto se sortea por separado (sin correlación entre ellos) de una distribución triangular entre su mínimo y su máximo, con el pico en el valor del escenario: el «como mínimo, lo más probable, como máximo» que una persona puede indicar. Los sorteos se mantienen dentro del rango permitido del dato.',
  },
  presetsHeading: 'De dónde salen las cifras de las plantillas',
  presetsIntro:
    'Referencias públicas, algunas de ellas informes secundarios de encuestas de pago. Ningún estudio público mide cuánto reduce el churn o aumenta la expansión un programa de CS por sí mismo: esos efectos son una estimación de este proyecto.',
  presetSourcesLabel: (preset) => `Fuentes de la plantilla ${preset}`,
  presetSource: (name, year, took) => `${name}${year === null ? '' : ` (${year})`}: ${took}`,
  viewsHeading: 'Las vistas de análisis',
  views: {
    headcount: {
      title: 'Tamaño del equipo',
      text: 'Para cada tamaño de equipo n de un segmento, desde 0 hasta aproximadamente el doble del equipo de cobertura completa, se evalúa el programa de toda la cartera con n CSM en ese segmento y el equipo fijo: beneficio neto = Σ beneficio bruto adicional − Σ coste de CS (salario, herramientas y parte de un responsable por CSM). A partir del equipo de cobertura completa todos los meses están cubiertos y solo crece el coste, así que el mejor equipo se encuentra probando cada tamaño hasta ese punto. Quitar un CSM es la diferencia entre n y n − 1; añadir uno, entre n + 1 y n. Por encima de 400 tamaños de equipo, la curva se traza con tamaños repartidos de forma uniforme.',
    },
    race: {
      title: 'Adquisición frente a retención',
      text: 'La empresa A es el escenario; la empresa B es A con los cambios que introduzca, validados como cualquier dato. Cada una se simula por separado. Contribución = beneficio bruto − gasto en CAC − coste de CS. «B va por delante de forma definitiva desde el mes m» significa que B está estrictamente por encima de A en todos los meses desde m hasta el horizonte; antes, el liderazgo puede cambiar de manos.',
    },
    cohorts: {
      title: 'Cohortes',
      text: 'La tabla mensual se recalcula manteniendo cada cohorte en la capa del año en que entró (año 1 = meses 1 a 12; las cuentas iniciales forman su propia capa), con la cobertura y las cuentas nuevas de cada mes que calcula el motor. Cada capa sigue los pasos 4 a 6 de arriba, de modo que las capas suman el MRR de la tabla mensual en todos los meses.',
    },
    sensitivity: {
      title: 'Qué mueve el ROI',
      text: 'Cada dato baja y sube un 10 % de su valor, uno cada vez y con el resto fijo (los CSM y el tiempo hasta el valor, al menos un paso entero; cualquier otro dato en cero, al no tener un 10 % que mover, queda fuera y se nombra). La barra indica cuánto se aleja la cifra elegida de su valor actual. El horizonte queda fuera: cambia la pregunta, no el negocio.',
    },
    retentionGain: {
      title: '¿Retención o adquisición?',
      text: 'Cinco puntos de tasa anual de retención de logos: el churn anual = 1 − (1 − churn mensual)^12 baja 0,05 (sin pasar de 0) en ambos lados de la palanca de churn y se vuelve a convertir en churn mensual = 1 − (1 − churn anual)^(1/12). Un cinco por ciento más de cuentas nuevas: cuentas nuevas captadas al mes × 1,05, lo que también supone su CAC y horas de CSM. Cada opción se simula con el equipo actual y se compara por la Σ del beneficio bruto en el horizonte. Esta tasa, 1 − churn anual, no es la tarjeta «Retención de logos, últimos 12 meses», que sigue a las cuentas que había en cartera un año antes, incluidos los fracasos de onboarding.',
    },
    goal: {
      title: 'Búsqueda de objetivo',
      text: 'El dato elegido se prueba en todo su rango permitido (una cuadrícula uniforme más puntos a distancias que se duplican desde el valor actual). Donde el objetivo pasa de no cumplirse a cumplirse, el intervalo más cercano al valor actual se divide por la mitad hasta que mide una milmillonésima del valor (en números enteros, hasta llegar a valores vecinos), y se muestra el lado que cumple el objetivo. Una cifra no tiene por qué moverse en un solo sentido (el periodo de recuperación frente al tamaño del equipo baja y luego sube): si la cuadrícula no encuentra ningún cambio, se vuelven a explorar los huecos alrededor de los puntos más cercanos al objetivo, valor a valor en números enteros. Si aun así ningún valor lo cumple, la vista lo dice, indica el valor más cercano que se alcanza y dónde, y si el dato mueve la cifra en absoluto.',
    },
    cautions: {
      title: 'Advertencias junto a las cifras clave',
      text: 'Un escenario cuyo programa de CS logra más de lo que recogen los estudios publicados lleva una advertencia, y sus exportaciones CSV y PNG indican que es ilustrativo: churn con CS inferior a la mitad del churn sin CS, tiempo hasta el valor con CS inferior a un tercio del tiempo sin CS, o NRR en el horizonte más de 15 puntos por encima del NRR sin CS. Ningún estudio público que hayamos encontrado recoge efectos tan grandes; los límites son una estimación, y cada advertencia indica lo que supone el escenario. Un coste de CS superior al 15 % del ARR en el horizonte, citado como techo, también lleva una advertencia, sin que el escenario pase a ser ilustrativo. Las palancas que nunca se aplican (sin CSM y sin programa digital) no llevan ninguna.',
    },
    finance: {
      title: 'Finanzas',
      text: 'El ROI por año es el ROI de los meses 1–12, 13–24, … cada uno por separado (el último año puede ser más corto): el año 1 soporta el coste del equipo antes de que la retención se acumule, por lo que a menudo es negativo. El coste de CS como porcentaje del ARR es el coste de CS del último mes del horizonte ÷ su MRR. El periodo de recuperación del programa de CS es el del propio programa (la tarjeta correspondiente); el periodo de recuperación del CAC es CAC ÷ (ARPA × margen bruto), los meses de margen que recuperan la captación de una cuenta. El LTV de hoja de cálculo, ARPA × margen bruto ÷ churn mensual, no cuenta expansión, contracción ni onboarding y nunca termina; el CLV del modelo sigue a una cuenta por los pasos mensuales durante 120 meses. El valor del aumento de ARR es el aumento de ARR en el horizonte × el múltiplo EV/ARR que fije (de 0× a 100×): una aproximación de valoración, no una previsión.',
    },
    yourNumbers: {
      title: 'Sus cifras',
      text: 'ARPA = ARR ÷ 12 ÷ número de cuentas; cuentas nuevas al mes = logos nuevos al año ÷ 12. Las horas de CS, el onboarding, la tasa de éxito de la expansión y el periodo de recuperación del CAC salen de la plantilla por tamaño de contrato del ACV medio (menos de 12.000: SMB; más de 100.000: grandes cuentas; entre ambos, mercado medio). Cobertura actual k = número de CSM × horas por CSM ÷ (horas de atención × cuentas + horas de onboarding × cuentas nuevas al mes), como máximo 1. Churn mensual actual m = 1 − (1 − churn anual de logos)^(1/12); sin CS m ÷ (1 − k × reducción), con CS ese valor × (1 − reducción), de modo que con la cobertura k es m. Contracción = 1 − (GRR ÷ retención de logos)^(1/12), igual en ambos lados. Expansión: una oportunidad al año con la tasa de éxito w de la plantilla; su tamaño sin CS es (NRR ÷ GRR − 1) ÷ w ÷ (1 + k × aumento), con CS ese valor × (1 + aumento). Con las cuentas actuales, un año con la cobertura k da entonces el GRR, el NRR y la retención de logos introducidos.',
    },
    uncertainty: {
      title: 'Incertidumbre',
      text: 'Cada simulación sortea por separado cada palanca con rango de una distribución triangular entre su mínimo y su máximo, con el pico en el valor del escenario, simula el horizonte y evalúa el programa. Los números aleatorios proceden de un generador con semilla (mulberry32): la misma semilla y los mismos datos dan las mismas bandas en cualquier equipo. P10, P50 y P90 son percentiles de las simulaciones, mes a mes, interpolados como PERCENTIL.INC en Excel. La probabilidad de que el ROI sea positivo es la proporción de simulaciones con un beneficio neto superior a cero.',
    },
  },
};
