#pragma once

#include <optional>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/tickets/TicketTypes.h"

namespace ops::tickets {

// A named set of ticket list criteria, as the filter bar shows them. Dates are local calendar days (both included),
// so a saved range means the same days wherever it is applied.
struct SavedTicketFilter
{
    QString name;
    QStringList statuses; // keys from ticketStatuses(); empty: all
    QString issueType; // empty: all
    qint64 assignedStaffId = 0; // 0: anyone; TicketFilter::kUnassigned: nobody
    bool importantOnly = false;
    QDate createdFrom; // both valid: the range; otherwise no range
    QDate createdTo;
    QString text;
    TicketSort sort = TicketSort::CreatedDesc;

    bool hasDateRange() const { return createdFrom.isValid() && createdTo.isValid(); }
    // The same criteria (the name aside).
    bool sameCriteria(const SavedTicketFilter &other) const;
    bool operator==(const SavedTicketFilter &) const = default;
};

// The user's saved filters, kept as JSON in Settings UiState (TicketList/savedFilters):
//   {"version": 1, "default": "<name>", "filters": [{"name": …, "statuses": […], "type": …, "assigned": n,
//    "important": bool, "from": "yyyy-MM-dd", "to": "yyyy-MM-dd", "text": …, "sort": "created_desc"}]}
// Reading is tolerant: unknown members are ignored, entries without a usable name (or with a name already seen) are
// skipped, unknown statuses are dropped, an unknown sort becomes the default one, a default naming no entry is
// cleared; a newer version is read for the members this build understands. Malformed JSON gives an empty set.
class SavedTicketFilters
{
public:
    static constexpr int kVersion = 1;
    static constexpr int kMaxNameLength = 80;

    static SavedTicketFilters fromJson(const QByteArray &json, int *skipped = nullptr);
    QByteArray toJson() const;

    const QList<SavedTicketFilter> &filters() const { return m_filters; }
    const SavedTicketFilter *find(const QString &name) const;
    // Trimmed, 1..kMaxNameLength characters, no control characters.
    static QString normalizedName(const QString &name);
    // Adds, or replaces the criteria of the entry with that name. False when the name is not acceptable.
    bool save(const SavedTicketFilter &filter);
    // False when `from` is missing or `to` is unacceptable or taken by another entry. The default follows the rename.
    bool rename(const QString &from, const QString &to);
    bool remove(const QString &name);

    QString defaultName() const { return m_default; }
    // Empty clears the default; false when name is not an entry.
    bool setDefaultName(const QString &name);
    const SavedTicketFilter *defaultFilter() const { return find(m_default); }

    bool operator==(const SavedTicketFilters &) const = default;

private:
    QList<SavedTicketFilter> m_filters;
    QString m_default;
};

QString sortKey(TicketSort sort); // "created_desc", "created_asc", "updated_desc"
std::optional<TicketSort> sortFromKey(const QString &key);

} // namespace ops::tickets
