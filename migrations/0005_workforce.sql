-- Fachkräfte (workforce): KldB 2010 occupations and the ISCO-08 crosswalk (reference data,
-- loaded from reference/occupations.json.gz at start), and the office's curated list of
-- occupations of the transformation field "Wasserstoffwirtschaft".
CREATE TABLE occupations (
  code text PRIMARY KEY,
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  title text NOT NULL,
  short_title text NOT NULL,
  parent_code text,
  requirement_level smallint CHECK (requirement_level BETWEEN 1 AND 4)
);
CREATE INDEX occupations_parent ON occupations (parent_code);

CREATE TABLE occupation_isco (
  kldb_code text NOT NULL REFERENCES occupations (code) ON DELETE CASCADE,
  isco_code text NOT NULL,
  isco_title text NOT NULL,
  isco_title_en text NOT NULL,
  unambiguous boolean NOT NULL,
  rank smallint NOT NULL,
  PRIMARY KEY (kldb_code, isco_code)
);

-- Editable by the office. `field`: part of the value chain (erzeugung, infrastruktur,
-- anwendung, querschnitt). The seed is the documented starting list (docs/WORKFORCE.md).
CREATE TABLE hydrogen_occupations (
  kldb_code text PRIMARY KEY,
  field text NOT NULL CHECK (field IN ('erzeugung', 'infrastruktur', 'anwendung', 'querschnitt')),
  reasoning text NOT NULL,
  sources text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO hydrogen_occupations (kldb_code, field, reasoning, sources) VALUES
  ('26242', 'erzeugung', 'Errichtung, Anschluss und Wartung der Wind- und Solaranlagen, die den Strom für die Elektrolyse liefern; Elektrolyseure werden an Erzeugungsparks gekoppelt.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('26243', 'erzeugung', 'Planung und Inbetriebnahme von Anlagen der regenerativen Energietechnik einschließlich Power-to-Gas-Kopplung (Techniker/innen, Meister/innen).', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('26244', 'erzeugung', 'Ingenieurinnen und Ingenieure für erneuerbare Energien: Auslegung von Elektrolyse-Standorten und ihrer Stromversorgung.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('26232', 'erzeugung', 'Betrieb von Kraftwerken und Umspannanlagen; wasserstofffähige Gaskraftwerke und Netzanschluss großer Elektrolyseure.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('26233', 'erzeugung', 'Spezialistentätigkeiten der Energie- und Kraftwerkstechnik: Leitwarte, Inbetriebnahme, Umrüstung von Gasturbinen auf Wasserstoff.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('26234', 'erzeugung', 'Ingenieurtätigkeiten Energie- und Kraftwerkstechnik: Systemintegration von Elektrolyse, Speicher und Rückverstromung.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('26212', 'infrastruktur', 'Bauelektrik: Elektroinstallation von Elektrolyse-, Verdichter- und Tankanlagen; in der IW-Studie 2025 zu Fachkräften der Wasserstoffwirtschaft als Engpass genannt.', 'IW-Studie 2025 zu Fachkräften in der Wasserstoffwirtschaft (berichtet von RND, „Warum der Fachkräftemangel den Hochlauf der Wasserstoffwirtschaft abwürgen kann“); Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('26252', 'erzeugung', 'Elektroniker/innen für Betriebstechnik: Mittel- und Niederspannungsversorgung, Gleichrichter und Schutztechnik von Elektrolyseuren; in der IW-Studie 2025 genannt.', 'IW-Studie 2025 zu Fachkräften in der Wasserstoffwirtschaft (berichtet von RND, „Warum der Fachkräftemangel den Hochlauf der Wasserstoffwirtschaft abwürgen kann“); Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('26262', 'infrastruktur', 'Leitungsinstallation und -wartung: Netzanschluss und Kabeltrassen für Erzeugung und Elektrolyse.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('26122', 'anwendung', 'Elektroniker/innen für Automatisierungstechnik: Mess-, Steuer- und Regeltechnik explosionsgeschützter Prozessanlagen; vom BIBB als Kernberuf genannt.', 'BIBB-Forschungsprojekt zu Qualifikationen für die Wasserstoffwirtschaft (zitiert im Blog der Fraunhofer Academy, „Fachkräftemangel gefährdet Hochlauf der Wasserstoffwirtschaft“); Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('26123', 'anwendung', 'Automatisierungstechnik auf Spezialistenebene (Techniker/innen): Prozessleitsysteme von Elektrolyse- und Ammoniakanlagen.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('26112', 'anwendung', 'Mechatroniker/innen: Montage und Instandhaltung von Elektrolyse-Stacks, Verdichtern und Tankanlagen; vom BIBB als Kernberuf genannt.', 'BIBB-Forschungsprojekt zu Qualifikationen für die Wasserstoffwirtschaft (zitiert im Blog der Fraunhofer Academy, „Fachkräftemangel gefährdet Hochlauf der Wasserstoffwirtschaft“); Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('25102', 'anwendung', 'Maschinenbau- und Betriebstechnik (Industriemechaniker/innen u. a.): Aufbau und Instandhaltung der Anlagen; in der IW-Studie 2025 genannt.', 'IW-Studie 2025 zu Fachkräften in der Wasserstoffwirtschaft (berichtet von RND, „Warum der Fachkräftemangel den Hochlauf der Wasserstoffwirtschaft abwürgen kann“); Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('25104', 'anwendung', 'Maschinenbau-Ingenieurinnen und -Ingenieure: Auslegung von Elektrolyseuren, Verdichtern, Brennstoffzellen und Tanks.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('25132', 'anwendung', 'Technische Servicekräfte in Wartung und Instandhaltung: Betrieb neuer Wasserstoffanlagen über ihre Lebensdauer.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('34212', 'infrastruktur', 'Anlagenmechaniker/innen für Sanitär-, Heizungs- und Klimatechnik: Gasinstallation, Umstellung von Erdgas- auf Wasserstoffgeräte; vom BIBB als Kernberuf genannt.', 'BIBB-Forschungsprojekt zu Qualifikationen für die Wasserstoffwirtschaft (zitiert im Blog der Fraunhofer Academy, „Fachkräftemangel gefährdet Hochlauf der Wasserstoffwirtschaft“); Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('34322', 'infrastruktur', 'Rohrleitungsbauer/innen: Bau und Umstellung von Gasleitungen auf Wasserstoff (Kernnetz, Verteilnetze).', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('34323', 'infrastruktur', 'Rohrleitungsbau auf Spezialistenebene (Meister/innen, Techniker/innen): Bauleitung von Wasserstoffleitungen.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('34342', 'infrastruktur', 'Anlagen-, Behälter- und Apparatebau: Druckbehälter, Speicher und Wärmetauscher für Wasserstoff und Ammoniak.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('24422', 'infrastruktur', 'Schweiß- und Verbindungstechnik: druckdichte Schweißnähte an Leitungen, Behältern und Anlagen.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('41312', 'anwendung', 'Chemikant/innen: Betrieb chemischer Anlagen, die Wasserstoff erzeugen oder verwenden (Ammoniak, Methanol, Raffinerie); vom BIBB als Kernberuf genannt; Chemiestandort Stade.', 'BIBB-Forschungsprojekt zu Qualifikationen für die Wasserstoffwirtschaft (zitiert im Blog der Fraunhofer Academy, „Fachkräftemangel gefährdet Hochlauf der Wasserstoffwirtschaft“); Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('41313', 'anwendung', 'Chemie- und Pharmatechnik auf Spezialistenebene (Chemotechniker/innen, Meister/innen): Schichtleitung in Wasserstoff- und Ammoniakanlagen.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('41333', 'anwendung', 'Steuerer/innen chemischer Verfahrensanlagen: Leitwarte von Elektrolyse- und Syntheseanlagen.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('41322', 'anwendung', 'Chemielaborant/innen: Reinheits- und Qualitätsanalytik von Wasserstoff und Derivaten.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('41304', 'anwendung', 'Chemikerinnen und Chemiker: Katalysatoren, Elektrolyse-Membranen, Derivate (Ammoniak, Methanol, E-Fuels).', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('27212', 'querschnitt', 'Technische Systemplaner/innen (Technisches Zeichnen): Rohrleitungs- und Anlagenplanung; vom BIBB als Kernberuf genannt.', 'BIBB-Forschungsprojekt zu Qualifikationen für die Wasserstoffwirtschaft (zitiert im Blog der Fraunhofer Academy, „Fachkräftemangel gefährdet Hochlauf der Wasserstoffwirtschaft“); Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('27313', 'querschnitt', 'Technische Qualitätssicherung: Prüfung von Druckgeräten und Schweißnähten nach Regelwerk.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('53122', 'querschnitt', 'Fachkräfte für Arbeitssicherheit und Sicherheitstechnik: Explosionsschutz und Gefährdungsbeurteilung im Umgang mit Wasserstoff; vom BIBB genannt (Schutz und Sicherheit).', 'BIBB-Forschungsprojekt zu Qualifikationen für die Wasserstoffwirtschaft (zitiert im Blog der Fraunhofer Academy, „Fachkräftemangel gefährdet Hochlauf der Wasserstoffwirtschaft“); Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)'),
  ('25212', 'anwendung', 'Kfz-Mechatroniker/innen: Wartung von Brennstoffzellen-Nutzfahrzeugen, Bussen und Flurförderzeugen.', 'Nationale Wasserstoffstrategie (Bundesregierung, 10.06.2020); Norddeutsche Wasserstoffstrategie (07.11.2019)');
