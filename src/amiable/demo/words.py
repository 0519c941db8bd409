"""Word lists for the demo portfolio: French names, streets, communes and companies.

Plain data, no logic. Names are common in France (the INSEE register of first
names and the most frequent surnames) so the demo reads like a real office's
portfolio; communes carry their real postcode and a rough weight (population in
thousands, capped) so big cities come up more often. Company brand words are
invented: a demo creditor should not look like a real company.
"""

from __future__ import annotations

FEMALE_FIRST_NAMES: tuple[str, ...] = (
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Martine",
    "Christine", "Monique", "Valérie", "Sandrine", "Stéphanie", "Céline", "Julie",
    "Aurélie", "Émilie", "Sophie", "Camille", "Laura", "Manon", "Léa", "Chloé", "Emma",
    "Jade", "Louise", "Alice", "Lina", "Inès", "Sarah", "Clara", "Anaïs", "Pauline",
    "Marine", "Élodie", "Caroline", "Virginie", "Karine", "Audrey", "Mélanie", "Laetitia",
    "Vanessa", "Amandine", "Claire", "Hélène", "Anne", "Brigitte", "Jacqueline",
    "Danielle", "Nicole", "Chantal", "Patricia", "Véronique", "Corinne", "Delphine",
    "Florence", "Agnès", "Charlotte", "Justine", "Océane", "Morgane", "Margaux", "Lucie",
    "Fatima", "Nadia", "Samira", "Yasmine", "Aïcha", "Leïla", "Mathilde", "Élise",
    "Juliette", "Zoé", "Rose", "Ambre", "Mila", "Agathe", "Eva", "Jeanne", "Josiane",
    "Mireille",
)  # fmt: skip

MALE_FIRST_NAMES: tuple[str, ...] = (
    "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques",
    "Daniel", "Patrick", "Nicolas", "Christophe", "Stéphane", "Laurent", "Frédéric",
    "Éric", "Olivier", "Sébastien", "Julien", "David", "Thomas", "Alexandre",
    "Guillaume", "Antoine", "Maxime", "Romain", "Kévin", "Lucas", "Hugo", "Louis",
    "Gabriel", "Arthur", "Jules", "Léo", "Raphaël", "Adam", "Mohamed", "Karim", "Mehdi",
    "Yassine", "Rachid", "Thierry", "Pascal", "Didier", "Bruno", "Franck", "Gilles",
    "Vincent", "Mathieu", "Benjamin", "Jérôme", "Cédric", "Damien", "Anthony",
    "Jonathan", "Quentin", "Florian", "Baptiste", "Clément", "Théo", "Enzo", "Nathan",
    "Paul", "Marc", "François", "Yves", "Serge", "Gérard", "Christian", "Hervé",
    "Fabrice", "Sylvain", "Ludovic", "Arnaud", "Jérémy", "Mickaël", "Loïc", "Yannick",
    "Samuel", "Valentin", "Victor", "Youssef",
)  # fmt: skip

FIRST_NAMES: tuple[str, ...] = FEMALE_FIRST_NAMES + MALE_FIRST_NAMES

LAST_NAMES: tuple[str, ...] = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois",
    "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David",
    "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
    "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc",
    "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier",
    "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel",
    "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie",
    "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud",
    "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez",
    "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
    "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix",
    "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet",
    "Rolland", "Leclercq", "Guillaume", "Lecomte", "Lopez", "Jean", "Dupuy", "Guillot",
    "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin", "Louis",
    "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein",
    "Jacquet", "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles",
    "Renault", "Charpentier", "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé",
    "Schneider", "Fernandez", "Le Gall", "Collet", "Léger", "Bouvier", "Julien",
    "Prévost", "Millet", "Perrot", "Daniel", "Le Roux", "Cousin", "Germain", "Breton",
    "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier",
    "Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger",
    "Jacob", "Monnier", "Michaud", "Rodriguez", "Guichard", "Gillet", "Étienne",
    "Grondin", "Poulain", "Tessier", "Chevallier", "Collin", "Chauvin", "Da Silva",
    "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud", "Antoine",
    "Hoarau", "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy",
    "Delaunay", "Pasquier", "Carlier", "Laporte", "Nguyen", "Diallo", "Traoré", "Benali",
    "Haddad", "Bouzid", "Ferreira", "Dos Santos", "Mendes", "Kaya", "Cohen", "Lévy",
    "Kervella", "Le Bihan", "Zimmermann", "Hoffmann", "Wagner", "Lorentz",
)  # fmt: skip

STREET_TYPES: tuple[str, ...] = (
    "rue", "rue", "rue", "rue", "avenue", "avenue", "boulevard", "place", "chemin",
    "allée", "impasse", "route", "quai", "cours", "square", "résidence",
)  # fmt: skip
"""Repeated entries make "rue" the most frequent, as in any French address book."""

STREET_NAMES: tuple[str, ...] = (
    "des Lilas", "de la Gare", "Victor Hugo", "Jean Jaurès", "de la République",
    "du Général de Gaulle", "Pasteur", "de la Liberté", "des Écoles", "du Moulin",
    "de l'Église", "Jules Ferry", "Gambetta", "de la Paix", "des Tilleuls", "du Stade",
    "Voltaire", "de Verdun", "du Château", "des Acacias", "Émile Zola", "de la Mairie",
    "Carnot", "du Marché", "des Roses", "de Paris", "du Port", "de la Fontaine",
    "Anatole France", "Jean Moulin", "Pierre et Marie Curie", "Louis Pasteur",
    "des Peupliers", "du 8 Mai 1945", "du 11 Novembre", "de la Poste", "des Vignes",
    "du Maréchal Foch", "Georges Clemenceau", "des Jardins", "de Bretagne",
    "de la Forêt", "des Chênes", "du Lavoir", "des Prés", "Saint-Martin", "Nationale",
    "de Strasbourg", "de Lorraine", "des Mimosas", "Marcel Pagnol", "Albert Camus",
    "Jean de La Fontaine", "Antoine de Saint-Exupéry", "Paul Vaillant-Couturier",
    "Aristide Briand", "du Professeur Calmette", "des Cerisiers", "du Commerce",
    "de l'Industrie", "des Artisans", "de la Croix Blanche", "des Érables", "du Parc",
    "de la Plage", "des Cordiers", "Sadi Carnot", "Félix Éboué", "Schœlcher",
    "Roland Garros", "des Flamboyants", "des Bougainvilliers", "du Canal",
    "de la Libération", "des Hirondelles",
)  # fmt: skip

COMMUNES: tuple[tuple[str, str, int], ...] = (
    # (postcode, city, weight). Île-de-France
    ("75011", "Paris", 60), ("75015", "Paris", 60), ("75018", "Paris", 60),
    ("75020", "Paris", 60), ("75012", "Paris", 50), ("75017", "Paris", 50),
    ("75013", "Paris", 50), ("75019", "Paris", 50), ("75010", "Paris", 30),
    ("75005", "Paris", 20), ("92100", "Boulogne-Billancourt", 40),
    ("93200", "Saint-Denis", 40), ("95100", "Argenteuil", 35), ("93100", "Montreuil", 35),
    ("92000", "Nanterre", 30), ("94400", "Vitry-sur-Seine", 30), ("94000", "Créteil", 30),
    ("78000", "Versailles", 30), ("92400", "Courbevoie", 25), ("92700", "Colombes", 25),
    ("93600", "Aulnay-sous-Bois", 25), ("92500", "Rueil-Malmaison", 25),
    ("93300", "Aubervilliers", 25), ("94500", "Champigny-sur-Marne", 25),
    ("95000", "Cergy", 20), ("91000", "Évry-Courcouronnes", 20), ("77100", "Meaux", 15),
    ("77000", "Melun", 15), ("91300", "Massy", 15), ("92130", "Issy-les-Moulineaux", 20),
    ("92300", "Levallois-Perret", 20), ("95200", "Sarcelles", 20),
    ("93160", "Noisy-le-Grand", 20), ("94200", "Ivry-sur-Seine", 20),
    # Hauts-de-France
    ("59000", "Lille", 50), ("59100", "Roubaix", 30), ("59200", "Tourcoing", 30),
    ("80000", "Amiens", 35), ("59140", "Dunkerque", 25), ("62100", "Calais", 20),
    ("62200", "Boulogne-sur-Mer", 15), ("62000", "Arras", 15), ("62300", "Lens", 10),
    ("60000", "Beauvais", 15), ("60200", "Compiègne", 12), ("02100", "Saint-Quentin", 15),
    ("59300", "Valenciennes", 15), ("59500", "Douai", 12),
    # Grand Est, with Alsace-Moselle (57, 67, 68) and its local law
    ("67000", "Strasbourg", 50), ("67100", "Strasbourg", 30), ("68100", "Mulhouse", 35),
    ("68000", "Colmar", 20), ("57000", "Metz", 35), ("57100", "Thionville", 15),
    ("57600", "Forbach", 8), ("57200", "Sarreguemines", 8), ("67500", "Haguenau", 10),
    ("67600", "Sélestat", 6), ("68300", "Saint-Louis", 6), ("67300", "Schiltigheim", 10),
    ("54000", "Nancy", 35), ("51100", "Reims", 40), ("10000", "Troyes", 20),
    ("08000", "Charleville-Mézières", 15), ("88000", "Épinal", 10),
    ("51000", "Châlons-en-Champagne", 10),
    # Normandie
    ("76000", "Rouen", 40), ("76600", "Le Havre", 40), ("14000", "Caen", 35),
    ("50100", "Cherbourg-en-Cotentin", 25), ("27000", "Évreux", 15), ("76200", "Dieppe", 10),
    ("61000", "Alençon", 8), ("50000", "Saint-Lô", 6),
    # Bretagne
    ("35000", "Rennes", 50), ("29200", "Brest", 40), ("29000", "Quimper", 20),
    ("56100", "Lorient", 18), ("56000", "Vannes", 18), ("35400", "Saint-Malo", 15),
    ("22000", "Saint-Brieuc", 15),
    # Pays de la Loire
    ("44000", "Nantes", 50), ("49000", "Angers", 40), ("72000", "Le Mans", 40),
    ("44600", "Saint-Nazaire", 20), ("85000", "La Roche-sur-Yon", 15),
    ("49300", "Cholet", 15), ("53000", "Laval", 15),
    # Centre-Val de Loire
    ("37000", "Tours", 40), ("45000", "Orléans", 40), ("18000", "Bourges", 20),
    ("41000", "Blois", 15), ("28000", "Chartres", 15), ("36000", "Châteauroux", 12),
    # Bourgogne-Franche-Comté
    ("21000", "Dijon", 40), ("25000", "Besançon", 35), ("90000", "Belfort", 12),
    ("71100", "Chalon-sur-Saône", 12), ("89000", "Auxerre", 10), ("58000", "Nevers", 8),
    ("71000", "Mâcon", 8),
    # Nouvelle-Aquitaine
    ("33000", "Bordeaux", 50), ("33800", "Bordeaux", 30), ("87000", "Limoges", 35),
    ("86000", "Poitiers", 25), ("64000", "Pau", 20), ("17000", "La Rochelle", 20),
    ("33700", "Mérignac", 20), ("33600", "Pessac", 15), ("64100", "Bayonne", 12),
    ("79000", "Niort", 15), ("16000", "Angoulême", 10), ("24000", "Périgueux", 8),
    ("47000", "Agen", 8), ("40000", "Mont-de-Marsan", 8), ("19100", "Brive-la-Gaillarde", 12),
    # Occitanie
    ("31000", "Toulouse", 50), ("31300", "Toulouse", 40), ("34000", "Montpellier", 50),
    ("30000", "Nîmes", 40), ("66000", "Perpignan", 35), ("34500", "Béziers", 20),
    ("11100", "Narbonne", 15), ("11000", "Carcassonne", 12), ("81000", "Albi", 12),
    ("65000", "Tarbes", 10), ("82000", "Montauban", 15), ("34200", "Sète", 12),
    ("12000", "Rodez", 6), ("46000", "Cahors", 5),
    # Auvergne-Rhône-Alpes
    ("69003", "Lyon", 50), ("69007", "Lyon", 40), ("69008", "Lyon", 40),
    ("69100", "Villeurbanne", 40), ("38000", "Grenoble", 45), ("42000", "Saint-Étienne", 40),
    ("63000", "Clermont-Ferrand", 40), ("74000", "Annecy", 30), ("73000", "Chambéry", 15),
    ("26000", "Valence", 15), ("69200", "Vénissieux", 15), ("42300", "Roanne", 8),
    ("01000", "Bourg-en-Bresse", 10), ("03200", "Vichy", 6), ("15000", "Aurillac", 6),
    ("43000", "Le Puy-en-Velay", 5), ("74100", "Annemasse", 8),
    # Provence-Alpes-Côte d'Azur and Corse
    ("13001", "Marseille", 40), ("13005", "Marseille", 40), ("13013", "Marseille", 50),
    ("13015", "Marseille", 40), ("06000", "Nice", 50), ("06300", "Nice", 40),
    ("83000", "Toulon", 45), ("13100", "Aix-en-Provence", 40), ("84000", "Avignon", 25),
    ("06400", "Cannes", 20), ("06600", "Antibes", 20), ("83600", "Fréjus", 12),
    ("05000", "Gap", 8), ("13200", "Arles", 12), ("83400", "Hyères", 12),
    ("20000", "Ajaccio", 12), ("20200", "Bastia", 10),
    # Outre-mer: Guadeloupe (971), Martinique (972), Guyane (973), La Réunion (974)
    ("97110", "Pointe-à-Pitre", 8), ("97139", "Les Abymes", 12),
    ("97122", "Baie-Mahault", 8), ("97200", "Fort-de-France", 15),
    ("97232", "Le Lamentin", 8), ("97300", "Cayenne", 12), ("97310", "Kourou", 5),
    ("97400", "Saint-Denis", 20), ("97410", "Saint-Pierre", 12), ("97430", "Le Tampon", 12),
    ("97460", "Saint-Paul", 15),
)  # fmt: skip

BUSINESS_ACTIVITIES: tuple[str, ...] = (
    "Boulangerie", "Boucherie", "Plomberie", "Électricité", "Menuiserie", "Maçonnerie",
    "Couverture", "Peinture", "Transports", "Imprimerie", "Garage", "Carrosserie",
    "Restaurant", "Brasserie", "Café", "Hôtel", "Coiffure", "Fleurs", "Pressing",
    "Librairie", "Immobilier", "Conseil", "Informatique", "Paysages", "Nettoyage",
    "Sécurité", "Auto-école", "Optique", "Épicerie", "Traiteur", "Pâtisserie",
    "Charpente", "Chauffage", "Climatisation", "Négoce", "Distribution", "Logistique",
    "Architecture", "Études", "Communication", "Événementiel", "Textile", "Ambulances",
    "Taxis", "Déménagements", "Quincaillerie", "Vins", "Fromagerie", "Rénovation",
    "Isolation", "Piscines", "Cuisines", "Carrelage", "Terrassement", "Serrurerie",
)  # fmt: skip

BUSINESS_PLACES: tuple[str, ...] = (
    "du Centre", "de la Gare", "du Port", "des Halles", "du Marché", "de l'Église",
    "du Lac", "de la Vallée", "du Parc", "des Remparts", "de la Plage", "du Pont",
    "de l'Ouest", "du Sud", "de l'Atlantique", "des Alpes", "du Littoral",
)  # fmt: skip

LEGAL_FORMS: tuple[str, ...] = (
    "SARL", "SARL", "SARL", "SARL", "SAS", "SAS", "SAS", "SASU", "SASU", "EURL", "EURL",
    "SA", "SNC",
)  # fmt: skip
"""Weighted by repetition: SARL and SAS make most of French small businesses."""

BRAND_WORDS: tuple[str, ...] = (
    "Altéane", "Brévalis", "Calixène", "Dorvalia", "Élarys", "Fontanelle", "Galéane",
    "Hermelis", "Isaliane", "Jovéane", "Kerlanic", "Lisaëlle", "Méranis", "Norvéane",
    "Ombrelys", "Pervanis", "Quérandel", "Rivéalis", "Solanèle", "Tivérane", "Ulmérys",
    "Valorane", "Zéphiline", "Armélis", "Boréanis", "Corvalis",
)  # fmt: skip
"""Invented brand words for demo creditors and the agency: no real company's name."""
