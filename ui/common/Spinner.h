#pragma once

#include <QWidget>

class QTimer;

// An indeterminate busy indicator: a rotating arc painted by us. Animates only while visible.
class Spinner : public QWidget
{
    Q_OBJECT
public:
    explicit Spinner(QWidget *parent = nullptr, int diameter = 20);
    ~Spinner() override;

    QSize sizeHint() const override;
    bool isSpinning() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer *m_timer = nullptr;
    int m_diameter = 20;
    int m_angle = 0;
};
