#pragma once

#include <QDialog>

class JobDetailWidget;

namespace ops::dispatch {
class JobDetailApi;
}

// The job detail in its own window (non-modal: open it with show()), e.g. from Enter on the board or a double-click.
class JobDetailDialog : public QDialog
{
    Q_OBJECT
public:
    JobDetailDialog(ops::dispatch::JobDetailApi *api, qint64 jobId, QWidget *parent = nullptr);
    ~JobDetailDialog() override;

    JobDetailWidget *detail() const { return m_detail; }

private:
    JobDetailWidget *m_detail = nullptr;
};
