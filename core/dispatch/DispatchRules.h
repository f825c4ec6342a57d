#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "core/dispatch/DispatchTypes.h"

namespace ops::dispatch {

// The rules a slot must satisfy, checked locally from the loaded board while a job is dragged (no SQL, well under a
// millisecond), and again by the headless commands and on the server side of a write.
enum class Rule : quint8
{
    Skill, // a required tag missing or below its minimum level
    Region, // the job's region is not one of the technician's region tags
    Shift, // not a work day, or outside the shift hours
    Absence, // the technician is absent (vacation, sick, training)
    Overlap, // another job of the row at the same time
    Window, // outside the customer's time window
    Travel, // travel from the previous job makes this one (or the next) late: a warning
    Version // the job changed since it was read (writes only)
};
QString ruleCode(Rule rule); // stable codes: skill, region, shift, absence, overlap, window, travel, version

struct Violation
{
    Rule rule = Rule::Skill;
    bool hard = true; // hard rules refuse; soft ones warn
    QString message; // translated sentence
};

// A proposed placement: job on technician's row at start for durationMin. crew: the technician joins as a crew member
// (the job keeps its time and lead; only that technician's constraints are checked).
struct Slot
{
    qint64 jobId = 0;
    qint64 technicianId = 0;
    QDateTime start; // UTC
    int durationMin = 0; // 0: the job's own duration
    bool crew = false;
};

struct Verdict
{
    QList<Violation> violations;
    int travelBeforeMin = -1; // travel from the previous job (or home) when known, else -1
    bool allowed() const; // no hard violation
    bool hasWarnings() const;
    QStringList codes() const;
    QString summary() const; // the sentences, one per line
};

// Per-technician lookups built once per board (or after each change): the jobs on each row sorted by start, and each
// technician's absences. checkSlot() uses them; building is O(jobs log jobs).
class BoardIndex
{
public:
    BoardIndex() = default;
    explicit BoardIndex(const Board &board);
    void rebuild(const Board &board);

    struct Placed
    {
        qint64 jobId;
        QDateTime start;
        QDateTime end;
    };
    const QList<Placed> &row(qint64 technicianId) const;
    const QList<const Absence *> &absences(qint64 technicianId) const;

private:
    QHash<qint64, QList<Placed>> m_rows;
    QHash<qint64, QList<const Absence *>> m_absences;
};

// Checks every rule for the slot. The job's own current placement never conflicts with itself.
Verdict checkSlot(const Board &board, const BoardIndex &index, const Slot &slot);

} // namespace ops::dispatch
