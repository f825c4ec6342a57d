#include "ui/main/StartupPanel.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include "ui/common/Spinner.h"
#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;

StartupPanel::StartupPanel(QWidget *parent)
    : QFrame(parent)
    , m_stage(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(u"StartupPanel"_s);
    m_stage->setTextFormat(Qt::PlainText); // stage texts may quote an error
    setStyleSheet(Theme::styled(
        u"QFrame#StartupPanel { background: palette(base); border: 1px solid @Border; border-radius: 8px; }"
        "QLabel#StartupTitle { font-size: 13pt; font-weight: 600; color: @Text; }"
        "QLabel#StartupStage { color: @TextStage; }"
        "QProgressBar { border: none; background: @ProgressTrack; border-radius: 3px; max-height: 6px; }"
        "QProgressBar::chunk { background: @Accent; border-radius: 3px; }"_s));
    setMaximumWidth(520);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(20, 16, 20, 18);
    v->setSpacing(10);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(new Spinner(this, 18));
    auto *title = new QLabel(tr("Starting Targo Ops"), this);
    title->setObjectName(u"StartupTitle"_s);
    titleRow->addWidget(title, 1);
    v->addLayout(titleRow);
    m_stage->setObjectName(u"StartupStage"_s);
    m_stage->setWordWrap(true);
    v->addWidget(m_stage);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Start-up progress"));
    v->addWidget(m_bar);
    setProgress(tr("Connecting…"), -1);
}

StartupPanel::~StartupPanel() = default;

void StartupPanel::setProgress(const QString &stage, int percent)
{
    m_stage->setText(stage);
    if (percent <= 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, 100);
        m_bar->setValue(qBound(0, percent, 100));
    }
}

QString StartupPanel::stage() const
{
    return m_stage->text();
}

int StartupPanel::percent() const
{
    return m_bar->maximum() == 0 ? -1 : m_bar->value();
}
