#pragma once

#include <QStringView>

namespace ops::search {

// Typo rules of the search (as Typesense and Meilisearch): a query word of fewer than 5 letters allows no typo,
// 5 to 8 letters one, 9 and more two.
int typoBudget(qsizetype letters);

// Damerau distance in its optimal-string-alignment form: insertions, deletions, substitutions and transpositions of
// two adjacent characters each cost one. Returns max + 1 as soon as the distance is known to exceed max.
int osaDistance(QStringView a, QStringView b, int max);

// The smallest OSA distance between typed and any prefix of word (search as you type: the last word may be
// unfinished). max + 1 when above max.
int osaPrefixDistance(QStringView typed, QStringView word, int max);

} // namespace ops::search
