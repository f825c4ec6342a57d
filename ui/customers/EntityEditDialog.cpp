#include "ui/customers/EntityEditDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"

using namespace Qt::Literals::StringLiterals;

EntityEditDialog::EntityEditDialog(QWidget *parent)
    : QDialog(parent)
    , m_validateTimer(new QTimer(this))
{
    setObjectName(u"EntityEditDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"editBanner"_s);
    layout->addWidget(m_banner);

    m_conflict = new QFrame(this);
    m_conflict->setObjectName(u"conflictPanel"_s);
    m_conflict->setFrameShape(QFrame::StyledPanel);
    m_conflict->setStyleSheet(
        Theme::styled(u"QFrame#conflictPanel { background: @ConflictBackground; border: 1px solid @ConflictBorder;"
                      " border-radius: 4px; }"_s));
    auto *cl = new QVBoxLayout(m_conflict);
    m_conflictText = new QLabel(m_conflict);
    m_conflictText->setObjectName(u"conflictText"_s);
    m_conflictText->setTextFormat(Qt::PlainText);
    m_conflictText->setWordWrap(true);
    cl->addWidget(m_conflictText);
    auto *cb = new QHBoxLayout;
    cb->addStretch(1);
    auto *reload = new QPushButton(tr("Reload (take theirs)"), m_conflict);
    reload->setObjectName(u"conflictReload"_s);
    auto *again = new QPushButton(tr("Apply mine again"), m_conflict);
    again->setObjectName(u"conflictApplyMine"_s);
    cb->addWidget(reload);
    cb->addWidget(again);
    cl->addLayout(cb);
    m_conflict->hide();
    layout->addWidget(m_conflict);
    connect(reload, &QPushButton::clicked, this, [this] {
        clearConflict();
        takeTheirs();
        validateNow();
    });
    connect(again, &QPushButton::clicked, this, [this] {
        clearConflict();
        applyMineOverTheirs();
        save();
    });

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_save->setText(tr("Save"));
    m_save->setAutoDefault(false);
    m_save->setDefault(false);
    connect(m_save, &QPushButton::clicked, this, &EntityEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EntityEditDialog::reject);
    layout->addWidget(m_buttons);

    new QShortcut(QKeySequence::Save, this, this, &EntityEditDialog::save);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(350);
    connect(m_validateTimer, &QTimer::timeout, this, &EntityEditDialog::validateNow);
    setMinimumWidth(520);
}

EntityEditDialog::~EntityEditDialog() = default;

void EntityEditDialog::addSection(const QString &title)
{
    auto *l = new QLabel(title, this);
    l->setStyleSheet(Theme::styled(u"font-weight: 600; color: @TextFieldLabel; margin-top: 6px;"_s));
    m_form->addRow(l);
}

void EntityEditDialog::addField(const QString &field, const QString &label, QWidget *editor)
{
    editor->setObjectName(field);
    editor->setAccessibleName(label);
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(editor);
    auto *err = new QLabel(box);
    err->setObjectName(field + u"Error"_s);
    err->setTextFormat(Qt::PlainText);
    err->setWordWrap(true);
    err->setStyleSheet(Theme::styled(u"color: @TextDanger; font-size: 8.5pt;"_s));
    err->hide();
    v->addWidget(err);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(editor);
    m_form->addRow(caption, box);
    m_editors.insert(field, editor);
    m_errors.insert(field, err);
    m_labels.insert(field, QString(label).remove(u'&').remove(u':'));
    m_order.append(editor);
}

void EntityEditDialog::finishForm()
{
    for (int i = 1; i < m_order.size(); ++i)
        setTabOrder(m_order.at(i - 1), m_order.at(i));
    if (!m_order.isEmpty())
        setTabOrder(m_order.last(), m_save);
    for (QWidget *w : std::as_const(m_order)) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            connect(e, &QLineEdit::textEdited, this, &EntityEditDialog::scheduleValidation);
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            connect(p, &QPlainTextEdit::textChanged, this, &EntityEditDialog::scheduleValidation);
        else if (auto *c = qobject_cast<QComboBox *>(w))
            connect(c, &QComboBox::currentIndexChanged, this, &EntityEditDialog::scheduleValidation);
        else if (auto *d = qobject_cast<QDateEdit *>(w))
            connect(d, &QDateEdit::dateChanged, this, &EntityEditDialog::scheduleValidation);
        else if (auto *s = qobject_cast<QSpinBox *>(w))
            connect(s, &QSpinBox::valueChanged, this, &EntityEditDialog::scheduleValidation);
        else if (auto *k = qobject_cast<QCheckBox *>(w))
            connect(k, &QCheckBox::toggled, this, &EntityEditDialog::scheduleValidation);
    }
    if (!m_order.isEmpty())
        m_order.first()->setFocus();
}

void EntityEditDialog::setLoaded(bool loaded)
{
    m_loaded = loaded;
    setEditorsEnabled(loaded && !m_saving);
    if (loaded) {
        if (!m_order.isEmpty())
            m_order.first()->setFocus();
        emit this->loaded();
    }
}

QString EntityEditDialog::errorText(const QString &field) const
{
    QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

bool EntityEditDialog::isDirty() const
{
    return m_loaded && formValues() != storedValues();
}

void EntityEditDialog::scheduleValidation()
{
    m_validateTimer->start();
}

void EntityEditDialog::validateNow()
{
    m_validateTimer->stop();
    ops::customers::FieldErrors warnings;
    const auto errors = validateForm(&warnings);
    showFieldErrors(errors, warnings);
}

void EntityEditDialog::showFieldErrors(
    const ops::customers::FieldErrors &errors, const ops::customers::FieldErrors &warnings)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString e = errors.value(it.key());
        const QString w = warnings.value(it.key());
        QLabel *l = it.value();
        l->setText(e.isEmpty() ? w : e);
        l->setStyleSheet(Theme::styled(
            e.isEmpty() ? u"color: @TextWarning; font-size: 8.5pt;"_s : u"color: @TextDanger; font-size: 8.5pt;"_s));
        l->setVisible(!l->text().isEmpty());
        if (QWidget *ed = m_editors.value(it.key()))
            ed->setProperty("invalid", !e.isEmpty());
    }
    // An error on a field the form does not show (customer_id, …) goes to the banner.
    QStringList hidden;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (!m_errors.contains(it.key()))
            hidden << it.value();
    }
    if (!hidden.isEmpty())
        m_banner->showError(hidden.join(u' '));
}

void EntityEditDialog::save()
{
    if (!m_loaded || m_saving || m_locked.size() >= m_order.size())
        return;
    m_validateTimer->stop();
    ops::customers::FieldErrors warnings;
    const auto errors = validateForm(&warnings);
    showFieldErrors(errors, warnings);
    if (!errors.isEmpty()) {
        if (QWidget *first = m_editors.value(errors.firstKey()))
            first->setFocus();
        emit saveFailed();
        return;
    }
    m_saving = true;
    m_banner->clearActions();
    m_banner->dismiss();
    setLoaded(true);
    m_loaded = true;
    setEditorsEnabled(false);
    submit();
}

void EntityEditDialog::finishSave()
{
    m_saving = false;
    setEditorsEnabled(true);
}

void EntityEditDialog::setEditorsEnabled(bool enabled)
{
    for (QWidget *w : std::as_const(m_order))
        w->setEnabled(enabled && !m_locked.contains(w));
    m_save->setEnabled(enabled && m_locked.size() < m_order.size());
}

void EntityEditDialog::setFieldsLocked(const QStringList &fields, bool locked, const QString &why)
{
    for (const QString &f : fields) {
        QWidget *w = m_editors.value(f);
        if (!w)
            continue;
        if (locked)
            m_locked.insert(w);
        else
            m_locked.remove(w);
        w->setToolTip(locked ? why : QString());
    }
    setEditorsEnabled(m_loaded && !m_saving);
}

bool EntityEditDialog::isFieldLocked(const QString &field) const
{
    QWidget *w = m_editors.value(field);
    return w && m_locked.contains(w);
}

void EntityEditDialog::showLoadError(const ops::Error &error)
{
    m_banner->clearActions();
    if (m_loaded) {
        QAbstractButton *retry = m_banner->addAction(tr("Retry"));
        retry->setObjectName(u"retrySave"_s);
        connect(retry, &QAbstractButton::clicked, this, &EntityEditDialog::save);
    }
    m_banner->showError(
        m_loaded ? tr("Not saved: %1 Your entries are kept.").arg(error.userMessage) : error.userMessage);
}

void EntityEditDialog::showConflict(const QMap<QString, QString> &theirs, const QString &message)
{
    const QMap<QString, QString> base = storedValues();
    const QMap<QString, QString> mine = formValues();
    const QString empty = tr("(empty)");
    const auto shown = [&empty](const QString &v) {
        return v.isEmpty() ? empty : v.left(120);
    };
    QStringList byThem;
    QStringList byMe;
    QStringList byBoth;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const QString &field = it.key();
        const QString was = base.value(field);
        const QString t = theirs.value(field);
        const bool iChanged = it.value() != was;
        const bool theyChanged = t != was;
        if (iChanged && theyChanged && t != it.value())
            byBoth << tr("%1: theirs %2, yours %3").arg(labelFor(field), shown(t), shown(it.value()));
        else if (theyChanged && !iChanged)
            byThem << tr("%1: %2 → %3", "field: before → theirs").arg(labelFor(field), shown(was), shown(t));
        else if (iChanged && !theyChanged)
            byMe << tr("%1: %2 → %3", "field: before → mine").arg(labelFor(field), shown(was), shown(it.value()));
    }
    QStringList lines{message, tr("Your changes were not saved.")};
    if (!byThem.isEmpty())
        lines << tr("Changed by them (kept if you apply yours again):") << byThem;
    if (!byMe.isEmpty())
        lines << tr("Your changes:") << byMe;
    if (!byBoth.isEmpty())
        lines << tr("Changed by both (yours wins if you apply yours again):") << byBoth;
    if (byThem.isEmpty() && byMe.isEmpty() && byBoth.isEmpty())
        lines << tr("No field differs from what you entered.");
    m_conflictText->setText(lines.join(u'\n'));
    m_conflict->show();
    emit conflictShown();
}

namespace {

// What an editor shows, to put back after the form was refilled.
QVariant editorState(QWidget *w)
{
    if (auto *e = qobject_cast<QLineEdit *>(w))
        return e->text();
    if (auto *e = qobject_cast<QPlainTextEdit *>(w))
        return e->toPlainText();
    if (auto *e = qobject_cast<QComboBox *>(w))
        return e->currentIndex();
    if (auto *e = qobject_cast<QDoubleSpinBox *>(w))
        return e->value();
    if (auto *e = qobject_cast<QSpinBox *>(w))
        return e->value();
    if (auto *e = qobject_cast<QDateEdit *>(w))
        return e->date();
    if (auto *e = qobject_cast<QAbstractButton *>(w))
        return e->isChecked();
    return {};
}

void restoreEditorState(QWidget *w, const QVariant &v)
{
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->setText(v.toString());
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->setPlainText(v.toString());
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->setCurrentIndex(v.toInt());
    if (auto *real = qobject_cast<QDoubleSpinBox *>(w))
        return real->setValue(v.toDouble());
    if (auto *integer = qobject_cast<QSpinBox *>(w))
        return integer->setValue(v.toInt());
    if (auto *date = qobject_cast<QDateEdit *>(w))
        return date->setDate(v.toDate());
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        button->setChecked(v.toBool());
}

} // namespace

void EntityEditDialog::applyMineOverTheirs()
{
    // Three-way merge: the fields I changed (form vs the row I loaded) keep my value; every other field takes
    // theirs, so re-applying my edit never undoes a change I did not make.
    const QMap<QString, QString> base = storedValues();
    const QMap<QString, QString> mine = formValues();
    QMap<QString, QVariant> changedByMe;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        QWidget *editor = m_editors.value(it.key());
        if (editor && it.value() != base.value(it.key()))
            changedByMe.insert(it.key(), editorState(editor));
    }
    takeTheirs(); // their row and version in the form
    for (auto it = changedByMe.cbegin(); it != changedByMe.cend(); ++it)
        restoreEditorState(m_editors.value(it.key()), it.value());
}

void EntityEditDialog::clearConflict()
{
    m_conflict->hide();
    m_conflictText->clear();
}

void EntityEditDialog::reject()
{
    if (m_saving)
        return;
    if (isDirty()) {
        const bool discard = m_discardAnswer ? m_discardAnswer()
                                             : QMessageBox::question(this, tr("Discard changes?"),
                                                   tr("You have unsaved changes. Close without saving them?"),
                                                   QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
                == QMessageBox::Discard;
        if (!discard)
            return;
    }
    QDialog::reject();
}
