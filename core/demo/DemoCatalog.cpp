#include "core/demo/DemoCatalog.h"

namespace ops::demo {

namespace {

// Prices in cents, before taxes. Inactive items are grandfathered plans still billed to long-time customers.
constexpr ItemDef kItems[] = {
    {"INT-FIB-50", "internet", "Internet Fibre 50", "Fibre Internet 50", 50, 50, "GPON-50M", 4995, true},
    {"INT-FIB-100", "internet", "Internet Fibre 100", "Fibre Internet 100", 100, 100, "GPON-100M", 5995, true},
    {"INT-FIB-300", "internet", "Internet Fibre 300", "Fibre Internet 300", 300, 300, "GPON-300M", 6995, true},
    {"INT-FIB-500", "internet", "Internet Fibre 500", "Fibre Internet 500", 500, 500, "GPON-500M", 7995, true},
    {"INT-FIB-1000", "internet", "Internet Fibre 1000", "Fibre Internet 1000", 1000, 1000, "GPON-1G", 8995, true},
    {"INT-FIB-1500", "internet", "Internet Fibre 1500", "Fibre Internet 1500", 1500, 940, "XGS-1G5", 9995, true},
    {"INT-FIB-3000", "internet", "Internet Fibre 3000", "Fibre Internet 3000", 3000, 3000, "XGS-3G", 11995, true},
    {"INT-AINE-100", "internet", "Internet Fibre 100 – Aînés", "Fibre Internet 100 – Seniors", 100, 100, "GPON-100M",
        4995, true},
    {"INT-PROMO-1000", "internet", "Internet Fibre 1000 – promo 12 mois", "Fibre Internet 1000 – 12-month promo", 1000,
        1000, "GPON-1G", 6995, true},
    {"INT-FIB-25", "internet", "Internet Fibre 25 (ancien forfait)", "Fibre Internet 25 (legacy plan)", 25, 10,
        "GPON-25M", 3995, false},
    {"INT-FIB-60", "internet", "Internet Fibre 60 (ancien forfait)", "Fibre Internet 60 (legacy plan)", 60, 20,
        "GPON-60M", 4995, false},
    {"INT-FIB-120", "internet", "Internet Fibre 120 (ancien forfait)", "Fibre Internet 120 (legacy plan)", 120, 30,
        "GPON-120M", 6495, false},
    {"INT-FIB-940", "internet", "Internet Fibre 940 (ancien forfait)", "Fibre Internet 940 (legacy plan)", 940, 100,
        "GPON-940M", 9495, false},
    {"INT-SF-10", "internet", "Internet sans-fil fixe 10", "Fixed Wireless Internet 10", 10, 1, nullptr, 4495, false},
    {"INT-SF-25", "internet", "Internet sans-fil fixe 25", "Fixed Wireless Internet 25", 25, 5, nullptr, 5495, false},
    {"INT-DSL-15", "internet", "Internet DSL 15", "DSL Internet 15", 15, 1, nullptr, 3995, false},
    {"INT-AFF-100", "internet", "Internet Affaires 100", "Business Internet 100", 100, 100, "GPON-100M-B", 7995, true},
    {"INT-AFF-500", "internet", "Internet Affaires 500", "Business Internet 500", 500, 500, "GPON-500M-B", 9995, true},
    {"INT-AFF-1000", "internet", "Internet Affaires 1000", "Business Internet 1000", 1000, 1000, "GPON-1G-B", 12995,
        true},
    {"INT-AFF-1500", "internet", "Internet Affaires 1500", "Business Internet 1500", 1500, 940, "XGS-1G5-B", 14995,
        true},
    {"INT-AFF-3000", "internet", "Internet Affaires 3000", "Business Internet 3000", 3000, 3000, "XGS-3G-B", 19995,
        true},
    {"INT-IP-FIXE", "internet", "Adresse IP fixe", "Static IP address", 0, 0, nullptr, 1500, true},
    {"INT-IP-BLOC8", "internet", "Bloc de 8 adresses IP fixes", "Block of 8 static IP addresses", 0, 0, nullptr, 4500,
        true},
    {"INT-WIFI-PRO", "internet", "Wi-Fi géré (affaires)", "Managed Wi-Fi (business)", 0, 0, nullptr, 2000, true},
    {"EQP-RTR-WIFI6", "equipment", "Location routeur Wi-Fi 6", "Wi-Fi 6 router rental", 0, 0, nullptr, 500, true},
    {"EQP-RTR-WIFI7", "equipment", "Location routeur Wi-Fi 7", "Wi-Fi 7 router rental", 0, 0, nullptr, 1000, true},
    {"EQP-MESH-2", "equipment", "Location Deco mesh (2 unités)", "Deco mesh rental (2 units)", 0, 0, nullptr, 1000,
        true},
    {"EQP-MESH-3", "equipment", "Location Deco mesh (3 unités)", "Deco mesh rental (3 units)", 0, 0, nullptr, 1500,
        true},
    {"EQP-STB", "equipment", "Location décodeur télé", "TV set-top box rental", 0, 0, nullptr, 700, true},
    {"EQP-ATA", "equipment", "Location adaptateur téléphonique", "Phone adapter rental", 0, 0, nullptr, 300, true},
    {"EQP-UPS", "equipment", "Location batterie de secours", "Battery backup rental", 0, 0, nullptr, 300, true},
    {"EQP-SALE-DECO", "equipment", "Vente Deco X55 (unité)", "Deco X55 sale (unit)", 0, 0, nullptr, 12999, true},
    {"TV-BASE", "tv", "Télé de base", "Basic TV", 0, 0, nullptr, 2495, true},
    {"TV-DECOUVERTE", "tv", "Télé Découverte (25 chaînes)", "Discovery TV (25 channels)", 0, 0, nullptr, 3995, true},
    {"TV-ULTIME", "tv", "Télé Ultime (60 chaînes)", "Ultimate TV (60 channels)", 0, 0, nullptr, 6495, true},
    {"TV-SPORTS", "tv", "Forfait Sports", "Sports pack", 0, 0, nullptr, 1299, true},
    {"TV-CINEMA", "tv", "Forfait Cinéma", "Movies pack", 0, 0, nullptr, 1499, true},
    {"TV-JEUNESSE", "tv", "Forfait Jeunesse", "Kids pack", 0, 0, nullptr, 599, true},
    {"TV-ANGLO", "tv", "Forfait chaînes anglophones", "English channels pack", 0, 0, nullptr, 899, true},
    {"TV-INFO", "tv", "Forfait Information", "News pack", 0, 0, nullptr, 699, true},
    {"TV-DOCS", "tv", "Forfait Documentaires", "Documentaries pack", 0, 0, nullptr, 799, true},
    {"TV-MUSIQUE", "tv", "Forfait Musique", "Music pack", 0, 0, nullptr, 399, true},
    {"TV-INTL", "tv", "Forfait International", "International pack", 0, 0, nullptr, 999, true},
    {"TV-4K", "tv", "Option 4K", "4K option", 0, 0, nullptr, 500, true},
    {"TV-PVR", "tv", "Enregistreur infonuagique 100 h", "Cloud recorder 100 h", 0, 0, nullptr, 800, true},
    {"CH-RDS", "tv", "Chaîne RDS", "RDS channel", 0, 0, nullptr, 799, true},
    {"CH-RDSI", "tv", "Chaîne RDS Info", "RDS Info channel", 0, 0, nullptr, 399, true},
    {"CH-TVASPORTS", "tv", "Chaîne TVA Sports", "TVA Sports channel", 0, 0, nullptr, 799, true},
    {"CH-SUPERECRAN", "tv", "Super Écran", "Super Écran", 0, 0, nullptr, 1599, true},
    {"CH-CRAVE", "tv", "Crave", "Crave", 0, 0, nullptr, 1399, true},
    {"CH-HISTORIA", "tv", "Chaîne Historia", "Historia channel", 0, 0, nullptr, 299, true},
    {"CH-SERIESPLUS", "tv", "Chaîne Séries+", "Séries+ channel", 0, 0, nullptr, 299, true},
    {"CH-CANALVIE", "tv", "Chaîne Canal Vie", "Canal Vie channel", 0, 0, nullptr, 299, true},
    {"CH-Z", "tv", "Chaîne Z", "Z channel", 0, 0, nullptr, 299, true},
    {"CH-ADDIKTV", "tv", "Chaîne AddikTV", "AddikTV channel", 0, 0, nullptr, 299, true},
    {"CH-CASA", "tv", "Chaîne Casa", "Casa channel", 0, 0, nullptr, 299, true},
    {"CH-MOIETCIE", "tv", "Chaîne MOI ET CIE", "MOI ET CIE channel", 0, 0, nullptr, 299, true},
    {"CH-EVASION", "tv", "Chaîne Évasion", "Évasion channel", 0, 0, nullptr, 299, true},
    {"CH-LCN", "tv", "Chaîne LCN", "LCN channel", 0, 0, nullptr, 349, true},
    {"CH-RDI", "tv", "Chaîne ICI RDI", "ICI RDI channel", 0, 0, nullptr, 249, true},
    {"CH-TSN", "tv", "Chaîne TSN", "TSN channel", 0, 0, nullptr, 899, true},
    {"CH-SPORTSNET", "tv", "Chaîne Sportsnet", "Sportsnet channel", 0, 0, nullptr, 899, true},
    {"CH-CNN", "tv", "Chaîne CNN", "CNN channel", 0, 0, nullptr, 399, true},
    {"CH-DISCOVERY", "tv", "Chaîne Discovery", "Discovery channel", 0, 0, nullptr, 399, true},
    {"CH-TELETOON", "tv", "Chaîne Télétoon", "Télétoon channel", 0, 0, nullptr, 299, true},
    {"CH-PRISE2", "tv", "Chaîne Prise 2", "Prise 2 channel", 0, 0, nullptr, 299, true},
    {"CH-ZESTE", "tv", "Chaîne Zeste", "Zeste channel", 0, 0, nullptr, 299, true},
    {"CH-UNIS", "tv", "Chaîne Unis TV", "Unis TV channel", 0, 0, nullptr, 199, true},
    {"CH-TV5", "tv", "Chaîne TV5", "TV5 channel", 0, 0, nullptr, 199, true},
    {"CH-CINEPOP", "tv", "Chaîne Cinépop", "Cinépop channel", 0, 0, nullptr, 699, true},
    {"CH-ELLEFICTIONS", "tv", "Chaîne Elle Fictions", "Elle Fictions channel", 0, 0, nullptr, 299, true},
    {"CH-NATGEO", "tv", "Chaîne National Geographic", "National Geographic channel", 0, 0, nullptr, 399, true},
    {"CH-FOOD", "tv", "Chaîne Food Network", "Food Network channel", 0, 0, nullptr, 299, true},
    {"CH-HGTV", "tv", "Chaîne HGTV", "HGTV channel", 0, 0, nullptr, 299, true},
    {"TEL-RES", "phone", "Téléphonie résidentielle", "Home phone", 0, 0, nullptr, 2495, true},
    {"TEL-AFF", "phone", "Ligne d'affaires", "Business line", 0, 0, nullptr, 3995, true},
    {"TEL-LD-CA", "phone", "Interurbains illimités Canada", "Unlimited long distance Canada", 0, 0, nullptr, 999, true},
    {"TEL-LD-NA", "phone", "Interurbains illimités Amérique du Nord", "Unlimited long distance North America", 0, 0,
        nullptr, 1499, true},
    {"TEL-LD-INTL", "phone", "Interurbains internationaux 500 min", "International long distance 500 min", 0, 0,
        nullptr, 1999, true},
    {"TEL-VM", "phone", "Messagerie vocale", "Voicemail", 0, 0, nullptr, 399, true},
    {"TEL-CID", "phone", "Afficheur", "Caller ID", 0, 0, nullptr, 299, true},
    {"TEL-FAX", "phone", "Ligne de télécopieur", "Fax line", 0, 0, nullptr, 1995, true},
    {"FEE-INSTALL", "fee", "Frais d'installation", "Installation fee", 0, 0, nullptr, 9995, true},
    {"FEE-ACTIVATION", "fee", "Frais d'activation", "Activation fee", 0, 0, nullptr, 4995, true},
    {"FEE-TRUCK", "fee", "Frais de déplacement technicien", "Technician call-out fee", 0, 0, nullptr, 8500, true},
    {"FEE-LATE", "fee", "Frais de retard", "Late payment fee", 0, 0, nullptr, 1500, true},
    {"FEE-NSF", "fee", "Frais de paiement refusé", "Declined payment fee", 0, 0, nullptr, 3500, true},
    {"FEE-EQP-LOST", "fee", "Équipement non retourné", "Unreturned equipment", 0, 0, nullptr, 15000, true},
    {"FEE-RECONNECT", "fee", "Frais de rebranchement", "Reconnection fee", 0, 0, nullptr, 5000, true},
    {"FEE-MOVE", "fee", "Frais de déménagement de service", "Service move fee", 0, 0, nullptr, 4995, true},
    {"FEE-PAPER", "fee", "Frais de facture papier", "Paper bill fee", 0, 0, nullptr, 200, true},
    {"DSC-BUNDLE", "discount", "Rabais ensemble Internet + Télé", "Internet + TV bundle discount", 0, 0, nullptr, -1000,
        true},
    {"DSC-LOYAL", "discount", "Rabais fidélité", "Loyalty discount", 0, 0, nullptr, -500, true},
    {"DSC-SENIOR", "discount", "Rabais aîné", "Senior discount", 0, 0, nullptr, -500, true},
    {"DSC-EMPLOYEE", "discount", "Rabais employé", "Employee discount", 0, 0, nullptr, -2000, true},
    {"DSC-PROMO-3M", "discount", "Promotion : 3 mois à 50 %", "Promotion: 3 months at 50%", 0, 0, nullptr, -3000, true},
    {"DSC-STUDENT", "discount", "Rabais étudiant", "Student discount", 0, 0, nullptr, -500, true},
    {"DSC-REFERRAL", "discount", "Crédit de parrainage", "Referral credit", 0, 0, nullptr, -2500, true},
    {"DSC-OUTAGE", "discount", "Crédit pour panne de service", "Service outage credit", 0, 0, nullptr, -1000, true},
    {"DSC-PPA", "discount", "Rabais paiement préautorisé", "Pre-authorized payment discount", 0, 0, nullptr, -200,
        true},
};

constexpr StaffDef kStaff[] = {
    {"Marc-André Lavoie", "demo_malavoie", "marc-andre.lavoie@gigafibre.ca", "admin", false},
    {"Julie Fortin", "demo_jfortin", "julie.fortin@gigafibre.ca", "admin", false},
    {"Isabelle Gauthier", "demo_igauthier", "isabelle.gauthier@gigafibre.ca", "manager", false},
    {"Stéphane Roy", "demo_sroy", "stephane.roy@gigafibre.ca", "manager", false},
    {"Catherine Morin", "demo_cmorin", "catherine.morin@gigafibre.ca", "manager", false},
    {"David Thompson", "demo_dthompson", "david.thompson@gigafibre.ca", "manager", true},
    {"Mélanie Bouchard", "demo_mbouchard", "melanie.bouchard@gigafibre.ca", "dispatcher", false},
    {"Patrick Gagné", "demo_pgagne", "patrick.gagne@gigafibre.ca", "dispatcher", false},
    {"Geneviève Pelletier", "demo_gpelletier", "genevieve.pelletier@gigafibre.ca", "dispatcher", false},
    {"Kevin O'Connor", "demo_koconnor", "kevin.oconnor@gigafibre.ca", "dispatcher", true},
    {"Audrey Lévesque", "demo_alevesque", "audrey.levesque@gigafibre.ca", "dispatcher", false},
    {"Maxime Bergeron", "demo_mbergeron", "maxime.bergeron@gigafibre.ca", "dispatcher", false},
    {"Sophie Caron", "demo_scaron", "sophie.caron@gigafibre.ca", "dispatcher", false},
    {"Alexandre Girard", "demo_agirard", "alexandre.girard@gigafibre.ca", "dispatcher", false},
    {"Nathalie Ouellet", "demo_nouellet", "nathalie.ouellet@gigafibre.ca", "billing", false},
    {"Chantal Desjardins", "demo_cdesjardins", "chantal.desjardins@gigafibre.ca", "billing", false},
    {"Émilie Poirier", "demo_epoirier", "emilie.poirier@gigafibre.ca", "billing", false},
    {"Sarah Mitchell", "demo_smitchell", "sarah.mitchell@gigafibre.ca", "billing", true},
    {"Josée Fournier", "demo_jfournier", "josee.fournier@gigafibre.ca", "billing", false},
    {"Martin Leblanc", "demo_mleblanc", "martin.leblanc@gigafibre.ca", "billing", false},
    {"Éric Thibault", "demo_ethibault", "eric.thibault@gigafibre.ca", "technician", false},
    {"Sylvain Demers", "demo_sdemers", "sylvain.demers@gigafibre.ca", "technician", false},
    {"Luc Paquette", "demo_lpaquette", "luc.paquette@gigafibre.ca", "technician", false},
    {"Jonathan Boucher", "demo_jboucher", "jonathan.boucher@gigafibre.ca", "technician", false},
    {"Francis Côté", "demo_fcote", "francis.cote@gigafibre.ca", "technician", false},
};

constexpr TagDef kTags[] = {
    {"Fibre", "skill"},
    {"TV", "skill"},
    {"Téléphonie", "skill"},
    {"Wi-Fi", "skill"},
    {"Épissure par fusion", "skill"},
    {"Mesure OTDR", "skill"},
    {"Câblage intérieur", "skill"},
    {"Travail en hauteur", "skill"},
    {"Nacelle", "skill"},
    {"Espace clos", "skill"},
    {"Réseau d'affaires", "skill"},
    {"Électricité de base", "skill"},
    {"Anglais", "skill"},
    {"Installation", "service"},
    {"Réparation", "service"},
    {"Déménagement", "service"},
    {"Retrait d'équipement", "service"},
    {"Affaires", "service"},
    {"Résidentiel", "service"},
    {"Urgence 24/7", "service"},
    {"Maintenance réseau", "service"},
    {"Inspection", "service"},
    {"Laurentides", "region"},
    {"Lanaudière", "region"},
    {"Côte-Nord", "region"},
    {"Basses-Laurentides", "region"},
    {"Hautes-Laurentides", "region"},
    {"Sud de Lanaudière", "region"},
    {"Nord de Lanaudière", "region"},
    {"Manicouagan", "region"},
    {"Sept-Rivières", "region"},
    {"Saint-Jérôme", "region"},
    {"Mirabel", "region"},
    {"Mont-Tremblant", "region"},
    {"Sainte-Agathe-des-Monts", "region"},
    {"Joliette", "region"},
    {"Terrebonne", "region"},
    {"Repentigny", "region"},
    {"Baie-Comeau", "region"},
    {"Sept-Îles", "region"},
};

constexpr EquipmentModel kModels[] = {
    {"Nokia", "G-010G-Q", EqpOnt, "ALCL", SerialHex8, 0x385b44, "3FE49362IJHK46", "G-010G-Q"},
    {"Nokia", "G-2425G-A", EqpOnt, "ALCL", SerialHex8, 0x385b44, "3FE49568HJJJ50", "G-2425G-A"},
    {"Nokia", "XS-010X-Q", EqpOnt, "ALCL", SerialHex8, 0x385b44, "3FE49717AOCK30", "XS-010X-Q"},
    {"Zyxel", "PMG3000-D20B", EqpOnt, "ZYXE", SerialHex8, 0x5c6a80, "V2.00(ABTD.1)C0", "PMG3000-D20B"},
    {"TP-Link", "Deco X55", EqpRouter, "22", SerialDec11, 0x50c7bf, "1.1.4 Build 20240115", "Deco X55"},
    {"TP-Link", "Deco XE75", EqpRouter, "23", SerialDec11, 0x50c7bf, "1.2.8 Build 20240411", "Deco XE75"},
    {"TP-Link", "Archer AX55", EqpRouter, "21", SerialDec11, 0x50c7bf, "1.1.6 Build 20231120", "Archer AX55"},
    {"Nokia", "Beacon 6", EqpRouter, "ALCL", SerialHex8, 0x385b44, "3FE49385JJJA12", "Beacon 6"},
    {"eero", "eero 6+", EqpRouter, "GGC", SerialHex8, 0xf8bbbf, "v7.3.1", "eero 6+"},
    {"Amino", "Amigo 7X", EqpTvBox, "AMN", SerialDec11, 0x000202, "24.3.1", nullptr},
    {"Infomir", "MAG 524w3", EqpTvBox, "10", SerialDec11, 0x001a79, "0.2.18-r23", nullptr},
    {"Grandstream", "HT812", EqpAta, "20EZ", SerialHex8, 0x000b82, "1.0.55.4", nullptr},
    {"Cisco", "SPA112", EqpAta, "CBT", SerialHex8, 0x001e13, "1.4.1 SR5", nullptr},
};

template <typename T, size_t N> constexpr std::span<const T> spanOf(const T (&a)[N])
{
    return std::span<const T>(a, N);
}

} // namespace

std::span<const ItemDef> items()
{
    return spanOf(kItems);
}

int itemIndex(std::string_view sku)
{
    for (int i = 0; i < static_cast<int>(std::size(kItems)); ++i) {
        if (sku == kItems[i].sku)
            return i;
    }
    return -1;
}

std::span<const StaffDef> staffDefs()
{
    return spanOf(kStaff);
}

std::span<const TagDef> tagDefs()
{
    return spanOf(kTags);
}

int tagIndex(std::string_view name)
{
    for (int i = 0; i < static_cast<int>(std::size(kTags)); ++i) {
        if (name == kTags[i].name)
            return i;
    }
    return -1;
}

std::span<const EquipmentModel> equipmentModels()
{
    return spanOf(kModels);
}

} // namespace ops::demo
