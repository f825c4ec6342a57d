#pragma once

#include <optional>

#include <QWidget>

#include "core/campaigns/CampaignCsvImport.h"
#include "core/campaigns/CampaignTypes.h"

class MessageBanner;
class QComboBox;
class QThreadPool;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class SegmentEditor;
class TextTableModel;

namespace ops::campaigns {
class CampaignApi;
}

// A new campaign (issue 14): name, channel, classification, the FR and EN subjects (e-mail) and bodies with a picker
// inserting the fixed variables, the SMS segments of each language shown while typing (GSM-7 or UCS-2, characters,
// segments), the recipients as a segment (SegmentEditor, live count) or a CSV import with its validation report, and
// manual additions. Create makes the same repository calls as `campaign create`, on the DB executor.
class CampaignEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignEditor(QWidget *parent = nullptr);

    void setApi(ops::campaigns::CampaignApi *api);
    // Where a recipients file is parsed: the session's CPU pool (without one, a thread of this editor's own).
    void setCpuPool(QThreadPool *pool);
    void reset(); // an empty new campaign

    // The CSV's bytes (the file picked, or a test's): parsed off the GUI thread, the report shown.
    void importCsvData(const QByteArray &bytes, const QString &name);

    ops::campaigns::Channel channel() const;
    ops::campaigns::Classification classification() const;
    QPlainTextEdit *bodyFr() const { return m_bodyFr; }
    QPlainTextEdit *bodyEn() const { return m_bodyEn; }
    QLabel *smsLabelFr() const { return m_smsFr; }
    QLabel *smsLabelEn() const { return m_smsEn; }
    SegmentEditor *segment() const { return m_segment; }
    QLabel *csvSummary() const { return m_csvSummary; }
    TextTableModel *csvReport() const { return m_csvReport; }
    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *nameEdit() const { return m_name; }
    MessageBanner *banner() const { return m_banner; }

public slots:
    void insertVariable(const QString &name);
    void create();
    void chooseCsv();

signals:
    void created(const QString &code);
    void closed();

private:
    void updateChannel();
    void updateSms();
    void addManual();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ops::campaigns::CampaignApi *m_api = nullptr;
    QThreadPool *m_cpu = nullptr;
    QThreadPool *m_ownPool = nullptr; // made on first use when no pool was given
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_classification = nullptr;
    QLabel *m_subjectsLabel = nullptr;
    QWidget *m_subjects = nullptr;
    QLineEdit *m_subjectFr = nullptr;
    QLineEdit *m_subjectEn = nullptr;
    QPlainTextEdit *m_bodyFr = nullptr;
    QPlainTextEdit *m_bodyEn = nullptr;
    QWidget *m_lastText = nullptr; // where the picker inserts
    QComboBox *m_variables = nullptr;
    QLabel *m_smsFr = nullptr;
    QLabel *m_smsEn = nullptr;
    QTabWidget *m_source = nullptr;
    SegmentEditor *m_segment = nullptr;
    QLabel *m_csvSummary = nullptr;
    TextTableModel *m_csvReport = nullptr;
    QTableView *m_csvView = nullptr;
    std::optional<ops::campaigns::CsvImport> m_csv;
    QByteArray m_csvData;
    QLineEdit *m_manualAddress = nullptr;
    QLineEdit *m_manualCustomer = nullptr;
    QListWidget *m_manual = nullptr;
    QPushButton *m_create = nullptr;
    int m_csvGeneration = 0;
};
