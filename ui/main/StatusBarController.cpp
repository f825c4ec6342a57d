#include "ui/main/StatusBarController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

#include "core/concurrency/Async.h"
#include "core/session/HealthService.h"
#include "ui/common/Icons.h"
#include "ui/common/Spinner.h"
#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kPingIntervalMs = 5000;
constexpr int kRetryIntervalMs = 2000;

// An icon and a text side by side, as one status bar cell.
QLabel *addCell(QStatusBar *bar, Icons::Glyph glyph, QLabel **textOut)
{
    auto *box = new QWidget(bar);
    auto *h = new QHBoxLayout(box);
    h->setContentsMargins(8, 0, 8, 0);
    h->setSpacing(5);
    auto *icon = new QLabel(box);
    icon->setPixmap(Icons::icon(glyph).pixmap(14, 14));
    auto *text = new QLabel(box);
    text->setTextFormat(Qt::PlainText); // server names and error texts: never rich text
    h->addWidget(icon);
    h->addWidget(text);
    bar->addPermanentWidget(box);
    *textOut = text;
    return icon;
}

} // namespace

StatusBarController::StatusBarController(QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_timer(new QTimer(this))
{
    bar->setSizeGripEnabled(true);
    bar->setStyleSheet(
        Theme::styled(u"QStatusBar { background: @SurfaceMuted; border-top: 1px solid @Border; color: @StatusBarText; }"
                      "QStatusBar::item { border: none; }"_s));
    auto *left = new QWidget(bar);
    auto *h = new QHBoxLayout(left);
    h->setContentsMargins(6, 0, 6, 0);
    h->setSpacing(6);
    m_spinner = new Spinner(left, 14);
    m_message = new QLabel(left);
    m_message->setObjectName(u"StatusMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    h->addWidget(m_spinner);
    h->addWidget(m_message);
    bar->addWidget(left, 1);
    addCell(bar, Icons::Glyph::Database, &m_mode);
    addCell(bar, Icons::Glyph::User, &m_user);
    addCell(bar, Icons::Glyph::Pulse, &m_rtt);
    m_mode->setObjectName(u"StatusMode"_s);
    m_user->setObjectName(u"StatusUser"_s);
    m_rtt->setObjectName(u"StatusRoundTrip"_s);
    m_rtt->setToolTip(tr("Database round-trip time (SELECT 1 every 5 seconds)"));
    m_mode->parentWidget()->hide();
    m_user->parentWidget()->hide();
    m_rtt->parentWidget()->hide();
    m_spinner->hide();

    m_timer->setInterval(kPingIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &StatusBarController::pingNow);
}

StatusBarController::~StatusBarController() = default;

void StatusBarController::setState(State state, const QString &text)
{
    const bool changed = state != m_state;
    m_state = state;
    m_message->setText(text);
    m_spinner->setVisible(state == State::Connecting || state == State::Reconnecting);
    m_message->setStyleSheet(
        Theme::styled(state == State::Failed || state == State::Reconnecting ? u"color: @TextError;"_s : QString()));
    if (changed)
        emit stateChanged(state);
}

void StatusBarController::setConnecting(const QString &stage, int percent)
{
    // "0 %" says nothing: a percent is shown once there is progress to report.
    const QString text = percent > 0 ? tr("%1 %2 %").arg(stage, QLocale().toString(percent)) : stage;
    setState(State::Connecting, text);
}

void StatusBarController::setFailed(const QString &message)
{
    setState(State::Failed, message);
}

void StatusBarController::attach(const Connection &connection)
{
    detach();
    m_health = connection.health;
    m_mode->setText(connection.embedded ? tr("Embedded database") : tr("Server %1").arg(connection.where));
    m_mode->setToolTip(connection.embedded ? tr("Embedded database in %1").arg(connection.where)
                                           : tr("PostgreSQL server %1").arg(connection.where));
    m_user->setText(connection.user);
    m_user->setToolTip(tr("Database user"));
    m_rtt->setText(tr("— ms"));
    m_mode->parentWidget()->show();
    m_user->parentWidget()->setVisible(!connection.user.isEmpty());
    m_rtt->parentWidget()->show();
    setState(State::Connected, tr("Connected"));
    if (m_health) {
        connect(m_health, &ops::HealthService::connectionLost, this, [this](const QString &detail) {
            m_rtt->setText(tr("— ms"));
            setState(State::Reconnecting, tr("Connection lost — reconnecting…"));
            m_message->setToolTip(detail);
        });
        connect(m_health, &ops::HealthService::reconnectedTo, this, [this](const QString &server) {
            m_message->setToolTip(QString());
            setState(State::Connected, tr("Reconnected to server %1").arg(server));
        });
        connect(m_health, &ops::HealthService::reconnected, this, &StatusBarController::pingNow);
    }
    m_timer->start(kPingIntervalMs);
    pingNow();
}

void StatusBarController::detach()
{
    if (m_health)
        disconnect(m_health, nullptr, this, nullptr);
    m_health.clear();
    ++m_pingSeq; // an answer still on its way belongs to the old connection
    m_pingInFlight = false;
    m_timer->stop();
    m_mode->parentWidget()->hide();
    m_user->parentWidget()->hide();
    m_rtt->parentWidget()->hide();
    if (m_state == State::Connected || m_state == State::Reconnecting)
        setState(State::Idle, QString());
}

void StatusBarController::pingNow()
{
    if (!m_health)
        return;
    if (m_pingInFlight) {
        // The previous SELECT 1 has not come back within a whole interval: the server is not answering.
        setState(State::Reconnecting, tr("Connection lost — reconnecting…"));
        return;
    }
    m_pingInFlight = true;
    const quint64 seq = ++m_pingSeq;
    ops::runThen(m_health->ping(), this, [this, seq](const ops::Result<ops::HealthService::Ping> &r) {
        if (!r.ok())
            onPingResult(seq, false, 0, r.error().userMessage);
        else
            onPingResult(seq, r.value().ok, r.value().micros, QString());
    });
}

void StatusBarController::onPingResult(quint64 seq, bool ok, qint64 micros, const QString &error)
{
    if (seq != m_pingSeq)
        return;
    m_pingInFlight = false;
    if (!ok) {
        m_rtt->setText(tr("— ms"));
        setState(State::Reconnecting, tr("Connection lost — reconnecting…"));
        if (!error.isEmpty())
            m_message->setToolTip(error);
        m_timer->start(kRetryIntervalMs);
        return;
    }
    const QLocale locale;
    const double ms = micros / 1000.0;
    m_rtt->setText(
        ms < 10 ? tr("%1 ms").arg(locale.toString(ms, 'f', 1)) : tr("%1 ms").arg(locale.toString(qRound(ms))));
    m_message->setToolTip(QString());
    if (m_state != State::Connected)
        setState(State::Connected, tr("Connected"));
    if (m_timer->interval() != kPingIntervalMs)
        m_timer->start(kPingIntervalMs);
}

QString StatusBarController::stateText() const
{
    return m_message->text();
}

QString StatusBarController::roundTripText() const
{
    return m_rtt->text();
}

int StatusBarController::pingIntervalMs() const
{
    return m_timer->interval();
}
