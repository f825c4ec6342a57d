#include "ui/search/SearchResultsModel.h"

#include "ui/common/Icons.h"
#include "ui/common/StatusChip.h"

using ops::search::HitKind;
using ops::search::SearchHit;

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

SearchResultsModel::~SearchResultsModel() = default;

QString SearchResultsModel::kindLabel(HitKind kind)
{
    switch (kind) {
    case HitKind::Customer:
        return tr("Customer");
    case HitKind::Location:
        return tr("Location");
    case HitKind::Equipment:
        return tr("Equipment");
    }
    return {};
}

void SearchResultsModel::setResults(const ops::search::SearchResults &results)
{
    beginResetModel();
    m_query = results.query;
    m_elapsedUs = results.elapsedUs;
    m_rows.clear();
    m_rows.reserve(results.hits.size());
    for (const SearchHit &h : results.hits) {
        Row r;
        r.hit = h;
        r.kindLabel = kindLabel(h.kind);
        r.statusLabel = StatusChip::label(h.status);
        r.detail = h.subtitle.isEmpty() ? tr("%1 · %2").arg(r.kindLabel, h.code)
                                        : tr("%1 · %2 · %3").arg(r.kindLabel, h.code, h.subtitle);
        r.toolTip = h.subtitle.isEmpty() ? tr("%1 · %2").arg(h.code, h.title)
                                         : tr("%1 · %2\n%3").arg(h.code, h.title, h.subtitle);
        r.accessibleText = tr("%1 %2, %3, %4").arg(r.kindLabel, h.code, h.title, r.statusLabel);
        if (h.typos > 0) {
            r.closeMatch = tr("≈ close match");
            r.toolTip +=
                QLatin1Char('\n') + tr("Close match: found despite %n typo(s) in the search text.", "", h.typos);
            r.accessibleText += QStringLiteral(", ") + r.closeMatch;
        }
        switch (h.kind) {
        case HitKind::Customer:
            r.icon = Icons::icon(Icons::Glyph::Customer);
            break;
        case HitKind::Location:
            r.icon = Icons::icon(Icons::Glyph::Location);
            break;
        case HitKind::Equipment:
            r.icon = Icons::icon(Icons::Glyph::Equipment);
            break;
        }
        m_rows.append(std::move(r));
    }
    endResetModel();
}

void SearchResultsModel::clear()
{
    if (m_rows.isEmpty() && m_query.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_query.clear();
    m_elapsedUs = 0;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.hit.title;
    case Qt::ToolTipRole:
        return r.toolTip;
    case Qt::AccessibleTextRole:
        return r.accessibleText;
    case Qt::DecorationRole:
        return r.icon;
    case KindRole:
        return int(r.hit.kind);
    case KindLabelRole:
        return r.kindLabel;
    case CodeRole:
        return r.hit.code;
    case SubtitleRole:
        return r.hit.subtitle;
    case StatusKeyRole:
        return r.hit.status;
    case StatusLabelRole:
        return r.statusLabel;
    case EntityIdRole:
        return r.hit.entityId;
    case CustomerIdRole:
        return r.hit.customerId;
    case RankRole:
        return r.hit.rank;
    case DetailRole:
        return r.detail;
    case TyposRole:
        return r.hit.typos;
    case CloseMatchLabelRole:
        return r.closeMatch;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KindLabelRole, "kindLabel");
    names.insert(CodeRole, "code");
    names.insert(TitleRole, "title");
    names.insert(SubtitleRole, "subtitle");
    names.insert(StatusKeyRole, "statusKey");
    names.insert(StatusLabelRole, "statusLabel");
    names.insert(EntityIdRole, "entityId");
    names.insert(CustomerIdRole, "customerId");
    names.insert(RankRole, "rank");
    names.insert(DetailRole, "detail");
    names.insert(TyposRole, "typos");
    names.insert(CloseMatchLabelRole, "closeMatch");
    return names;
}
