#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;

// The inline card shown while the database opens: which stage, and how far (demo data loading reports a percent).
class StartupPanel : public QFrame
{
    Q_OBJECT
public:
    explicit StartupPanel(QWidget *parent = nullptr);
    ~StartupPanel() override;

    void setProgress(const QString &stage, int percent); // percent <= 0: indeterminate
    QString stage() const;
    int percent() const;

private:
    QLabel *m_stage = nullptr;
    QProgressBar *m_bar = nullptr;
};
