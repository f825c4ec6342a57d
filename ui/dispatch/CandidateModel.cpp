#include "ui/dispatch/CandidateModel.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>

#include "core/dispatch/DispatchTypes.h"
#include "ui/common/Theme.h"
#include "ui/dispatch/DispatchTimeline.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::dispatch;

namespace {

constexpr int kNothingRequiredMargin = 5; // OptimizerApi: the margin when the job requires no skill

QString hhmm(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

CandidateModel::CandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

// Minutes as a dispatcher reads them: "45 min", "1 h 05".
static QString duration(int minutes)
{
    if (minutes < 60)
        return CandidateModel::tr("%1 min").arg(minutes);
    return CandidateModel::tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void CandidateModel::setCandidates(qint64 jobId, int durationMin, const QList<CandidateSlot> &candidates)
{
    beginResetModel(); // a new answer is a new list (5 rows at most)
    m_jobId = jobId;
    m_rows.clear();
    const QLocale locale;
    for (const CandidateSlot &c : candidates) {
        Row r;
        r.slot = c;
        const QDate day = localDay(c.start);
        const int from = localMinutes(c.start);
        const QString when = u"%1 %2–%3"_s.arg(
            locale.dayName(day.dayOfWeek(), QLocale::ShortFormat), hhmm(from), hhmm(from + durationMin));
        r.text[Rank] = QString::number(m_rows.size() + 1);
        r.text[Technician] = c.technicianName;
        r.text[When] = when;
        r.text[Travel] = c.travelBeforeMin < 60 && c.travelAfterMin < 60
            ? tr("%1 / %2 min", "driving to / from the job").arg(c.travelBeforeMin).arg(c.travelAfterMin)
            : tr("%1 / %2", "driving to / from the job").arg(duration(c.travelBeforeMin), duration(c.travelAfterMin));
        r.text[AddedDriving] = tr("+%1", "driving added").arg(duration(c.addedTravelMin));
        r.text[Lateness] = c.latenessMin > 0 ? tr("%1 late").arg(duration(c.latenessMin)) : tr("on time");
        r.text[SkillMargin] = c.skillMargin >= kNothingRequiredMargin ? tr("any", "no skill required")
            : c.skillMargin == 0                                      ? tr("exact", "skill level")
                                 : tr("+%1", "skill levels above").arg(c.skillMargin);
        QStringList tip;
        tip << tr("%1, %2").arg(c.technicianName, when);
        tip << tr("Driving from the previous stop: %1; to the next: %2.")
                   .arg(duration(c.travelBeforeMin), duration(c.travelAfterMin));
        tip << tr("Adds %1 of driving to the technician's day.").arg(duration(c.addedTravelMin));
        if (c.latenessMin > 0)
            tip << tr("Arrives %1 after the customer's window.").arg(duration(c.latenessMin));
        if (c.skillMargin > 0 && c.skillMargin < kNothingRequiredMargin)
            tip << tr("%n level(s) above the required skill.", "", c.skillMargin);
        tip << tr("Enter or double-click: assign. Drag: place it on the board yourself.");
        r.tooltip = tip.join(QLatin1Char('\n'));
        m_rows << r;
    }
    endResetModel();
}

void CandidateModel::clear()
{
    setCandidates(0, 0, {});
}

int CandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.text[index.column()];
    case Qt::ToolTipRole:
        return r.tooltip;
    case Qt::TextAlignmentRole:
        if (index.column() == Rank)
            return int(Qt::AlignCenter);
        return index.column() >= Travel ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Lateness)
            return Theme::color(r.slot.latenessMin > 0 ? Theme::Role::TextWarning : Theme::Role::TextSuccess);
        if (index.column() == Rank || (index.column() == SkillMargin && r.slot.skillMargin == 0))
            return Theme::color(Theme::Role::TextMuted);
        return {};
    case Qt::FontRole:
        if (index.row() == 0 && (index.column() == Technician || index.column() == When)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case TechnicianIdRole:
        return r.slot.technicianId;
    case StartRole:
        return r.slot.start;
    case CostRole:
        return r.slot.cost;
    default:
        return {};
    }
}

QVariant CandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return tr("#");
        case Technician:
            return tr("Technician");
        case When:
            return tr("When");
        case Travel:
            return tr("Drive to / from");
        case AddedDriving:
            return tr("Added");
        case Lateness:
            return tr("Late");
        case SkillMargin:
            return tr("Skill");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Travel:
            return tr("Driving to the job from the previous stop (or home), and from the job to the next stop (or "
                      "home)");
        case AddedDriving:
            return tr("Driving this placement adds to the technician's day");
        case Lateness:
            return tr("Past the customer's promised window");
        case SkillMargin:
            return tr("Skill levels above the minimum the job requires (any: the job requires none)");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags CandidateModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_drag)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList CandidateModel::mimeTypes() const
{
    return {QLatin1String(DispatchTimeline::kJobMime)};
}

QMimeData *CandidateModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !m_jobId)
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(DispatchTimeline::kJobMime), QByteArray::number(m_jobId));
    return mime;
}

Qt::DropActions CandidateModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
