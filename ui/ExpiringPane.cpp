#include "ui/ExpiringPane.h"

#include "models/ExpiringModel.h"
#include "models/Icons.h"
#include "models/SearchFilterProxy.h"
#include "ui/EntityPane.h"
#include "ui/details/ExpiringDetails.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>

#include <optional>

namespace gh {

namespace {

constexpr int kMaxWarnDays = 3650;

// The pane's own state: the threshold spin box, the summary, the settings and the navigator.
// A child of the pane, found again by its type.
class ExpiringPaneControl final : public QObject
{
    Q_OBJECT

public:
    ExpiringPaneControl(EntityPane* pane, ExpiringModel* model) : QObject(pane), m_pane(pane), m_model(model)
    {
        setObjectName(QStringLiteral("expiringPaneControl"));
        auto* bar = new QWidget;
        bar->setObjectName(QStringLiteral("expiringThresholdBar"));
        auto* layout = new QHBoxLayout(bar);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(tr("&Warn"), bar);
        m_spin = new QSpinBox(bar);
        m_spin->setObjectName(QStringLiteral("warnDaysSpin"));
        m_spin->setRange(0, kMaxWarnDays);
        m_spin->setValue(model->warnDays());
        m_spin->setSuffix(tr(" days before"));
        m_spin->setAccessibleName(tr("Warn this many days before an item expires"));
        m_spin->setToolTip(tr("Items that expire within this many days show as Expiring"));
        label->setBuddy(m_spin);
        m_summary = new QLabel(bar);
        m_summary->setObjectName(QStringLiteral("expiringSummary"));
        layout->addWidget(label);
        layout->addWidget(m_spin);
        layout->addSpacing(16);
        layout->addWidget(m_summary, 1);
        pane->addFilterBar(bar);

        m_show = new QAction(Icons::themed(QStringLiteral("go-jump"), QStringLiteral("search")), tr("&Show in Its Pane"),
                             pane);
        m_show->setObjectName(QStringLiteral("showInPaneAction"));
        m_show->setToolTip(tr("Open the selected item's keystore entry or destination certificate (or double-click it)"));
        m_show->setIconText(tr("Show"));
        m_show->setEnabled(false);
        pane->addCommandAction(m_show);
        pane->setActivationAction(m_show);
        connect(m_show, &QAction::triggered, this, &ExpiringPaneControl::showCurrent);

        connect(m_spin, &QSpinBox::valueChanged, this, &ExpiringPaneControl::setWarnDays);
        connect(model, &QAbstractItemModel::dataChanged, this, &ExpiringPaneControl::update);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ExpiringPaneControl::update);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ExpiringPaneControl::update);
        connect(model, &QAbstractItemModel::modelReset, this, &ExpiringPaneControl::update);
        connect(pane->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &ExpiringPaneControl::update);
        update();
    }

    void setSettings(QSettings* settings)
    {
        m_settings = settings;
        if (!settings)
            return;
        bool ok = false;
        const int days = settings->value(QLatin1String(kExpiringWarnDaysKey)).toInt(&ok);
        if (ok && days >= 0 && days <= kMaxWarnDays)
            m_spin->setValue(days); // a value not ours (text, out of range) leaves the default
    }

    void setNavigator(ExpiringNavigator navigator)
    {
        m_navigator = std::move(navigator);
        update();
    }

private:
    void setWarnDays(int days)
    {
        m_model->setWarnDays(days);
        if (m_settings)
            m_settings->setValue(QLatin1String(kExpiringWarnDaysKey), days);
    }

    const expiring::ExpiringItem* current() const
    {
        const QString key = m_pane->proxy()->key(m_pane->view()->currentIndex());
        return key.isEmpty() ? nullptr : m_model->entry(key);
    }

    static std::optional<PaneId> paneOf(expiring::SourceKind kind)
    {
        switch (kind) {
        case expiring::SourceKind::KeystoreCertificate: return PaneId::Keystore;
        case expiring::SourceKind::DestinationCertificate: return PaneId::DestinationCertificates;
        case expiring::SourceKind::PgpKey: return PaneId::PgpKeys; // a --pgp file's keys have no entityKey
        }
        return std::nullopt;
    }

    void showCurrent()
    {
        const expiring::ExpiringItem* item = current();
        const std::optional<PaneId> target = item ? paneOf(item->kind) : std::nullopt;
        if (!target || !m_navigator)
            return;
        const QString key = item->entityKey; // the item may go away with a reload
        if (!m_navigator(*target, key))
            Q_EMIT m_pane->statusMessage(tr("%1 is no longer there").arg(key));
    }

    void update()
    {
        const expiring::ExpiringItem* item = current();
        m_show->setEnabled(m_navigator && item && paneOf(item->kind) && !item->entityKey.isEmpty());
        int expired = 0;
        int expiringSoon = 0;
        for (const expiring::ExpiringItem& i : m_model->entries()) {
            const ExpiryStatus status = m_model->expiry(i).status;
            expired += status == ExpiryStatus::Expired ? 1 : 0;
            expiringSoon += status == ExpiryStatus::Expiring ? 1 : 0;
        }
        m_summary->setText(tr("%1 expired, %2 expiring").arg(expired).arg(expiringSoon));
    }

    EntityPane* m_pane;
    ExpiringModel* m_model;
    QSpinBox* m_spin = nullptr;
    QLabel* m_summary = nullptr;
    QAction* m_show = nullptr;
    QSettings* m_settings = nullptr;
    ExpiringNavigator m_navigator;
};

ExpiringPaneControl* controlOf(EntityPane* pane)
{
    return pane ? pane->findChild<ExpiringPaneControl*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

// The translation context of the pane's title.
class ExpiringPane
{
    Q_DECLARE_TR_FUNCTIONS(gh::ExpiringPane)

public:
    static EntityPane* create(const QString& id, const Clock& clock, Prompter* prompter, QWidget* parent)
    {
        auto* model = new ExpiringModel(clock);
        auto* p = new EntityPane(id, tr("Expiring"), Icons::forStatus(ExpiryStatus::Expiring), model,
                                 new ExpiringDetails(model), prompter, ExpiringModel::SubjectColumn, parent);
        new ExpiringPaneControl(p, model);
        p->view()->sortByColumn(ExpiringModel::NotAfterColumn, Qt::AscendingOrder); // soonest first
        return p;
    }
};

} // namespace

EntityPane* createExpiringPane(const QString& id, const Clock& clock, Prompter* prompter, QWidget* parent)
{
    return ExpiringPane::create(id, clock, prompter, parent);
}

void setExpiringSettings(EntityPane* pane, QSettings* settings)
{
    if (ExpiringPaneControl* control = controlOf(pane))
        control->setSettings(settings);
}

void setExpiringNavigator(EntityPane* pane, ExpiringNavigator navigator)
{
    if (ExpiringPaneControl* control = controlOf(pane))
        control->setNavigator(std::move(navigator));
}

} // namespace gh

#include "ExpiringPane.moc"
