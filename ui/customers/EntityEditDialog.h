#pragma once

#include <optional>

#include <QDialog>
#include <QFuture>
#include <QMap>
#include <QSet>

#include "core/customers/CustomerEditTypes.h"

class MessageBanner;
class QDialogButtonBox;
class QFormLayout;
class QFrame;
class QLabel;
class QPushButton;
class QTimer;

// The frame of the customer, location, equipment and subscription edit dialogs: a form whose fields each have an
// inline, translated error label; validation as you type (debounced) and on save; Ctrl+S saves, Esc cancels (asking
// first when something changed). Saving never blocks: the form stays editable-looking but disabled while the save
// runs on a DB thread. A refused save keeps every value in the form: field errors appear next to their fields; a
// database failure shows the banner with Retry; a conflict (the row changed since it was opened) shows a panel that
// separates their changes, yours, and the fields both changed, with Reload (take theirs) and Apply mine again: a
// three-way merge onto their version, where only the fields you changed take your value (their other changes are
// kept) before the save is tried again.
class EntityEditDialog : public QDialog
{
    Q_OBJECT
public:
    ~EntityEditDialog() override;

    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    QLabel *errorLabel(const QString &field) const { return m_errors.value(field); }
    QString errorText(const QString &field) const; // empty when the field is fine
    MessageBanner *banner() const { return m_banner; }
    QFrame *conflictPanel() const { return m_conflict; }
    QLabel *conflictText() const { return m_conflictText; }
    QPushButton *saveButton() const { return m_save; }
    bool isLoaded() const { return m_loaded; }
    bool isSaving() const { return m_saving; }
    bool isDirty() const;

    void save(); // validates, then saves asynchronously
    // Role gating: a locked field is shown but disabled, with why as its tooltip; with every field locked the dialog
    // is read-only (Save disabled). Survives loading and saving.
    void setFieldsLocked(const QStringList &fields, bool locked, const QString &why = {});
    bool isFieldLocked(const QString &field) const;
    void reject() override; // Esc: asks before dropping changes

    // Test hook: answers the "discard changes?" question without a modal box (nullptr: ask the user).
    void setDiscardAnswer(std::function<bool()> answer) { m_discardAnswer = std::move(answer); }

signals:
    void loaded();
    void saved(qint64 id);
    void saveFailed();
    void conflictShown();

protected:
    explicit EntityEditDialog(QWidget *parent);

    // Field registration, in focus order.
    void addField(const QString &field, const QString &label, QWidget *editor);
    void addSection(const QString &title);
    void finishForm(); // after the last addField: tab order, shortcuts, change tracking
    void setLoaded(bool loaded);
    void showFieldErrors(const ops::customers::FieldErrors &errors, const ops::customers::FieldErrors &warnings = {});
    void showLoadError(const ops::Error &error);
    // theirs: the row as stored now; compared with storedValues() (what was loaded) and formValues() (mine).
    void showConflict(const QMap<QString, QString> &theirs, const QString &message);
    void clearConflict();
    void finishSave();
    // Handles a save's outcome; returns true when saved.
    template <typename T> bool handleWrite(const ops::customers::WriteResult<T> &r);
    // Waits (without blocking) for a save: saved → *row takes the stored row, saved(id), the dialog closes; a
    // conflict keeps their row in *theirs for Reload / Apply mine again. Defined where the dialogs are.
    template <typename T>
    void submitWith(QFuture<ops::customers::WriteResult<T>> save, T *row, std::optional<T> *theirs);
    QString labelFor(const QString &field) const { return m_labels.value(field, field); }

    // Subclass hooks.
    virtual QMap<QString, QString> formValues() const = 0; // what the form shows, as display text
    virtual QMap<QString, QString> storedValues() const = 0; // the row as loaded
    virtual ops::customers::FieldErrors validateForm(ops::customers::FieldErrors *warnings) const = 0;
    virtual void submit() = 0; // start the save of the form's values (over the version held)
    virtual void takeTheirs() = 0; // conflict: show the stored row, hold its version

private:
    void scheduleValidation();
    void setEditorsEnabled(bool enabled);
    void validateNow();
    void applyMineOverTheirs();

    QFormLayout *m_form = nullptr;
    MessageBanner *m_banner = nullptr;
    QFrame *m_conflict = nullptr;
    QLabel *m_conflictText = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QTimer *m_validateTimer = nullptr;
    QMap<QString, QWidget *> m_editors;
    QMap<QString, QLabel *> m_errors;
    QMap<QString, QString> m_labels;
    QList<QWidget *> m_order;
    QSet<QWidget *> m_locked;
    bool m_loaded = false;
    bool m_saving = false;
    std::function<bool()> m_discardAnswer;
};

template <typename T> bool EntityEditDialog::handleWrite(const ops::customers::WriteResult<T> &r)
{
    finishSave();
    if (r.ok())
        return true;
    if (r.isConflict()) {
        showConflict(r.conflict->current.values(), r.error().userMessage);
        return false;
    }
    if (!r.fieldErrors.isEmpty()) {
        showFieldErrors(r.fieldErrors);
        emit saveFailed();
        return false;
    }
    showLoadError(r.error());
    emit saveFailed();
    return false;
}
