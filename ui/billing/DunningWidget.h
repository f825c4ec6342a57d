#pragma once

#include <functional>

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QVariant>
#include <QWidget>

#include "core/dunning/DunningTypes.h"

class MessageBanner;
class QDateEdit;
class QLabel;
class QLineEdit;
class TextTableModel;
class QPushButton;
class QTableView;
class QTreeView;

namespace ops::dunning {
class DunningApi;
}

// The stages, editable in place: days late (a number), action (a list), active (a check box).
class DunningStageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DaysColumn = 0,
        ActionColumn,
        ActiveColumn,
        ColumnCount
    };

    explicit DunningStageModel(QObject *parent = nullptr);

    static QStringList actionKeys(); // email, sms, notice, suspend
    static QString actionLabel(const QString &key);

    void setStages(const QList<ops::dunning::DunningStage> &stages);
    const QList<ops::dunning::DunningStage> &stages() const { return m_stages; }
    void setEditable(bool editable) { m_editable = editable; }
    void addStage(); // after the last one, 7 days later, an e-mail
    void removeStage(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    QList<ops::dunning::DunningStage> m_stages;
    bool m_editable = false;
};

// The action column's editor: a list of the four actions.
class DunningActionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

// The Billing section's Dunning tab (issue 13 items 5 and 6): the stages and the threshold (editable by billing and
// admin; Ctrl+S saves), "Run for date…" (Preview lists what the run would record, nothing written; "Run…" asks for a
// confirmation, then records and queues the messages), and "Suspended tomorrow": the customers whose suspension falls
// on the day after the date (or is due and not yet applied), with amount, days late, last payment and hold; the
// selected customer's stage history under the list (and as the row's tooltip); "Hold…" (until a date, with a reason)
// and "Release hold". Everything through a DunningApi.
class DunningWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DunningWidget(QWidget *parent = nullptr);
    ~DunningWidget() override;

    void setApi(ops::dunning::DunningApi *api);
    QDate date() const;
    void setDate(const QDate &date);

    // Asked before a run writes (a yes/no question; default: a message box). Tests replace it.
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    // Asked for a hold's end date and reason (default: a small dialog); false: cancelled. Tests replace it.
    void setHoldPrompt(std::function<bool(QDate *until, QString *reason)> prompt) { m_holdPrompt = std::move(prompt); }

    DunningStageModel *stageModel() const { return m_stages; }
    TextTableModel *previewModel() const { return m_preview; }
    TextTableModel *tomorrowModel() const { return m_tomorrow; }

public slots:
    void reload(); // the stages, then the suspension list
    void saveStages();
    void previewRun();
    void runForDate();
    void refreshTomorrow();
    void holdSelected();
    void releaseSelectedHold();

signals:
    void runFinished(const ops::dunning::DunningRunReport &report);

private:
    void showReport(const ops::dunning::DunningRunReport &report);
    void showHistory();
    const ops::dunning::SuspensionCandidate *selectedCandidate() const;
    void updateButtons();

    QPointer<ops::dunning::DunningApi> m_api;
    MessageBanner *m_banner = nullptr;
    DunningStageModel *m_stages = nullptr;
    QTableView *m_stageView = nullptr;
    QPushButton *m_addStage = nullptr;
    QPushButton *m_removeStage = nullptr;
    QLineEdit *m_threshold = nullptr;
    QPushButton *m_save = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QLabel *m_summary = nullptr;
    TextTableModel *m_preview = nullptr;
    QTreeView *m_previewView = nullptr;
    QLabel *m_tomorrowTitle = nullptr;
    TextTableModel *m_tomorrow = nullptr;
    QTreeView *m_tomorrowView = nullptr;
    QLabel *m_history = nullptr;
    QPushButton *m_hold = nullptr;
    QPushButton *m_release = nullptr;
    QList<ops::dunning::SuspensionCandidate> m_candidates;
    QDate m_previewedDate; // the date the preview list is for (Run… is offered for that date only)
    int m_previewedActions = 0;
    bool m_canEdit = false;
    bool m_busy = false;
    quint64 m_seq = 0;
    quint64 m_tomorrowSeq = 0;
    std::function<bool(const QString &)> m_confirm;
    std::function<bool(QDate *, QString *)> m_holdPrompt;
};
