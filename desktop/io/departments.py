"""The French départements: code, name, INSEE's type of name (TNCC), the préfecture's town and
the time zone, for the office identity ("Préfecture du Var", "PRÉFET DE LA SEINE-SAINT-DENIS")
and the defaults of the creation assistant and ``init``.

The type of name is the one of INSEE's Code officiel géographique (``TNCC`` of the départements
file): it says which article the name takes and so how "de" joins it.
"""

from __future__ import annotations

from dataclasses import dataclass

JOINS = {0: "de ", 1: "d'", 2: "du ", 3: "de la ", 4: "des ", 5: "de l'"}
"""How "de" joins a name, by COG type of name (6 to 8, Occitan and Spanish articles, name no
département)."""


@dataclass(frozen=True)
class Department:
    code: str
    name: str
    name_type: int
    """INSEE's TNCC: 0 "de", 1 "d'", 2 "du", 3 "de la", 4 "des", 5 "de l'"."""
    seat: str
    """The town of the préfecture."""
    time_zone: str

    @property
    def of_name(self) -> str:
        """The name joined by "de" as in "Préfecture du Var": "du Var", "de l'Ain"."""
        return JOINS[self.name_type] + self.name

    @property
    def prefecture_name(self) -> str:
        return f"Préfecture {self.of_name}"

    @property
    def prefet_title(self) -> str:
        return f"PRÉFET {self.of_name.upper()}"


DEPARTMENT_LIST: tuple[Department, ...] = (
    Department("01", "Ain", 5, "Bourg-en-Bresse", "Europe/Paris"),
    Department("02", "Aisne", 5, "Laon", "Europe/Paris"),
    Department("03", "Allier", 5, "Moulins", "Europe/Paris"),
    Department("04", "Alpes-de-Haute-Provence", 4, "Digne-les-Bains", "Europe/Paris"),
    Department("05", "Hautes-Alpes", 4, "Gap", "Europe/Paris"),
    Department("06", "Alpes-Maritimes", 4, "Nice", "Europe/Paris"),
    Department("07", "Ardèche", 5, "Privas", "Europe/Paris"),
    Department("08", "Ardennes", 4, "Charleville-Mézières", "Europe/Paris"),
    Department("09", "Ariège", 5, "Foix", "Europe/Paris"),
    Department("10", "Aube", 5, "Troyes", "Europe/Paris"),
    Department("11", "Aude", 5, "Carcassonne", "Europe/Paris"),
    Department("12", "Aveyron", 5, "Rodez", "Europe/Paris"),
    Department("13", "Bouches-du-Rhône", 4, "Marseille", "Europe/Paris"),
    Department("14", "Calvados", 2, "Caen", "Europe/Paris"),
    Department("15", "Cantal", 2, "Aurillac", "Europe/Paris"),
    Department("16", "Charente", 3, "Angoulême", "Europe/Paris"),
    Department("17", "Charente-Maritime", 3, "La Rochelle", "Europe/Paris"),
    Department("18", "Cher", 2, "Bourges", "Europe/Paris"),
    Department("19", "Corrèze", 3, "Tulle", "Europe/Paris"),
    Department("2A", "Corse-du-Sud", 3, "Ajaccio", "Europe/Paris"),
    Department("2B", "Haute-Corse", 3, "Bastia", "Europe/Paris"),
    Department("21", "Côte-d'Or", 3, "Dijon", "Europe/Paris"),
    Department("22", "Côtes-d'Armor", 4, "Saint-Brieuc", "Europe/Paris"),
    Department("23", "Creuse", 3, "Guéret", "Europe/Paris"),
    Department("24", "Dordogne", 3, "Périgueux", "Europe/Paris"),
    Department("25", "Doubs", 2, "Besançon", "Europe/Paris"),
    Department("26", "Drôme", 3, "Valence", "Europe/Paris"),
    Department("27", "Eure", 5, "Évreux", "Europe/Paris"),
    Department("28", "Eure-et-Loir", 1, "Chartres", "Europe/Paris"),
    Department("29", "Finistère", 2, "Quimper", "Europe/Paris"),
    Department("30", "Gard", 2, "Nîmes", "Europe/Paris"),
    Department("31", "Haute-Garonne", 3, "Toulouse", "Europe/Paris"),
    Department("32", "Gers", 2, "Auch", "Europe/Paris"),
    Department("33", "Gironde", 3, "Bordeaux", "Europe/Paris"),
    Department("34", "Hérault", 5, "Montpellier", "Europe/Paris"),
    Department("35", "Ille-et-Vilaine", 1, "Rennes", "Europe/Paris"),
    Department("36", "Indre", 5, "Châteauroux", "Europe/Paris"),
    Department("37", "Indre-et-Loire", 1, "Tours", "Europe/Paris"),
    Department("38", "Isère", 5, "Grenoble", "Europe/Paris"),
    Department("39", "Jura", 2, "Lons-le-Saunier", "Europe/Paris"),
    Department("40", "Landes", 4, "Mont-de-Marsan", "Europe/Paris"),
    Department("41", "Loir-et-Cher", 2, "Blois", "Europe/Paris"),
    Department("42", "Loire", 3, "Saint-Étienne", "Europe/Paris"),
    Department("43", "Haute-Loire", 3, "Le Puy-en-Velay", "Europe/Paris"),
    Department("44", "Loire-Atlantique", 3, "Nantes", "Europe/Paris"),
    Department("45", "Loiret", 2, "Orléans", "Europe/Paris"),
    Department("46", "Lot", 2, "Cahors", "Europe/Paris"),
    Department("47", "Lot-et-Garonne", 2, "Agen", "Europe/Paris"),
    Department("48", "Lozère", 3, "Mende", "Europe/Paris"),
    Department("49", "Maine-et-Loire", 0, "Angers", "Europe/Paris"),
    Department("50", "Manche", 3, "Saint-Lô", "Europe/Paris"),
    Department("51", "Marne", 3, "Châlons-en-Champagne", "Europe/Paris"),
    Department("52", "Haute-Marne", 3, "Chaumont", "Europe/Paris"),
    Department("53", "Mayenne", 3, "Laval", "Europe/Paris"),
    Department("54", "Meurthe-et-Moselle", 0, "Nancy", "Europe/Paris"),
    Department("55", "Meuse", 3, "Bar-le-Duc", "Europe/Paris"),
    Department("56", "Morbihan", 2, "Vannes", "Europe/Paris"),
    Department("57", "Moselle", 3, "Metz", "Europe/Paris"),
    Department("58", "Nièvre", 3, "Nevers", "Europe/Paris"),
    Department("59", "Nord", 2, "Lille", "Europe/Paris"),
    Department("60", "Oise", 5, "Beauvais", "Europe/Paris"),
    Department("61", "Orne", 5, "Alençon", "Europe/Paris"),
    Department("62", "Pas-de-Calais", 2, "Arras", "Europe/Paris"),
    Department("63", "Puy-de-Dôme", 2, "Clermont-Ferrand", "Europe/Paris"),
    Department("64", "Pyrénées-Atlantiques", 4, "Pau", "Europe/Paris"),
    Department("65", "Hautes-Pyrénées", 4, "Tarbes", "Europe/Paris"),
    Department("66", "Pyrénées-Orientales", 4, "Perpignan", "Europe/Paris"),
    Department("67", "Bas-Rhin", 2, "Strasbourg", "Europe/Paris"),
    Department("68", "Haut-Rhin", 2, "Colmar", "Europe/Paris"),
    Department("69", "Rhône", 2, "Lyon", "Europe/Paris"),
    Department("70", "Haute-Saône", 3, "Vesoul", "Europe/Paris"),
    Department("71", "Saône-et-Loire", 0, "Mâcon", "Europe/Paris"),
    Department("72", "Sarthe", 3, "Le Mans", "Europe/Paris"),
    Department("73", "Savoie", 3, "Chambéry", "Europe/Paris"),
    Department("74", "Haute-Savoie", 3, "Annecy", "Europe/Paris"),
    Department("75", "Paris", 0, "Paris", "Europe/Paris"),
    Department("76", "Seine-Maritime", 3, "Rouen", "Europe/Paris"),
    Department("77", "Seine-et-Marne", 0, "Melun", "Europe/Paris"),
    Department("78", "Yvelines", 4, "Versailles", "Europe/Paris"),
    Department("79", "Deux-Sèvres", 4, "Niort", "Europe/Paris"),
    Department("80", "Somme", 3, "Amiens", "Europe/Paris"),
    Department("81", "Tarn", 2, "Albi", "Europe/Paris"),
    Department("82", "Tarn-et-Garonne", 2, "Montauban", "Europe/Paris"),
    Department("83", "Var", 2, "Toulon", "Europe/Paris"),
    Department("84", "Vaucluse", 2, "Avignon", "Europe/Paris"),
    Department("85", "Vendée", 3, "La Roche-sur-Yon", "Europe/Paris"),
    Department("86", "Vienne", 3, "Poitiers", "Europe/Paris"),
    Department("87", "Haute-Vienne", 3, "Limoges", "Europe/Paris"),
    Department("88", "Vosges", 4, "Épinal", "Europe/Paris"),
    Department("89", "Yonne", 5, "Auxerre", "Europe/Paris"),
    Department("90", "Territoire de Belfort", 2, "Belfort", "Europe/Paris"),
    Department("91", "Essonne", 5, "Évry-Courcouronnes", "Europe/Paris"),
    Department("92", "Hauts-de-Seine", 4, "Nanterre", "Europe/Paris"),
    Department("93", "Seine-Saint-Denis", 3, "Bobigny", "Europe/Paris"),
    Department("94", "Val-de-Marne", 2, "Créteil", "Europe/Paris"),
    Department("95", "Val-d'Oise", 2, "Cergy", "Europe/Paris"),
    Department("971", "Guadeloupe", 3, "Basse-Terre", "America/Guadeloupe"),
    Department("972", "Martinique", 3, "Fort-de-France", "America/Martinique"),
    Department("973", "Guyane", 3, "Cayenne", "America/Cayenne"),
    Department("974", "La Réunion", 0, "Saint-Denis", "Indian/Reunion"),
    Department("976", "Mayotte", 0, "Mamoudzou", "Indian/Mayotte"),
)
DEPARTMENTS: dict[str, Department] = {d.code: d for d in DEPARTMENT_LIST}


def find_department(code: str) -> Department | None:
    """The département of a code ("77", "2a", "974"), or ``None``."""
    cleaned = code.strip().upper()
    return DEPARTMENTS.get(cleaned.zfill(2) if cleaned.isdigit() else cleaned)


def department_name(code: str) -> str:
    """The name for a code ("77" → "Seine-et-Marne"); the code itself when unknown."""
    found = find_department(code)
    return found.name if found else code


def of_name(name: str) -> str:
    """A département's name joined by "de", looked up by name ("Var" → "du Var"); for a name
    that is no département, "de" or "d'" by its first letter."""
    for department in DEPARTMENT_LIST:
        if department.name.casefold() == name.strip().casefold():
            return department.of_name
    return ("d'" if name[:1].upper() in "AEIOUYÉÈÎ" else "de ") + name
