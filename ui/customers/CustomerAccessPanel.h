#pragma once

#include <functional>

#include <QPointer>
#include <QWidget>

class MessageBanner;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace ops::audit {
class AuditApi;
}

// The customer file's "Who opened this file" tab (managers and admins: the roles that read the audit): each opening
// of the file, newest first, with the staff member and the time (Law 25 access log). Also the Law 25 request: the
// customer's personal data as one ZIP archive (CSV + JSON per table), itself recorded in the audit.
class CustomerAccessPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kLimit = 500;
    // Picks the archive's path; empty: cancelled. Default: a save dialog.
    using FileChooser = std::function<QString(const QString &suggestedPath)>;

    CustomerAccessPanel(ops::audit::AuditApi *api, qint64 customerId, QWidget *parent = nullptr);
    ~CustomerAccessPanel() override;

    void setCustomerCode(const QString &code);
    void reload();
    // Asks where (FileChooser), then exports; exportPersonalDataTo does not ask.
    void exportPersonalData();
    void exportPersonalDataTo(const QString &path);
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    bool isExporting() const { return m_exporting; }

    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    QPushButton *exportButton() const { return m_export; }
    MessageBanner *banner() const { return m_banner; }

signals:
    void loaded(int count);
    void exportFinished(const QString &path);
    void exportFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString suggestedPath() const;

    QPointer<ops::audit::AuditApi> m_api;
    const qint64 m_customerId;
    QString m_code;
    FileChooser m_chooser;
    MessageBanner *m_banner = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    quint64 m_seq = 0;
    bool m_loadedOnce = false;
    bool m_exporting = false;
};
