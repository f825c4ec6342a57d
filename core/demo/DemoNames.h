#pragma once

#include <span>
#include <string_view>

#include <QByteArray>
#include <QtGlobal>

// Static reference tables for the demo data: towns of the Laurentides, Lanaudière and the North Shore (real FSAs, town
// centres, area codes and exchanges), street names, French and English given and family names. All strings are UTF-8.
namespace ops::demo {

struct Town
{
    const char *name;
    const char *region; // Laurentides, Lanaudière, Côte-Nord
    const char *oltCode; // three letters used in OLT names: OLT-SJR-01
    const char *fsa[3];
    int fsaCount;
    bool rural; // rural FSA (second character 0): LDU like "2H0"
    int latMicro; // town centre, millionths of a degree
    int lonMicro;
    int spreadMicro; // how far addresses scatter from the centre
    int areaCode; // 450, 819, 418
    int exchanges[4];
    int weight; // share of customers
    int olts; // number of OLTs serving the town
    const char *streets[6]; // town-specific streets (the generic list adds to them)
};

std::span<const Town> towns();
std::span<const char *const> genericStreets();
std::span<const char *const> regions(); // distinct region names, in display order
int regionOfTown(int town); // index into regions()

std::span<const char *const> frenchMaleNames();
std::span<const char *const> frenchFemaleNames();
std::span<const char *const> englishMaleNames();
std::span<const char *const> englishFemaleNames();
std::span<const char *const> frenchLastNames();
std::span<const char *const> englishLastNames();

// Business name patterns: "%L" is replaced by a family name, "%T" by the town.
std::span<const char *const> businessPatterns();
std::span<const char *const> emailDomains();
std::span<const char *const> accessNotes();
std::span<const char *const> customerNotes();

// "Jean-François O'Brien" -> "jean-francois.obrien" pieces: lower-case ASCII, accents folded, apostrophes and spaces
// dropped, hyphens kept, anything else removed.
QByteArray asciiSlug(std::string_view utf8);

} // namespace ops::demo
