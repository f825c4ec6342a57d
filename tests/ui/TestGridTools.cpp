// GridTools: the column chooser hides and shows columns, the header state survives a new view on the same Settings
// file, "Reset columns" restores the grid's own layout, and the visible-rows export writes the shown columns in view
// order (formula-neutralised, numbers kept) on a worker thread.
#include <QAction>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QPromise>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

#include "core/export/ExportService.h"
#include "core/settings/Settings.h"
#include "ui/common/GridTools.h"

using namespace Qt::Literals::StringLiterals;

class TestGridTools : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void columnChooserHidesAndShows();
    void stateSurvivesANewView();
    void resetColumns();
    void visibleRowsExport();
    void allRowsProviderAndCancel();
    void suggestedName();

private:
    QStandardItemModel *makeModel(QObject *parent);
    QTemporaryDir m_dir;
    QString m_ini;
};

void TestGridTools::init()
{
    static int n = 0;
    m_ini = m_dir.filePath(u"settings-%1.ini"_s.arg(++n));
}

QStandardItemModel *TestGridTools::makeModel(QObject *parent)
{
    auto *m = new QStandardItemModel(0, 3, parent);
    m->setHorizontalHeaderLabels({u"Code"_s, u"Montant"_s, u"Note"_s});
    const QList<QList<QVariant>> rows{{u"A-1"_s, -12, u"=SUM(A1)"_s}, {u"B-2"_s, 3.5, u"Hélène; \"guillemets\""_s},
        {u"C-3"_s, 0, u"ligne\nsuivante"_s}};
    for (const auto &r : rows) {
        QList<QStandardItem *> items;
        for (const QVariant &v : r) {
            auto *it = new QStandardItem;
            it->setData(v, Qt::DisplayRole);
            items << it;
        }
        m->appendRow(items);
    }
    return m;
}

void TestGridTools::columnChooserHidesAndShows()
{
    ops::Settings settings(m_ini);
    QTableView view;
    view.setModel(makeModel(&view));
    auto *tools = GridTools::attach(&view, &settings, u"Test/grid"_s, u"test"_s);
    std::unique_ptr<QMenu> menu(tools->buildHeaderMenu());
    QList<QAction *> columns;
    for (QAction *a : menu->actions()) {
        if (a->isCheckable())
            columns << a;
    }
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns[1]->text(), u"Montant"_s);
    columns[1]->toggle(); // hide "Montant"
    QVERIFY(view.horizontalHeader()->isSectionHidden(1));
    columns[1]->toggle();
    QVERIFY(!view.horizontalHeader()->isSectionHidden(1));
    // The last visible column cannot be hidden.
    tools->setColumnVisible(0, false);
    tools->setColumnVisible(1, false);
    tools->setColumnVisible(2, false);
    QVERIFY(!view.horizontalHeader()->isSectionHidden(2));
    std::unique_ptr<QMenu> menu2(tools->buildHeaderMenu());
    int enabled = 0;
    for (QAction *a : menu2->actions())
        enabled += a->isCheckable() && a->isEnabled();
    QCOMPARE(enabled, 2); // the two hidden ones (to show them again)
}

void TestGridTools::stateSurvivesANewView()
{
    {
        ops::Settings settings(m_ini);
        QTreeView view;
        view.setModel(makeModel(&view));
        auto *tools = GridTools::attach(&view, &settings, u"Test/grid"_s, u"test"_s);
        tools->setColumnVisible(1, false);
        view.header()->moveSection(2, 0); // Note first
        view.header()->resizeSection(0, 222);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.hide(); // pending width change saved on hide
        QVERIFY(settings.sync().ok());
    }
    ops::Settings settings(m_ini);
    QTreeView view;
    view.setModel(makeModel(&view));
    GridTools::attach(&view, &settings, u"Test/grid"_s, u"test"_s);
    QVERIFY(view.header()->isSectionHidden(1));
    QCOMPARE(view.header()->logicalIndex(0), 2);
    QCOMPARE(view.header()->sectionSize(0), 222);
}

void TestGridTools::resetColumns()
{
    ops::Settings settings(m_ini);
    QTableView view;
    view.setModel(makeModel(&view));
    view.horizontalHeader()->resizeSection(0, 150); // the grid's own default
    auto *tools = GridTools::attach(&view, &settings, u"Test/grid"_s, u"test"_s);
    tools->setColumnVisible(0, false);
    view.horizontalHeader()->moveSection(2, 0);
    tools->resetColumns();
    QVERIFY(!view.horizontalHeader()->isSectionHidden(0));
    QCOMPARE(view.horizontalHeader()->logicalIndex(0), 0);
    QCOMPARE(view.horizontalHeader()->sectionSize(0), 150);
}

void TestGridTools::visibleRowsExport()
{
    ops::Settings settings(m_ini);
    QTableView view;
    view.setModel(makeModel(&view));
    auto *tools = GridTools::attach(&view, &settings, u"Test/grid"_s, u"test"_s);
    tools->setProgressDialogEnabled(false);
    // Without an export service (no session), exporting says so and writes nothing.
    QSignalSpy failed(tools, &GridTools::exportFailed);
    tools->exportVisibleRows(m_dir.filePath(u"none.csv"_s));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.csv"_s)));
    QVERIFY(!tools->isExporting());
    // The session's ExportService writes on its CPU pool (here a pool of the test's own).
    QThreadPool cpu;
    ops::csv::ExportService exports(cpu);
    tools->setExportService(&exports);
    view.horizontalHeader()->moveSection(2, 0); // Note, Code, Montant
    tools->setColumnVisible(0, false); // hide Code
    view.setRowHidden(2, true);
    QSignalSpy done(tools, &GridTools::exportFinished);
    const QString path = m_dir.filePath(u"visible.csv"_s);
    tools->exportVisibleRows(path);
    QVERIFY(tools->isExporting());
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(1).toLongLong(), 2);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const ops::csv::CsvOptions o = GridTools::uiCsvOptions();
    const QString sep = o.separator;
    const QString expected = u"Note%1Montant\r\n'=SUM(A1)%1-12\r\n"_s.arg(sep)
        + ops::csv::CsvWriter::encodeField(u"Hélène; \"guillemets\""_s, ops::csv::CellKind::Text, o) + sep + u"3"_s
        + QString(o.decimalPoint) + u"5\r\n"_s;
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), expected);
    QVERIFY(!tools->isExporting());
}

void TestGridTools::allRowsProviderAndCancel()
{
    ops::Settings settings(m_ini);
    QTableView view;
    view.setModel(makeModel(&view));
    auto *tools = GridTools::attach(&view, &settings, u"Test/grid"_s, u"test"_s);
    tools->setProgressDialogEnabled(false);
    auto promise = std::make_shared<QPromise<ops::Result<qint64>>>();
    bool cancelled = false;
    tools->setAllRowsProvider([&](const QString &, const ops::csv::CsvOptions &) {
        GridExportJob job;
        promise->start();
        job.rows = promise->future();
        job.cancel = [&] {
            cancelled = true;
            promise->addResult(ops::Error::make(ops::Error::Kind::Cancelled, u"cancelled"_s));
            promise->finish();
        };
        job.rowsSoFar = [] {
            return qint64(5);
        };
        job.estimatedTotal = [] {
            return qint64(10);
        };
        return job;
    });
    QSignalSpy cancelledSpy(tools, &GridTools::exportCancelled);
    tools->exportAllRows(m_dir.filePath(u"all.csv"_s));
    QVERIFY(tools->isExporting());
    QVERIFY(!tools->exportAction()->isEnabled());
    tools->cancelExport();
    QVERIFY(cancelled);
    QVERIFY(cancelledSpy.wait(5000));
    QVERIFY(!tools->isExporting());
    QVERIFY(tools->exportAction()->isEnabled());
}

void TestGridTools::suggestedName()
{
    ops::Settings settings(m_ini);
    QTableView view;
    view.setModel(makeModel(&view));
    auto *tools = GridTools::attach(&view, &settings, u"Test/grid"_s, u"tickets"_s);
    QCOMPARE(QFileInfo(tools->suggestedPath()).fileName(),
        u"tickets-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
}

QTEST_MAIN(TestGridTools)
#include "TestGridTools.moc"
