#pragma once

// A fresh demo tenant in a temporary folder, opened as a Workspace with a fixed clock, and small
// helpers to find rows of an entity model by key.

#include "TestSupport.h"
#include "app/client/local/LocalTenant.h"
#include "app/client/local/Seeder.h"
#include "app/workspace/Workspace.h"
#include "models/EntityModel.h"

#include <QAbstractItemModelTester>

#include <memory>

namespace gh::test {

class DemoWorkspace
{
public:
    // Creates the tenant file (about a second: certificates are generated) and opens it.
    bool open()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.ghtenant"));
        const Status created = Seeder::createTenantFile(
            path, [](TenantStore& store) { return Seeder::populateDemo(store, fixedNow()); });
        if (!created) {
            qWarning("creating the demo tenant failed: %s", qPrintable(created.error().toString()));
            return false;
        }
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        if (!tenant) {
            qWarning("opening the demo tenant failed: %s", qPrintable(tenant.error().toString()));
            return false;
        }
        m_workspace = std::make_unique<Workspace>(*tenant, m_clock);
        return true;
    }

    Workspace& workspace() { return *m_workspace; }
    FixedClock& clock() { return m_clock; }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
};

// Attaches Qt's model checker, reporting through QtTest (a failed check fails the test).
inline QAbstractItemModelTester* attachTester(QAbstractItemModel* model)
{
    return new QAbstractItemModelTester(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

// Attaches the model to the workspace and waits until its rows are there.
inline bool loadInto(EntityModel& model, Workspace& workspace)
{
    model.setWorkspace(&workspace);
    return QTest::qWaitFor([&] { return model.hasLoaded() && !model.isLoading(); }, 15000);
}

// The data of the cell in `column` of the row of `key`; invalid when there is no such row.
inline QVariant cell(const QAbstractItemModel& model, const QString& key, int column,
                     int role = Qt::DisplayRole)
{
    const EntryLookup* lookup = entryLookup(&model);
    const QModelIndex index = lookup ? lookup->indexOf(key) : QModelIndex();
    return index.isValid() ? index.siblingAtColumn(column).data(role) : QVariant();
}

// The keys of the rows of `model`, top to bottom.
inline QStringList keysInOrder(const QAbstractItemModel& model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(model.index(row, 0).data(EntryKeyRole).toString());
    return keys;
}

} // namespace gh::test
