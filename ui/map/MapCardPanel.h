#pragma once

#include <QFrame>

#include "core/map/MapLayers.h"

class QLabel;
class QPushButton;

// The small card over the map for the clicked item: a title, a few lines and the actions that apply (open the
// customer file, the job, the ticket, today's trail). Enter runs the first action, Esc closes it.
class MapCardPanel : public QFrame
{
    Q_OBJECT
public:
    explicit MapCardPanel(QWidget *parent = nullptr);

    void showLoading(const QString &title);
    void showCard(const ops::map::MapCard &card);
    void showError(const QString &title, const QString &message);
    // A technician has no database card: the section fills it. trail: offer "Today's trail".
    void showTechnician(const QString &title, const QStringList &lines, qint64 technicianId, bool trail);
    const ops::map::MapCard &card() const { return m_card; }
    // Whether an outage list exists to show a port in (the role and the session have one).
    void setOutageListAvailable(bool available) { m_outageAvailable = available; }
    qint64 technicianId() const { return m_technicianId; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *body() const { return m_body; }
    QPushButton *openCustomerButton() const { return m_customer; }
    QPushButton *openJobButton() const { return m_job; }
    QPushButton *openTicketButton() const { return m_ticket; }
    QPushButton *trailButton() const { return m_trail; }
    QPushButton *outageButton() const { return m_outage; }

signals:
    void customerRequested(qint64 customerId);
    void jobRequested(qint64 jobId);
    void ticketRequested(qint64 ticketId);
    void trailRequested(qint64 technicianId);
    void outageRequested(const QString &portKey);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void place();

    ops::map::MapCard m_card;
    qint64 m_technicianId = 0;
    bool m_outageAvailable = false;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_customer = nullptr;
    QPushButton *m_job = nullptr;
    QPushButton *m_ticket = nullptr;
    QPushButton *m_trail = nullptr;
    QPushButton *m_outage = nullptr;
};
