#pragma once

#include <QDate>
#include <QDialog>
#include <QPointer>

#include "core/catalogue/CatalogueTypes.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ops::catalogue {
class CatalogueApi;
}

// Creates or edits one plan or product: FR/EN names, SKU, kind, speeds, OLT profile, monthly price, taxable, active.
// A changed price of an existing item is not immediate: the dialog says from which day it is billed (the first day of
// next month) and shows a change already scheduled. Read only without the right to change the catalogue.
class CatalogueItemDialog : public QDialog
{
    Q_OBJECT
public:
    // item.id 0: a new item.
    CatalogueItemDialog(ops::catalogue::CatalogueApi *api, const ops::catalogue::CatalogueItem &item, bool editable,
        QWidget *parent = nullptr);

    // The item the form describes now; *priceOk false when the price cannot be read.
    ops::catalogue::CatalogueItem formItem(bool *priceOk = nullptr) const;
    // The first day the new price would be billed (today's next month), for the note.
    static QDate nextPeriod(const QDate &today);

    QLineEdit *skuEdit() const { return m_sku; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *nameFrEdit() const { return m_nameFr; }
    QLineEdit *nameEnEdit() const { return m_nameEn; }
    QSpinBox *downloadSpin() const { return m_down; }
    QSpinBox *uploadSpin() const { return m_up; }
    QLineEdit *oltEdit() const { return m_olt; }
    QLineEdit *priceEdit() const { return m_price; }
    QCheckBox *taxableCheck() const { return m_taxable; }
    QCheckBox *activeCheck() const { return m_active; }
    QLabel *priceNote() const { return m_priceNote; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    void saved(const ops::catalogue::CatalogueSaveResult &result);

public slots:
    void accept() override; // saves through the API; closes once saved

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updatePriceNote();

    QPointer<ops::catalogue::CatalogueApi> m_api;
    ops::catalogue::CatalogueItem m_item;
    bool m_editable = true;
    bool m_saving = false;
    QLineEdit *m_sku = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_nameFr = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QSpinBox *m_down = nullptr;
    QSpinBox *m_up = nullptr;
    QLineEdit *m_olt = nullptr;
    QLineEdit *m_price = nullptr;
    QCheckBox *m_taxable = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_priceNote = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
