#pragma once

// "Compare with Tenant…" (issue 7): the open tenant (A) and another tenant file (B) side by side.
// B is opened as a workspace of its own; both are listed and compared off the GUI thread (a bar
// and the status counting the lists read and their items, and Cancel meanwhile); the differences show in a TenantDiffModel tree with its filters
// (only differences or all, one kind or all). Checked destinations, destination certificates,
// role collections, keystore entries, known hosts and PGP keys are copied from A into B's pending
// changes through CopyToTenantFlow ("Copy Selected to Other Tenant"); a summary then says how
// many changes wait in B's journal and the comparison is refreshed. Items Copy would refuse
// (SAP-owned entries, predefined collections …) are not checkable and say why; copySelected
// plans again and refuses them all the same. Nothing is pushed from here.

#include "app/workspace/TenantCopy.h"
#include "app/workspace/TenantDiff.h"

#include <QDialog>
#include <QFuture>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace gh {

class Clock;
class CopyToTenantFlow;
class KeyVault;
class LocalTenant;
class Prompter;
class TenantDiffModel;
class Workspace;

class TenantDiffDialog final : public QDialog
{
    Q_OBJECT

public:
    // `workspace` is A (not owned); `keyVault` may be null (no keychain: secrets cannot be copied).
    TenantDiffDialog(Workspace* workspace, KeyVault* keyVault, Prompter* prompter,
                     const Clock& clock, QWidget* parent = nullptr);
    ~TenantDiffDialog() override;

    // Opens the tenant file at `path` as B and compares it with A (not while a copy is under way).
    void compareWith(const QString& path);
    // Asks for B, then compares; false when none was chosen. With remote profiles (setProfiles)
    // the Prompter first offers a tenant file or a profile, whose replica (as last pulled) is B;
    // else, or for a file, the Prompter's file dialog.
    bool chooseOtherTenant();
    // The names of the remote profiles to offer (RemoteTenantUi sets it; none without).
    void setProfiles(std::function<QStringList()> names) { m_profileNames = std::move(names); }
    // Stops waiting for a running comparison (its result is dropped).
    void cancelComparison();
    bool isBusy() const { return m_busy; }
    bool hasComparison() const { return m_hasComparison; }
    QString otherPath() const { return m_path; }
    // B's workspace, where copies land (null before a tenant was opened).
    Workspace* otherWorkspace() const { return m_other.get(); }
    // Copies the checked items from A into B's pending changes.
    void copySelected();
    bool isCopying() const { return !m_copying.isNull(); }
    // Closes, unless a copy is under way (its keychain writes and step must not be cut short).
    void reject() override;

    TenantDiffModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QCheckBox* onlyDifferencesBox() const { return m_onlyDifferences; }
    QComboBox* kindFilter() const { return m_kindFilter; }
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* busyBar() const { return m_busyBar; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void comparisonFinished(bool ok);
    void copyFinished(bool copied);

private:
    struct Comparison
    {
        TenantListing a;
        TenantListing b;
        QList<TenantDifference> differences;
        QList<SameItem> same;
        QList<copying::RefusedItem> refused; // shown as not copyable; Copy refuses them again
        QList<EntityKind> skipped; // not compared: a replica does not hold them
    };

    void opened(const std::shared_ptr<LocalTenant>& tenant, quint64 run);
    void readKinds(quint64 run);
    void list(const QList<EntityKind>& kinds, const QList<EntityKind>& skipped, quint64 run);
    // One kind's list of one tenant arrived (`count` items): the bar and the counts move on.
    void listed(quint64 run, qint64 count);
    QString listingText() const;
    void compared(const Result<Comparison>& result, quint64 run);
    void setBusy(bool busy, const QString& message = {});
    void fail(const QString& message);
    void updateButtons();
    void releaseRetired();

    QPointer<Workspace> m_workspace;
    KeyVault* m_keyVault;
    Prompter* m_prompter;
    const Clock& m_clock;
    std::function<QStringList()> m_profileNames;

    QString m_path;
    std::shared_ptr<LocalTenant> m_otherTenant;
    std::unique_ptr<Workspace> m_other;
    // Workspaces replaced while a comparison still read them: kept until it is done.
    std::vector<std::unique_ptr<Workspace>> m_retired;
    QFuture<Result<Comparison>> m_running;
    quint64 m_run = 0; // the comparison whose result is awaited; older ones are dropped
    int m_listsRead = 0;  // of the running comparison: lists arrived (both tenants, all kinds)
    int m_listsTotal = 0;
    qint64 m_itemsRead = 0;
    bool m_busy = false;
    bool m_hasComparison = false;
    Comparison m_last;
    QPointer<CopyToTenantFlow> m_copying;

    TenantDiffModel* m_model = nullptr;
    QLabel* m_sides = nullptr;
    QPushButton* m_choose = nullptr;
    QCheckBox* m_onlyDifferences = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QPushButton* m_cancel = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace gh
