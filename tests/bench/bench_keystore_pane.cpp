// Benchmark (not a ctest): the keystore pane of a 5,000-entry keystore, opened, loaded into
// KeystoreModel and sorted by "Valid until" in a QTableView until rows are shown, against a
// baseline measured in the same run: a plain QStandardItemModel filled with the same rows'
// strings and sorted the same way ("baseline: QStandardItemModel").
//   bench_keystore_pane [TENANT_FILE]   (without a file, a 5,000-entry tenant is generated first
//                                        and its creation timed separately)
#include "app/client/local/LocalTenant.h"
#include "app/client/local/Seeder.h"
#include "app/workspace/Workspace.h"
#include "models/KeystoreModel.h"
#include "models/SearchFilterProxy.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace gh;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
    FixedClock clock(now);
    QTemporaryDir dir;
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("scale.ghtenant"));
        QElapsedTimer t;
        t.start();
        ScaleSpec spec;
        spec.keystore = 5000;
        const Status s = Seeder::createTenantFile(
            path, [&](TenantStore& store) { return Seeder::populateScale(store, spec, now); });
        if (!s) {
            std::fprintf(stderr, "creating the tenant failed: %s\n", qPrintable(s.error().toString()));
            return 1;
        }
        std::printf("tenant creation (5,000 keystore entries, not measured below): %lld ms\n",
                    t.elapsed());
    }

    // Gatehouse: open + load KeystoreModel + sort by valid-until in a QTableView, rows shown.
    QElapsedTimer t;
    t.start();
    auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
    if (!tenant) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(tenant.error().toString()));
        return 1;
    }
    const qint64 opened = t.elapsed();
    Workspace workspace(*tenant, clock);
    KeystoreModel model(clock);
    SearchFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.resize(1200, 800);
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(KeystoreModel::ValidUntilColumn, Qt::AscendingOrder);
    view.show();
    model.setWorkspace(&workspace);
    if (!QTest::qWaitFor([&] { return model.hasLoaded() && !model.isLoading(); }, 60000))
        return 1;
    const qint64 loaded = t.elapsed();
    view.repaint(); // rows painted
    QCoreApplication::processEvents();
    const qint64 ours = t.elapsed();
    const int rows = proxy.rowCount();
    const QString first = proxy.index(0, KeystoreModel::AliasColumn).data().toString();

    // Baseline: the same rows' strings in a QStandardItemModel, sorted by the date string.
    QElapsedTimer b;
    b.start();
    QStandardItemModel baseline(rows, model.columnCount());
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            baseline.setItem(r, c, new QStandardItem(model.index(r, c).data().toString()));
    }
    QTableView baseView;
    baseView.resize(1200, 800);
    baseView.setModel(&baseline);
    baseView.setSortingEnabled(true);
    baseView.sortByColumn(KeystoreModel::ValidUntilColumn, Qt::AscendingOrder);
    baseView.show();
    baseView.repaint();
    QCoreApplication::processEvents();
    const qint64 base = b.elapsed();

    // Where the load goes: the store thread's part alone (read + decode of every entry), timed
    // again after the measurement (warm), for the phase breakdown printed below.
    QElapsedTimer s;
    s.start();
    const qsizetype listed = workspace.client().keystore().list().result().value().size();
    const qint64 storeList = s.elapsed();

    std::printf("keystore pane: %d rows, open + load + sort by valid-until + shown: %lld ms "
                "(goal <= 300 ms); first row %s\n",
                rows, ours, qPrintable(first));
    std::printf("  phases: open %lld ms, + load into the model and sort %lld ms, + paint %lld ms\n",
                opened, loaded - opened, ours - loaded);
    std::printf("  of which the store thread's list of %lld entries (read + decode; measured again "
                "afterwards): %lld ms\n",
                static_cast<long long>(listed), storeList);
    std::printf("baseline: QStandardItemModel (same strings, fill + sort + shown, no I/O): %lld ms\n",
                base);
    std::printf("ratio gatehouse / baseline: %.2f\n", base > 0 ? double(ours) / double(base) : 0.0);
    return ours <= 300 ? 0 : 2;
}
