#pragma once

#include <QPointer>
#include <QWidget>

class CatalogueFilterModel;
class CatalogueModel;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace ops::catalogue {
class CatalogueApi;
struct CatalogueItem;
} // namespace ops::catalogue

// The Billing section's "Plans and products" tab: every item of the catalogue with its current price and a change
// already scheduled, filtered by text, kind and status. Keyboard first: Ctrl+F goes to the filter, Ctrl+N creates an
// item, Enter edits the current one (read only without the right to change the catalogue).
class CatalogueWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogueWidget(QWidget *parent = nullptr);
    ~CatalogueWidget() override;

    void setApi(ops::catalogue::CatalogueApi *api);
    void setAllowed(bool allowed);
    void reload();

    // Opens the dialog for a new item, or for the current one (the dialog is modeless; it deletes itself).
    void newItem();
    void editCurrent();

    CatalogueModel *model() const { return m_model; }
    CatalogueFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_text; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *activeCombo() const { return m_active; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QLabel *countLabel() const { return m_count; }
    MessageBanner *banner() const { return m_banner; }

signals:
    // The dialog opened (tests and the screenshot use it).
    void dialogOpened(QWidget *dialog);

private:
    void openDialog(const ops::catalogue::CatalogueItem &item);
    void updateCount();

    QPointer<ops::catalogue::CatalogueApi> m_api;
    bool m_allowed = false;
    qint64 m_selectAfterLoad = 0;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_active = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_view = nullptr;
    CatalogueModel *m_model = nullptr;
    CatalogueFilterModel *m_filter = nullptr;
};
