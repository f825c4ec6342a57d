#pragma once

#include <QFrame>

class MessageBanner;
class QLabel;
class QListView;
class Spinner;

// The drop-down under the global search field: a status line, an inline banner, the result list and a footer with
// the keyboard hints. It never takes the keyboard focus (the field keeps it); GlobalSearch drives it.
class GlobalSearchPopup : public QFrame
{
    Q_OBJECT
public:
    enum class State
    {
        Hint,
        Searching,
        Results,
        NoResults,
        Error,
        Disconnected
    };

    explicit GlobalSearchPopup(QWidget *parent);
    ~GlobalSearchPopup() override;

    void setState(State state, const QString &message = {});
    State state() const { return m_state; }
    QString message() const;
    void setFooter(const QString &text);

    QListView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    int preferredHeight(int rows) const;

private:
    State m_state = State::Hint;
    QLabel *m_message = nullptr;
    Spinner *m_spinner = nullptr;
    MessageBanner *m_banner = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_footer = nullptr;
};
