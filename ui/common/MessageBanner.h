#pragma once

#include <QFrame>

class QAbstractButton;
class QHBoxLayout;
class QLabel;
class QToolButton;

// Non-modal inline message (KMessageWidget idea): info, success, warning or error, with optional action buttons.
// Never blocks; the user may keep working while it is shown.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        Info,
        Success,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    void showMessage(Level level, const QString &text);
    void showInfo(const QString &text) { showMessage(Level::Info, text); }
    void showSuccess(const QString &text) { showMessage(Level::Success, text); }
    void showWarning(const QString &text) { showMessage(Level::Warning, text); }
    void showError(const QString &text) { showMessage(Level::Error, text); }
    void dismiss();

    // Adds a button on the right; connect its clicked() with your own context. Cleared by clearActions().
    QAbstractButton *addAction(const QString &text);
    void clearActions();
    void setClosable(bool closable);

    Level level() const { return m_level; }
    QString text() const;

signals:
    void dismissed();

private:
    void applyLevel();

    Level m_level = Level::Info;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QToolButton *m_close = nullptr;
};
