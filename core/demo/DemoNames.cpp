#include "core/demo/DemoNames.h"

#include <cstring>

namespace ops::demo {

namespace {

// Town centres from public gazetteers; FSAs are the ones Canada Post uses for each town.
constexpr Town kTowns[] = {
    {"Saint-Jérôme", "Laurentides", "SJR", {"J7Y", "J7Z", "J5L"}, 3, false, 45780400, -74003600, 25000, 450,
        {431, 432, 436, 565}, 14, 3,
        {"rue Saint-Georges", "boulevard Monseigneur-Dubois", "rue Labelle", "rue de Martigny Ouest",
            "boulevard des Hauteurs", "rue Castonguay"}},
    {"Mirabel", "Laurentides", "MIR", {"J7J", "J7N"}, 2, false, 45676000, -74039000, 60000, 450, {475, 476, 414, 258},
        9, 2,
        {"montée Sainte-Thérèse", "rue Victor", "boulevard de Saint-Canut", "montée Sainte-Marianne", "chemin Charles",
            "rang Saint-Vincent"}},
    {"Saint-Sauveur", "Laurentides", "SSV", {"J0R"}, 1, true, 45895000, -74170000, 15000, 450, {227, 744, 227, 744}, 4,
        1, {"rue Principale", "chemin du Lac-Millette", "avenue de l'Église", "chemin Jean-Adam", "rue de la Gare"}},
    {"Sainte-Adèle", "Laurentides", "SAD", {"J8B"}, 1, false, 45950000, -74133300, 20000, 450, {229, 745, 229, 745}, 4,
        1,
        {"boulevard de Sainte-Adèle", "rue Valiquette", "chemin du Chantecler", "rue Morin", "chemin Pierre-Péladeau"}},
    {"Sainte-Agathe-des-Monts", "Laurentides", "SAG", {"J8C"}, 1, false, 46050000, -74283300, 25000, 819,
        {321, 326, 324, 321}, 5, 2,
        {"rue Principale Est", "rue Saint-Vincent", "chemin du Lac-des-Sables", "rue Préfontaine", "montée Alouette",
            "rue Saint-Venant"}},
    {"Mont-Tremblant", "Laurentides", "MTR", {"J8E"}, 1, false, 46118500, -74596200, 60000, 819, {425, 429, 681, 425},
        5, 2,
        {"rue de Saint-Jovite", "chemin du Village", "montée Ryan", "chemin Duplessis", "chemin du Lac-Supérieur",
            "rue Labelle"}},
    {"Val-David", "Laurentides", "VDV", {"J0T"}, 1, true, 46030000, -74207000, 15000, 819, {322, 320, 322, 320}, 2, 1,
        {"rue de l'Église", "chemin de la Rivière", "rue Dion", "chemin du Lac-Paquin"}},
    {"Prévost", "Laurentides", "PRV", {"J0R"}, 1, true, 45866700, -74083300, 15000, 450, {224, 335, 224, 335}, 3, 1,
        {"rue Principale", "chemin du Lac-Écho", "rue Shaw", "boulevard du Curé-Labelle"}},
    {"Saint-Colomban", "Laurentides", "SCB", {"J5K"}, 1, false, 45733300, -74133300, 25000, 450, {436, 504, 438, 504},
        3, 1, {"montée de l'Église", "côte Saint-Nicholas", "rue des Lacs", "chemin de la Rivière-du-Nord"}},
    {"Lachute", "Laurentides", "LAC", {"J8H"}, 1, false, 45650000, -74333300, 20000, 450, {562, 566, 409, 562}, 3, 1,
        {"rue Principale", "avenue d'Argenteuil", "rue Bethany", "rue Hamford"}},
    {"Mont-Laurier", "Laurentides", "MLR", {"J9L"}, 1, false, 46550000, -75500000, 25000, 819, {623, 440, 499, 623}, 3,
        1, {"boulevard Albiny-Paquette", "rue de la Madone", "rue du Pont", "chemin de la Lièvre Nord"}},
    {"Saint-Donat", "Lanaudière", "SDO", {"J0T"}, 1, true, 46319000, -74222000, 25000, 819, {424, 419, 424, 419}, 2, 1,
        {"rue Principale", "chemin du Lac-Archambault", "route 125", "chemin Régimbald"}},
    {"Joliette", "Lanaudière", "JOL", {"J6E"}, 1, false, 46016700, -73450000, 20000, 450, {752, 753, 755, 756}, 7, 2,
        {"boulevard Manseau", "rue Notre-Dame", "rue Saint-Charles-Borromée Nord", "rue Beaudry Nord",
            "boulevard Base-de-Roc", "rue De Lanaudière"}},
    {"Terrebonne", "Lanaudière", "TER", {"J6W", "J6X", "J6Y"}, 3, false, 45700000, -73633300, 30000, 450,
        {471, 492, 961, 964}, 9, 3,
        {"boulevard des Seigneurs", "rue Saint-Louis", "chemin Gascon", "montée Masson", "boulevard Moody",
            "rue Saint-Pierre"}},
    {"Repentigny", "Lanaudière", "REP", {"J5Y", "J5Z", "J6A"}, 3, false, 45742200, -73450100, 20000, 450,
        {581, 582, 585, 654}, 8, 2,
        {"boulevard Iberville", "rue Notre-Dame", "boulevard Brien", "rue Valmont", "boulevard Lacombe",
            "rue Saint-Paul"}},
    {"Mascouche", "Lanaudière", "MAS", {"J7K", "J7L"}, 2, false, 45750000, -73600000, 20000, 450, {474, 966, 417, 474},
        5, 1, {"chemin Sainte-Marie", "montée Masson", "avenue de l'Esplanade", "chemin des Anglais", "rue Dupras"}},
    {"Rawdon", "Lanaudière", "RAW", {"J0K"}, 1, true, 46050000, -73716700, 25000, 450, {834, 834, 834, 834}, 3, 1,
        {"rue Queen", "chemin du Lac-Pontbriand", "rue Metcalfe", "4e Avenue", "rue Church"}},
    {"Saint-Lin–Laurentides", "Lanaudière", "SLL", {"J5M"}, 1, false, 45850000, -73766700, 20000, 450,
        {439, 439, 439, 439}, 3, 1, {"rue Saint-Isidore", "rue Principale", "rang Sainte-Henriette", "rue Ducharme"}},
    {"L'Assomption", "Lanaudière", "LAS", {"J5W"}, 1, false, 45833300, -73416700, 15000, 450, {589, 589, 589, 589}, 3,
        1, {"boulevard de l'Ange-Gardien", "rue Saint-Étienne", "rue Dorval", "rang du Bas-de-L'Assomption"}},
    {"Berthierville", "Lanaudière", "BRT", {"J0K"}, 1, true, 46083300, -73183300, 15000, 450, {836, 836, 836, 836}, 2,
        1, {"rue De Bienville", "rue Montcalm", "avenue Gilles-Villeneuve", "rue Frontenac"}},
    {"Baie-Comeau", "Côte-Nord", "BCO", {"G4Z", "G5C"}, 2, false, 49216700, -68150000, 30000, 418, {294, 295, 296, 589},
        4, 2,
        {"boulevard Laflèche", "rue de Puyjalon", "boulevard Blanche", "avenue Le Gardeur", "rue Mance",
            "boulevard Jolliet"}},
    {"Sept-Îles", "Côte-Nord", "SEP", {"G4R", "G4S"}, 2, false, 50200000, -66383300, 25000, 418, {960, 961, 962, 968},
        4, 2,
        {"boulevard Laure", "avenue Brochu", "rue Arnaud", "avenue Gamache", "rue Napoléon",
            "boulevard des Montagnais"}},
    {"Port-Cartier", "Côte-Nord", "PCA", {"G5B"}, 1, false, 50033300, -66866700, 15000, 418, {766, 766, 766, 766}, 2, 1,
        {"boulevard des Îles", "rue Élie-Rochefort", "boulevard du Portage-des-Mousses", "rue Roberval"}},
    {"Forestville", "Côte-Nord", "FOR", {"G0T"}, 1, true, 48733300, -69083300, 15000, 418, {587, 587, 587, 587}, 1, 1,
        {"route 138", "rue Principale", "7e Rue", "rue de la Mer"}},
};

constexpr const char *kRegions[] = {"Laurentides", "Lanaudière", "Côte-Nord"};

constexpr const char *kGenericStreets[] = {"rue Principale", "rue des Érables", "rue des Pins", "rue du Lac",
    "rue des Bouleaux", "rue Saint-Jean", "rue de l'Église", "rue des Merisiers", "chemin des Hauteurs",
    "rue des Cèdres", "rue du Ruisseau", "rang Saint-Joseph", "chemin du Golf", "rue Champlain", "rue Laurier",
    "avenue du Parc", "rue des Épinettes", "chemin de la Montagne", "rue de la Gare", "rue des Mésanges",
    "rue des Hirondelles", "rue du Boisé", "rue des Tilleuls", "montée du Domaine", "chemin du Tour-du-Lac",
    "rue Dorion", "rue Saint-Laurent", "rue Papineau", "rue des Sources", "rue de la Chapelle", "rue Bélair",
    "rue des Cerisiers", "chemin des Sommets", "rue Cartier", "rue Desjardins", "rue Lafontaine"};

constexpr const char *kFrenchMale[] = {"Jean", "Pierre", "Michel", "André", "François", "Luc", "Marc", "Martin",
    "Sylvain", "Stéphane", "Éric", "Daniel", "Alain", "Réjean", "Gilles", "Denis", "Normand", "Mario", "Benoît",
    "Mathieu", "Maxime", "Alexandre", "Guillaume", "Simon", "Olivier", "Félix", "Samuel", "William", "Gabriel", "Louis",
    "Raphaël", "Antoine", "Étienne", "Jérôme", "Sébastien", "Frédéric", "Yves", "Claude", "Gaétan", "Ghislain",
    "Rosaire", "Jean-François", "Marc-André", "Pierre-Luc", "Jean-Philippe", "Jean-Sébastien", "Louis-Philippe",
    "Jean-Guy", "Émile", "Hugo", "Yannick", "Patrice", "Dominic", "Réal", "Jocelyn"};

constexpr const char *kFrenchFemale[] = {"Marie", "Nathalie", "Isabelle", "Sylvie", "Julie", "Chantal", "Josée",
    "Johanne", "Manon", "Line", "Lucie", "Diane", "Ginette", "Nicole", "Francine", "Louise", "Hélène", "Mélanie",
    "Geneviève", "Catherine", "Émilie", "Audrey", "Véronique", "Stéphanie", "Annie", "Karine", "Valérie", "Caroline",
    "Amélie", "Mélissa", "Camille", "Léa", "Rosalie", "Florence", "Béatrice", "Noémie", "Maude", "Marie-Ève",
    "Marie-Claude", "Anne-Marie", "Marie-Josée", "Marie-Pier", "Marie-Hélène", "Andrée-Anne", "Sophie", "Danielle",
    "Micheline", "Jacinthe", "Gisèle", "Thérèse", "Solange", "Françoise", "Ève"};

constexpr const char *kEnglishMale[] = {"John", "David", "Michael", "Robert", "James", "William", "Richard", "Thomas",
    "Christopher", "Daniel", "Matthew", "Andrew", "Brian", "Kevin", "Steven", "Patrick", "Sean", "Ryan", "Jason",
    "Mark", "Paul", "Peter", "George", "Scott", "Ian", "Gordon", "Brendan", "Liam", "Connor", "Owen"};

constexpr const char *kEnglishFemale[] = {"Mary", "Jennifer", "Susan", "Linda", "Karen", "Nancy", "Lisa", "Sarah",
    "Jessica", "Emily", "Emma", "Olivia", "Megan", "Heather", "Kathleen", "Margaret", "Elizabeth", "Catherine", "Laura",
    "Rachel", "Amanda", "Nicole", "Shannon", "Colleen", "Brenda", "Donna", "Sandra", "Claire", "Hannah", "Chloe"};

constexpr const char *kFrenchLast[] = {"Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
    "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard",
    "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier", "Fournier", "Lapointe", "Leclerc",
    "Lefebvre", "Poulin", "Thibault", "St-Pierre", "Nadeau", "Martin", "Landry", "Martel", "Bédard", "Grenier",
    "Lessard", "Bernier", "Richard", "Michaud", "Hébert", "Desjardins", "Couture", "Turcotte", "Lachance", "Parent",
    "Blais", "Gosselin", "Savard", "Proulx", "Beaudoin", "Demers", "Perreault", "Boudreau", "Lemieux", "Cyr", "Perron",
    "Dufour", "Dion", "Mercier", "Bolduc", "Bérubé", "Boisvert", "Langlois", "Ménard", "Labelle", "Lalonde",
    "Charbonneau", "Lacasse", "Marchand", "Brisebois", "Charette", "Guérin", "Thériault", "Desrosiers", "Plante",
    "Rochon", "Sauvé", "Séguin", "Lafleur", "D'Amours", "L'Heureux", "D'Aoust", "Lépine", "Lévêque", "Beauchamp",
    "Aubé", "Chénier", "Paré", "Brûlé", "Gingras", "Larocque", "Lamoureux", "Vézina", "Quenneville", "Therrien",
    "Bastien", "Joly", "Riopel"};

constexpr const char *kEnglishLast[] = {"Smith", "Brown", "Wilson", "Johnson", "Campbell", "Stewart", "Anderson",
    "Taylor", "MacDonald", "McDonald", "Murphy", "O'Brien", "O'Connor", "O'Neill", "Kelly", "Ryan", "Walsh", "Thompson",
    "Fraser", "MacLeod", "McCarthy", "Scott", "Robertson", "Reid", "Hughes", "Graham", "Morrison", "Clarke", "Bennett",
    "Miller", "Davis", "Evans", "Price", "Hall", "Young", "Wright", "Sullivan", "Doyle", "Gallagher", "Fitzgerald"};

constexpr const char *kBusinessPatterns[] = {"Dépanneur %L", "Garage %L & Fils inc.", "Construction %L inc.",
    "Pharmacie %L", "Boulangerie %L", "Quincaillerie %L", "Érablière %L", "Ferme %L enr.", "Clinique dentaire de %T",
    "Excavation %L inc.", "Transport %L ltée", "Camping de %T", "Salon de coiffure %L", "Notaires %L & Associés",
    "Électrique %L inc.", "Plomberie %L", "Marché %L", "Auberge de %T", "Comptables %L CPA", "Résidence %L",
    "%L Hardware", "%L & Sons Landscaping", "Chalets %L"};

constexpr const char *kEmailDomains[] = {"videotron.ca", "gmail.com", "gmail.com", "gmail.com", "hotmail.com",
    "hotmail.com", "outlook.com", "yahoo.ca", "sympatico.ca", "bell.net", "cgocable.ca", "live.ca", "icloud.com"};

constexpr const char *kAccessNotes[] = {"Chien dans la cour, sonner avant d'entrer.",
    "Accès par la ruelle à l'arrière.", "Code de la porte principale : 4512#", "Chalet : clé chez le voisin au 112.",
    "Entrée au sous-sol, porte de côté.", "Chemin privé non déneigé en hiver, prévoir un 4x4.",
    "Boîte de jonction sur le poteau d'Hydro-Québec, côté rue.", "Appeler 30 minutes avant d'arriver.",
    "Immeuble de 6 logements, salle technique au sous-sol.", "Ne pas se stationner dans l'entrée.",
    "Side door, ring twice.", "Gate code 1975, dog is friendly."};

constexpr const char *kCustomerNotes[] = {"Préfère être contacté par texto.", "Ne pas appeler avant 9 h.",
    "Client depuis l'époque du sans-fil fixe.", "Demande la facture papier.", "Chalet occupé surtout l'été.",
    "Client âgé, parler lentement et confirmer par écrit.", "Prefers English, call evenings.",
    "Télétravail : prioriser les interventions."};

template <typename T, size_t N> constexpr std::span<const T> spanOf(const T (&a)[N])
{
    return std::span<const T>(a, N);
}

} // namespace

std::span<const Town> towns()
{
    return spanOf(kTowns);
}
std::span<const char *const> genericStreets()
{
    return spanOf(kGenericStreets);
}
std::span<const char *const> regions()
{
    return spanOf(kRegions);
}
int regionOfTown(int town)
{
    const char *r = kTowns[town].region;
    for (int i = 0; i < static_cast<int>(std::size(kRegions)); ++i) {
        if (std::strcmp(kRegions[i], r) == 0)
            return i;
    }
    return 0;
}
std::span<const char *const> frenchMaleNames()
{
    return spanOf(kFrenchMale);
}
std::span<const char *const> frenchFemaleNames()
{
    return spanOf(kFrenchFemale);
}
std::span<const char *const> englishMaleNames()
{
    return spanOf(kEnglishMale);
}
std::span<const char *const> englishFemaleNames()
{
    return spanOf(kEnglishFemale);
}
std::span<const char *const> frenchLastNames()
{
    return spanOf(kFrenchLast);
}
std::span<const char *const> englishLastNames()
{
    return spanOf(kEnglishLast);
}
std::span<const char *const> businessPatterns()
{
    return spanOf(kBusinessPatterns);
}
std::span<const char *const> emailDomains()
{
    return spanOf(kEmailDomains);
}
std::span<const char *const> accessNotes()
{
    return spanOf(kAccessNotes);
}
std::span<const char *const> customerNotes()
{
    return spanOf(kCustomerNotes);
}

QByteArray asciiSlug(std::string_view utf8)
{
    // Latin-1 supplement letters (UTF-8 lead byte 0xC3), upper block then lower block.
    static constexpr char kUpper[] = "aaaaaaaceeeeiiiidnoooooxouuuuyts";
    static constexpr char kLower[] = "aaaaaaaceeeeiiiidnoooooxouuuuyty";
    QByteArray out;
    out.reserve(static_cast<qsizetype>(utf8.size()));
    for (size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                out.append(static_cast<char>(c - 'A' + 'a'));
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
                out.append(static_cast<char>(c));
            continue;
        }
        if (i + 1 >= utf8.size())
            break;
        const auto c2 = static_cast<unsigned char>(utf8[i + 1]);
        if (c == 0xC3 && c2 >= 0x80 && c2 <= 0xBF) {
            out.append(c2 < 0xA0 ? kUpper[c2 - 0x80] : kLower[c2 - 0xA0]);
            ++i;
        } else if (c == 0xC5 && (c2 == 0x92 || c2 == 0x93)) { // Œ œ
            out.append("oe");
            ++i;
        } else if (c == 0xE2 && i + 2 < utf8.size()) { // dashes and typographic quotes: – — ’
            if (c2 == 0x80 && static_cast<unsigned char>(utf8[i + 2]) <= 0x94)
                out.append('-');
            i += 2;
        } else {
            while (i + 1 < utf8.size() && (static_cast<unsigned char>(utf8[i + 1]) & 0xC0) == 0x80)
                ++i;
        }
    }
    return out;
}

} // namespace ops::demo
