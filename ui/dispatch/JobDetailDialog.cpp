#include "ui/dispatch/JobDetailDialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

#include "ui/dispatch/JobDetailWidget.h"

using namespace Qt::Literals::StringLiterals;

JobDetailDialog::JobDetailDialog(ops::dispatch::JobDetailApi *api, qint64 jobId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"jobDetailDialog"_s);
    setWindowTitle(tr("Job"));
    auto *layout = new QVBoxLayout(this);
    m_detail = new JobDetailWidget(this);
    m_detail->setApi(api);
    layout->addWidget(m_detail, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(
        m_detail, &JobDetailWidget::loaded, this, [this] { setWindowTitle(tr("Job %1").arg(m_detail->job().code)); });
    resize(760, 680);
    m_detail->openJob(jobId);
}

JobDetailDialog::~JobDetailDialog() = default;
