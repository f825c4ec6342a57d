#pragma once

#include <QWidget>

class QLabel;
class Spinner;

// Covers its parent with a translucent veil, a spinner and a short text while something loads. Follows the parent's
// size. It does not block the event loop; it only hides stale content.
class BusyOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit BusyOverlay(QWidget *parent);
    ~BusyOverlay() override;

    void start(const QString &text);
    void stop();
    bool isBusy() const { return isVisible(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    Spinner *m_spinner = nullptr;
    QLabel *m_label = nullptr;
};
