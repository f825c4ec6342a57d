#pragma once

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include "core/dispatch/RegionRulesApi.h"

class MessageBanner;
class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolBar;
class QTreeWidget;

// Administration → Regions: the rules that give each service location (and so each dispatch job) its region. Lists the
// rules (start of a postal code or a city → region), the regions with how many locations they hold and how many have
// none; adds and removes rules, adds regions, and applies the rules to every existing location (ops_region_reassign).
// New locations take their region when they are created; existing ones change only when the admin applies the rules,
// so a half-edited rule set never moves jobs between dispatchers. Every call is asynchronous.
class RegionRulesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RegionRulesWidget(QWidget *parent = nullptr);
    ~RegionRulesWidget() override;

    void setApi(ops::dispatch::RegionRulesApi *api); // null: empties
    void reload();

    void addRule(); // opens the dialog (non-blocking)
    void removeRule(); // the selected one, after confirming
    void addRegion();
    void applyToAllLocations(); // after confirming

    const ops::dispatch::RegionRulesView &view() const { return m_view; }
    QTreeWidget *rulesList() const { return m_rules; }
    QTreeWidget *regionsList() const { return m_regions; }
    QLineEdit *filter() const { return m_filter; }
    QLabel *summary() const { return m_summary; }
    MessageBanner *banner() const { return m_banner; }
    QAction *addRuleAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *regionAction() const { return m_newRegion; }
    QAction *applyAction() const { return m_apply; }

signals:
    void idle(); // a call finished (for tests)

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void applyFilter();
    void updateActions();
    void showError(const ops::Error &error);
    void runAdd(const ops::dispatch::RegionRuleInput &input);
    void runApply();
    qint64 selectedRegion() const;

    QPointer<ops::dispatch::RegionRulesApi> m_api;
    ops::dispatch::RegionRulesView m_view;
    QToolBar *m_toolbar = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_rules = nullptr;
    QTreeWidget *m_regions = nullptr;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_newRegion = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_refresh = nullptr;
    int m_pending = 0;
    qint64 m_selectRule = 0; // select this rule after the next reload
};

// Adds one rule: the region, whether it is the start of a postal code or a city, and the value; checked while typing
// (normalisedRule) so OK is only enabled for a rule the database will accept.
class RegionRuleDialog : public QDialog
{
    Q_OBJECT
public:
    RegionRuleDialog(const QList<ops::dispatch::Region> &regions, qint64 preselectedRegion, QWidget *parent = nullptr);

    ops::dispatch::RegionRuleInput input() const; // normalised
    QComboBox *regionBox() const { return m_region; }
    QLineEdit *valueEdit() const { return m_value; }
    void setCityKind(bool city);
    QLabel *problem() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

private:
    void check();
    QComboBox *m_region = nullptr;
    QButtonGroup *m_kind = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};
