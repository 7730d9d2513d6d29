import type { MethodologyWords } from '../en/methodology.ts';

export const methodology: MethodologyWords = {
  intro:
    'Alles auf dieser Seite stammt aus einer einzigen Monatstabelle, die zweimal gerechnet wird: mit dem CS-Team wie eingegeben und ganz ohne CSMs. Mit den Schritten unten und den Eingaben links lässt sich jede Zahl in einer Tabellenkalkulation nachrechnen.',
  kpisHeading: 'Die Kennzahlen',
  formula: 'Formel',
  meaning: 'Bedeutung',
  spreadsheet: 'In der Tabellenkalkulation',
  monthHeading: 'Ein Monat, Schritt für Schritt',
  monthIntro:
    'Monat 0 ist der Anfangsbestand: die heutigen Kunden, alle mit abgeschlossenem Onboarding, jeder zum ARPA. Die Monate 1 bis H durchlaufen jeweils diese Schritte in dieser Reihenfolge:',
  monthSteps: [
    'Neukunden: die akquirierten Neukunden plus Empfehlungen = Empfehlungen je Kunde und Jahr ÷ 12 × Bestandskunden (Onboarding abgeschlossen) am Ende des Vormonats (empfohlene Kunden verursachen keine CAC).',
    'Abdeckung k: benötigte Stunden = Betreuungsstunden × alle Kunden am Ende des Vormonats + Onboarding-Stunden × Neukunden dieses Monats; k = min(1, Anzahl CSMs × Stunden je CSM ÷ benötigte Stunden), 0 ohne CSMs, 1, wenn keine Stunden benötigt werden.',
    'Wirksame Hebel: jeder Hebel = Wert ohne CS + k × (Wert mit CS − Wert ohne CS). Die Time-to-Value wird kaufmännisch auf ganze Monate gerundet. Monatliches Expansionswachstum g = (1 + Abschlussquote × Expansionsvolumen)^(Expansionschancen pro Jahr ÷ 12) − 1.',
    'Bestandskunden: zuerst der Churn (Kunden und MRR × (1 − Churn-Rate)), dann die Contraction auf den verbleibenden Betrag (MRR × (1 − Contraction-Rate)), dann die Expansion (MRR × (1 + g)).',
    'Onboarding-Kohorten, deren Time-to-Value in diesem Monat endet: Die gescheiterten Kunden (1 − die beim Eintritt festgelegte Erfolgsquote) gehen, ihr MRR zählt als Churn; die übrigen werden Bestandskunden und durchlaufen ab dem Folgemonat Schritt 4.',
    'Die neue Kohorte startet mit dem ARPA je Kunde, der Erfolgsquote und der Time-to-Value dieses Monats. Bei einer Time-to-Value von 0 kommt nur der erfolgreiche Anteil hinzu, die gescheiterten Kunden zahlen nie; andernfalls starten alle im Onboarding, zahlen den ARPA und haben weder Churn noch Expansion, bis ihr Onboarding entschieden ist.',
  ],
  rowFormulas: [
    'MRR = MRR der Bestandskunden + Kunden im Onboarding × ARPA; Umsatz des Monats = sein MRR.',
    'Rohertrag = Bruttomarge × Umsatz. CAC-Ausgaben = akquirierte Neukunden × CAC (Empfehlungen sind kostenlos). CS-Kosten = Anzahl CSMs × Jahreskosten ÷ 12.',
    'Deckungsbeitrag = Rohertrag − CAC-Ausgaben − CS-Kosten; der kumulierte Deckungsbeitrag ist seine laufende Summe.',
    'In jedem Monat: MRR = MRR des Vormonats + neuer MRR + Expansion − Contraction − MRR-Churn.',
  ],
  decisionsHeading: 'Modellannahmen',
  decisionsIntro:
    'Jede steht im Modell an der Zeile, die sie umsetzt; diese Liste wird direkt aus dem Modell gelesen.',
  noteTopics: {
    inputs: 'Eingaben',
    validation: 'Prüfung der Eingaben',
    monthLoop: 'Monatsschleife',
    levers: 'Hebel',
    units: 'Einheiten',
    programValue: 'Wert des Programms',
    teamSize: 'Teamgröße',
    lifetimeValue: 'Kundenwert',
    race: 'Wettlauf',
    cohorts: 'Kohorten',
    sensitivity: 'Sensitivität',
    retentionGain: 'Retention-Gewinn',
    goalSeek: 'Zielwertsuche',
    uncertainty: 'Unsicherheit',
  },
  modelNotes: {
    'a decimal string ("0.05", "1e3") counts as that number, since links and attributes carry text; anything else that is not a number (hex, "12abc", booleans, objects) is not one.':
      'Eine Dezimalzahl als Text („0.05“, „1e3“) gilt als diese Zahl, denn Links und Attribute übertragen Text; alles andere, was keine Zahl ist (Hexadezimalwerte, „12abc“, Wahrheitswerte, Objekte), gilt nicht als Zahl.',
    "a value a billionth of its field's range or less (every subnormal among them) changes no figure a person can see, but it can make a ratio explode (a CSM costing 1e-100 a year gives an ROI of 1e100) or stall a chart's tick search; so it counts as 0, then is clamped to the field's minimum like any value.":
      'Ein Wert von einem Milliardstel des zulässigen Bereichs eines Feldes oder weniger (darunter jede subnormale Zahl) ändert keine sichtbare Zahl, kann aber ein Verhältnis explodieren lassen (ein CSM, der 1e-100 im Jahr kostet, ergäbe einen ROI von 1e100) oder die Skalensuche eines Diagramms blockieren; er zählt daher als 0 und wird dann wie jeder Wert auf das Minimum des Feldes angehoben.',
    'control characters and line breaks become spaces rather than vanishing, and runs of space fold, so "North\\nAmerica" reads "North America", not "NorthAmerica".':
      'Steuerzeichen und Zeilenumbrüche werden zu Leerzeichen, statt zu verschwinden, und mehrere Leerzeichen werden zu einem, sodass aus „North\\nAmerica“ „North America“ wird, nicht „NorthAmerica“.',
    'a team policy left out entirely, or a field of it, takes the default quietly: version-1 scenarios have none, and the defaults are exactly the version-1 team (fixed, no other cost).':
      'Fehlt eine Teamregel ganz oder eines ihrer Felder, gilt stillschweigend der Standardwert: Szenarien der Version 1 haben keine, und die Standardwerte entsprechen genau dem Team der Version 1 (fest, keine weiteren Kosten).',
    'the version-1 shape: its one segment takes the default name quietly, and so do the fields version 1 did not have, so an old link or saved scenario opens with its numbers and no notice.':
      'Die Form der Version 1: Ihr einziges Segment erhält stillschweigend den Standardnamen, ebenso die Felder, die Version 1 noch nicht kannte; ein alter Link oder ein gespeichertes Szenario öffnet sich also mit seinen Zahlen und ohne Hinweis.',
    'trailing retention follows "the cohorts that existed at t−12". Those are exactly every account on the books at the end of month t−12, so each month starts a tracker, a copy of the book, and ages it with the segment\'s levers, without later cohorts, for 12 months.':
      'Die rollierende Retention folgt „den Kohorten, die in t−12 bestanden“. Das sind genau alle Kunden im Bestand am Ende von Monat t−12; daher beginnt jeder Monat eine Nachverfolgung, eine Kopie des Bestands, die 12 Monate lang mit den Hebeln des Segments und ohne spätere Kohorten fortgeschrieben wird.',
    'row 0 is the starting snapshot: its revenue is the starting MRR, but like every flow and cost its gross profit is 0, since no month has been run (sums over months 1..H stay sums of flows).':
      'Zeile 0 ist der Anfangsstand: Ihr Umsatz ist der Anfangs-MRR, ihr Rohertrag aber wie jeder Strom und alle Kosten 0, da noch kein Monat gerechnet wurde (Summen über die Monate 1..H bleiben Summen von Strömen).',
    'demand below zero (only reachable by calling the model with out-of-range hours) counts as none, so coverage stays within [0, 1] whatever the caller passes.':
      'Ein Bedarf unter null (nur erreichbar, wenn das Modell mit Stunden außerhalb des zulässigen Bereichs aufgerufen wird) zählt als kein Bedarf; die Abdeckung bleibt so in [0, 1], was immer der Aufrufer übergibt.',
    'a CSM hired in month u gives hours from month u + the ramp-up months; the starting team is productive at once.':
      'Ein in Monat u eingestellter CSM leistet Stunden ab Monat u + Einarbeitungsmonate; das Anfangsteam ist sofort produktiv.',
    "a month's new accounts are the accounts that start paying: with a time to value of 0 the failures never join, so they are new × success; otherwise every new account joins (and some leave when onboarding resolves).":
      'Die Neukunden eines Monats sind die Kunden, die zu zahlen beginnen: Bei einer Time-to-Value von 0 kommen die gescheiterten gar nicht hinzu, es sind also Neukunden × Erfolgsquote; andernfalls kommt jeder Neukunde hinzu (und einige gehen, wenn ihr Onboarding entschieden ist).',
    'the last block of a horizon that is not whole years is the months left (months 25–30 of 30).':
      'Der letzte Block eines Horizonts, der nicht aus ganzen Jahren besteht, umfasst die verbleibenden Monate (Monate 25–30 von 30).',
    'with no CS cost there is nothing to pay back, so no payback month is claimed.':
      'Ohne CS-Kosten gibt es nichts zu amortisieren; es wird daher kein Amortisationsmonat ausgewiesen.',
    "the whole book's equivalent logos and acquisition spend avoided add up the segments that have them (a segment with no ARPA has none), and are null only when no segment has one.":
      'Die gleichwertigen Neukunden und die eingesparten Akquisitionsausgaben des gesamten Bestands summieren die Segmente, die sie haben (ein Segment ohne ARPA hat keine), und sind nur dann null, wenn kein Segment sie hat.',
    "zero CSMs means no human coverage (0 by definition), so even a book that needs no hours needs one CSM to be covered, unless its digital program covers it all. The figure is the true one even above the 10,000 CSMs a segment's input allows: it says how far the team is from covering.":
      'Null CSMs bedeuten keine persönliche Abdeckung (per Definition 0); selbst ein Bestand, der keine Stunden braucht, benötigt also einen CSM, um abgedeckt zu sein, es sei denn, sein digitales Programm deckt ihn vollständig ab. Die Zahl ist auch oberhalb der 10.000 CSMs, die die Eingabe eines Segments zulässt, die tatsächliche: Sie zeigt, wie weit das Team von voller Abdeckung entfernt ist.',
    "team-size questions are asked with a fixed team, as the specification says: with a hiring plan the team is the plan's, so \"today's\" point is the segment's starting team held fixed.":
      'Fragen zur Teamgröße werden, wie die Spezifikation es vorgibt, mit festem Team gestellt: Bei einem Einstellungsplan ist das Team das des Plans, der Punkt „heute“ ist also das Anfangsteam des Segments, fest gehalten.',
    "by default the curve runs to twice the recommended team (or one past today's, if larger), far enough to show net benefit falling past full coverage; it always offers at least 0 and 1 CSM.":
      'Standardmäßig reicht die Kurve bis zum Doppelten des empfohlenen Teams (oder eins über das heutige, falls dieses größer ist), weit genug, um den sinkenden Nettonutzen jenseits voller Abdeckung zu zeigen; sie bietet stets mindestens 0 und 1 CSM.',
    'beyond the recommended team net benefit only falls (same revenue, more cost), so the optimum lies in 0..recommended, and every headcount there is evaluated: net benefit need not be unimodal in headcount, so a search around the best sample can miss the true best. Of equal teams the smallest is the best. Only the plotted points are sampled, evenly, above 400 team sizes.':
      'Jenseits des empfohlenen Teams sinkt der Nettonutzen nur noch (gleicher Umsatz, höhere Kosten); das Optimum liegt also in 0..empfohlen, und jede Teamgröße dort wird gerechnet: Der Nettonutzen muss in der Teamgröße nicht unimodal sein, eine Suche um die beste Stichprobe herum kann das wahre Optimum also verfehlen. Bei gleich guten Teams ist das kleinste das beste. Nur die gezeichneten Punkte werden gleichmäßig verteilt gewählt, ab 400 Teamgrößen.',
    'the total is a whole team within the headcount range (not a number: none).':
      'Die Gesamtzahl ist ein ganzes Team innerhalb des Bereichs der Teamgröße (keine Zahl: keines).',
    'splits whose net benefits differ only by rounding (a billionth) count as equal, and the first found wins: the one that gives this segment the fewest CSMs, so ties go to the earlier segments and the answer never flips on float noise.':
      'Aufteilungen, deren Nettonutzen sich nur durch Rundung (ein Milliardstel) unterscheidet, gelten als gleich, und die zuerst gefundene gewinnt: diejenige, die diesem Segment die wenigsten CSMs gibt; Gleichstände gehen also an die früheren Segmente, und das Ergebnis kippt nie durch Gleitkommarauschen.',
    "undiscounted, like the usual ARPA × margin / churn; referrals an account brings are not counted, since the model gives them no CAC and counting them would value them twice. Unless told otherwise it is the account's value under a fully covered program (k = 1).":
      'Unabgezinst, wie das übliche ARPA × Marge / Churn; Empfehlungen, die ein Kunde bringt, werden nicht gezählt, da das Modell ihnen keine CAC zuordnet und sie sonst doppelt bewertet würden. Sofern nicht anders angegeben, ist es der Wert des Kunden bei voll abgedecktem Programm (k = 1).',
    'companies with different horizons are compared over the shorter one; past it one of them has no numbers to compare.':
      'Unternehmen mit unterschiedlichen Horizonten werden über den kürzeren verglichen; danach hat eines von beiden keine Zahlen mehr zum Vergleich.',
    'each input moves by 10 % of its value; headcount and time to value, which the model rounds, move by at least one whole step (so one CSM or one month from 0).':
      'Jede Eingabe bewegt sich um 10 % ihres Wertes; Teamgröße und Time-to-Value, die das Modell rundet, bewegen sich um mindestens einen ganzen Schritt (also einen CSM oder einen Monat ab 0).',
    'the horizon is left out of the tornado: moving it changes the question (how long we look), not an assumption about the business.':
      'Der Horizont bleibt im Tornado-Diagramm außen vor: Ihn zu verschieben ändert die Fragestellung (wie lange wir hinschauen), nicht eine Annahme über das Geschäft.',
    "an input at 0 that does not move in whole steps (a churn of 0, a digital program not in use) has no 10 % to move by. Moving it by a share of its range instead would rank the widths of ranges, not the person's assumptions (a digital cost of 0 would jump to 1,000 an account), so it is left out of the tornado and listed as such.":
      'Eine Eingabe bei 0, die sich nicht in ganzen Schritten bewegt (ein Churn von 0, ein nicht genutztes digitales Programm), hat keine 10 %, um die sie sich bewegen könnte. Sie stattdessen um einen Anteil ihres Bereichs zu bewegen, würde die Breite der Bereiche vergleichen, nicht die Annahmen der Person (digitale Kosten von 0 sprängen auf 1.000 je Kunde); sie bleibt daher im Tornado-Diagramm außen vor und wird als solche aufgeführt.',
    "the retention gain is applied to both sides of every segment's churn lever (annual churn five points lower without CS and with CS), so it holds whatever coverage the team delivers; a side already below five points of annual churn goes to zero churn.":
      'Der Retention-Gewinn wirkt auf beide Seiten des Churn-Hebels jedes Segments (jährlicher Churn fünf Punkte niedriger, ohne CS und mit CS), er gilt also unabhängig von der Abdeckung, die das Team erreicht; eine Seite, die bereits unter fünf Punkten jährlichem Churn liegt, geht auf null Churn.',
    'more new accounts cost their CAC and need CSM hours; both are counted, and the team is not resized, so coverage can fall. Gross profit is the like-for-like comparison; contribution nets CAC.':
      'Mehr Neukunden kosten ihre CAC und brauchen CSM-Stunden; beides wird gerechnet, und das Team wird nicht angepasst, die Abdeckung kann also sinken. Der Rohertrag ist der faire Vergleich; der Deckungsbeitrag zieht die CAC ab.',
    'a grid can step over a narrow dip or peak (payback against team size is U-shaped). With no crossing on the grid, the neighbourhoods of the grid points nearest to flipping (the highest slack when every point misses, the lowest when every point meets) are searched closer; a point found there that flips the goal brackets a crossing with its grid neighbour.':
      'Ein Raster kann eine schmale Senke oder Spitze überspringen (die Amortisation über der Teamgröße verläuft U-förmig). Findet das Raster keinen Wechsel, werden die Umgebungen der Rasterpunkte, die dem Umschlagen am nächsten sind (der größte Abstand zum Ziel, wenn jeder Punkt es verfehlt, der kleinste, wenn jeder es erreicht), feiner abgesucht; ein dort gefundener Punkt, der das Ziel umschlagen lässt, grenzt mit seinem Rasternachbarn einen Wechsel ein.',
    'when no value in range changes whether the goal is met, goal seek says so instead of picking an end of the range: either nothing this input can do reaches it, or nothing can break it.':
      'Wenn kein Wert im Bereich ändert, ob das Ziel erreicht wird, sagt die Zielwertsuche das, statt ein Ende des Bereichs zu wählen: Entweder erreicht nichts, was diese Eingabe bewirken kann, das Ziel, oder nichts kann es verfehlen lassen.',
    'a range whose path the scenario does not have, or whose ends are not numbers, is not drawn.':
      'Eine Bandbreite, deren Pfad das Szenario nicht hat oder deren Grenzen keine Zahlen sind, wird nicht gezogen.',
    'each uncertain input is drawn on its own (no correlation between them) from a triangular distribution between its low and high, peaking at the value in the scenario: the "at least, most likely, at most" a person can state. Draws stay inside the input\'s allowed range.':
      'Jede unsichere Eingabe wird für sich gezogen (ohne Korrelation untereinander), aus einer Dreiecksverteilung zwischen ihrem Minimum und Maximum mit der Spitze beim Wert im Szenario: das „mindestens, am wahrscheinlichsten, höchstens“, das eine Person angeben kann. Die Ziehungen bleiben im zulässigen Bereich der Eingabe.',
  },
  presetsHeading: 'Woher die Zahlen der Vorlagen stammen',
  presetsIntro:
    'Öffentliche Benchmarks, teils Sekundärberichte kostenpflichtiger Umfragen. Keine öffentliche Studie misst, wie stark ein CS-Programm selbst den Churn senkt oder die Expansion steigert: Diese Effekte beruhen auf der Einschätzung dieses Projekts.',
  presetSourcesLabel: (preset) => `Quellen der Vorlage ${preset}`,
  presetSource: (name, year, took) => `${name}${year === null ? '' : ` (${year})`}: ${took}`,
  viewsHeading: 'Die Analyseansichten',
  views: {
    headcount: {
      title: 'Teamgröße',
      text: 'Für jede Teamgröße n eines Segments von 0 bis etwa zum Doppelten des Teams für volle Abdeckung wird das Programm des gesamten Bestands mit n CSMs in diesem Segment und festem Team gerechnet: Nettonutzen = Σ zusätzlicher Rohertrag − Σ CS-Kosten (Gehalt, Tools und Führungsanteil je CSM). Ab dem Team für volle Abdeckung ist jeder Monat abgedeckt, es steigen also nur noch die Kosten; das beste Team wird gefunden, indem jede Größe bis dahin gerechnet wird. Einen CSM abzubauen ist die Differenz zwischen n und n − 1, einen hinzuzunehmen die zwischen n + 1 und n. Ab 400 Teamgrößen wird die Kurve durch gleichmäßig verteilte Größen gezogen.',
    },
    race: {
      title: 'Akquisition oder Retention',
      text: 'Unternehmen A ist das Szenario; Unternehmen B ist A mit den eingegebenen Änderungen, geprüft wie jede Eingabe. Beide werden für sich simuliert. Deckungsbeitrag = Rohertrag − CAC-Ausgaben − CS-Kosten. „B liegt ab Monat m dauerhaft vorn“ heißt: B liegt in jedem Monat von m bis zum Horizont echt über A; davor kann die Führung wechseln.',
    },
    cohorts: {
      title: 'Kohorten',
      text: 'Die Monatstabelle wird erneut durchgerechnet, wobei jede Kohorte in der Schicht ihres Eintrittsjahres bleibt (Jahr 1 = Monate 1 bis 12; die Kunden zu Beginn bilden eine eigene Schicht), mit der Abdeckung und den Neukunden jedes Monats aus dem Modell. Jede Schicht durchläuft die Schritte 4 bis 6 oben, sodass die Schichten in jedem Monat zusammen den MRR der Monatstabelle ergeben.',
    },
    sensitivity: {
      title: 'Was den ROI bewegt',
      text: 'Jede Eingabe wird um 10 % ihres Wertes gesenkt und erhöht, eine nach der anderen, alle übrigen fest (CSMs und Time-to-Value um mindestens einen ganzen Schritt; jede andere Eingabe bei null hat keine 10 %, um die sie sich bewegen könnte, und wird mit Namen ausgewiesen und weggelassen). Der Balken zeigt, wie weit sich die gewählte Kennzahl vom heutigen Wert entfernt. Der Horizont bleibt außen vor: Er ändert die Fragestellung, nicht das Geschäft.',
    },
    retentionGain: {
      title: 'Retention oder Akquisition?',
      text: 'Fünf Punkte jährliche Logo-Retention: Der jährliche Churn = 1 − (1 − monatlicher Churn)^12 sinkt auf beiden Seiten des Churn-Hebels um 0,05 (nicht unter 0) und wird zurückgerechnet in monatlichen Churn = 1 − (1 − jährlicher Churn)^(1/12). Fünf Prozent mehr Neukunden: akquirierte Neukunden pro Monat × 1,05, was auch deren CAC und CSM-Stunden kostet. Beides wird mit dem bestehenden Team simuliert und über Σ Rohertrag im Horizont verglichen. Diese Quote, 1 − jährlicher Churn, ist nicht die Kachel „Logo-Retention, rollierend 12 Monate“, die den Kunden im Bestand von vor einem Jahr folgt, gescheiterte Onboardings eingeschlossen.',
    },
    goal: {
      title: 'Zielwertsuche',
      text: 'Die gewählte Eingabe wird über ihren gesamten zulässigen Bereich ausprobiert (ein gleichmäßiges Raster plus Punkte in sich verdoppelnden Abständen vom heutigen Wert). Wo das Ziel von verfehlt zu erreicht wechselt, wird das Intervall, das dem heutigen Wert am nächsten liegt, halbiert, bis es ein Milliardstel des Wertes breit ist (bei ganzen Zahlen: bis zu Nachbarn), und die Seite, die das Ziel erreicht, wird gezeigt. Eine Kennzahl muss sich nicht in eine Richtung bewegen (die Amortisation über der Teamgröße fällt und steigt dann wieder): Findet das Raster keinen Wechsel, werden die Lücken um die Rasterpunkte, die dem Ziel am nächsten sind, erneut abgesucht, bei ganzen Zahlen Wert für Wert. Erreicht danach noch immer kein Wert das Ziel, sagt die Ansicht das, nennt den nächstgelegenen erreichten Wert und wo er liegt, und ob die Eingabe die Kennzahl überhaupt bewegt.',
    },
    cautions: {
      title: 'Warnhinweise neben den Kennzahlen',
      text: 'Ein Szenario, dessen CS-Programm mehr leistet, als veröffentlichte Studien berichten, trägt einen Warnhinweis, und seine CSV- und PNG-Exporte weisen es als illustrativ aus: Churn mit CS unter der Hälfte des Churns ohne CS, Time-to-Value mit CS unter einem Drittel der Zeit ohne CS oder NRR am Horizont mehr als 15 Punkte über der NRR ohne CS. Keine öffentliche Studie, die wir gefunden haben, berichtet so große Effekte; die Grenzen sind eine Einschätzung, und jeder Warnhinweis nennt die Annahme des Szenarios. CS-Kosten über 15 % des ARR am Horizont, eine oft genannte Obergrenze, lösen ebenfalls einen Warnhinweis aus, machen das Szenario aber nicht illustrativ. Hebel, die nie greifen (keine CSMs und kein digitales Programm), lösen keinen aus.',
    },
    finance: {
      title: 'Finanzen',
      text: 'Der ROI je Jahr ist der ROI der Monate 1–12, 13–24, … jeweils für sich (das letzte Jahr ggf. kürzer): Jahr 1 trägt die Kosten des Teams, bevor sich die Retention aufbaut, und ist daher oft negativ. Die CS-Kosten als Anteil am ARR sind die CS-Kosten des Horizontmonats ÷ sein MRR. Die Amortisation des CS-Programms ist die des Programms selbst (wie auf der Kachel); die CAC-Amortisation ist CAC ÷ (ARPA × Bruttomarge), die Monate an Marge, die die Gewinnung eines Kunden zurückzahlen. Der Tabellen-LTV, ARPA × Bruttomarge ÷ monatlicher Churn, berücksichtigt weder Expansion noch Contraction noch Onboarding und endet nie; der CLV des Modells verfolgt einen Kunden 120 Monate lang durch die Monatsschritte. Der Wert des ARR-Zuwachses ist der ARR-Zuwachs am Horizont × das eingestellte EV/ARR-Multiple (0× bis 100×): eine Faustregel für die Bewertung, keine Prognose.',
    },
    yourNumbers: {
      title: 'Ihre Zahlen',
      text: 'ARPA = ARR ÷ 12 ÷ Kunden; Neukunden pro Monat = neue Logos pro Jahr ÷ 12. CS-Stunden, Onboarding, die Abschlussquote der Expansion und die CAC-Amortisation stammen aus der Vorlage zur Vertragsgröße des durchschnittlichen ACV (unter 12 Tsd. SMB, über 100 Tsd. Enterprise, dazwischen Mittelstand). Heutige Abdeckung k = Anzahl CSMs × Stunden je CSM ÷ (Betreuungsstunden × Kunden + Onboarding-Stunden × Neukunden pro Monat), höchstens 1. Heutiger monatlicher Churn m = 1 − (1 − jährlicher Logo-Churn)^(1/12); ohne CS m ÷ (1 − k × Senkung), mit CS dieser Wert × (1 − Senkung), sodass er bei k genau m ist. Contraction = 1 − (GRR ÷ Logo-Retention)^(1/12), auf beiden Seiten gleich. Expansion: eine Chance pro Jahr zur Abschlussquote w der Vorlage; ihr Volumen ohne CS ist (NRR ÷ GRR − 1) ÷ w ÷ (1 + k × Steigerung), mit CS dieser Wert × (1 + Steigerung). Für die heutigen Kunden ergibt ein Jahr bei Abdeckung k dann die eingegebenen Werte für GRR, NRR und Logo-Retention.',
    },
    uncertainty: {
      title: 'Unsicherheit',
      text: 'Jeder Durchlauf zieht jeden Hebel mit Bandbreite für sich aus einer Dreiecksverteilung zwischen seinem Minimum und Maximum mit der Spitze beim Wert des Szenarios, simuliert den Horizont und bewertet das Programm. Die Zufallszahlen stammen aus einem Generator mit Startwert (mulberry32): gleicher Startwert und gleiche Eingaben ergeben auf jedem Rechner dieselben Bänder. P10, P50 und P90 sind Perzentile der Durchläufe, Monat für Monat, interpoliert wie QUANTIL.INKL in Excel. Die Wahrscheinlichkeit eines positiven ROI ist der Anteil der Durchläufe mit einem Nettonutzen über null.',
    },
  },
};
