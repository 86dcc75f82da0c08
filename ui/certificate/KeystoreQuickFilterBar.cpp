#include "ui/certificate/KeystoreQuickFilterBar.h"

#include "models/SearchFilterProxy.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace gh {

KeystoreQuickFilterBar::KeystoreQuickFilterBar(SearchFilterProxy* proxy, QWidget* parent)
    : QWidget(parent), m_proxy(proxy)
{
    setObjectName(QStringLiteral("quickFilterBar"));
    setAccessibleName(tr("Quick filters"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* label = new QLabel(tr("Show only:"), this);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(label);

    m_expiring = addButton(QStringLiteral("quickExpiring"), tr("Expiring ≤"),
                           tr("Entries that expire within the number of days given"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("quickExpiringDays"));
    m_days->setRange(1, 3650);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Expiring within days"));
    m_days->setToolTip(tr("The warning window of the \"Expiring\" filter, in days"));
    layout->addWidget(m_expiring);
    layout->addWidget(m_days);
    m_expired = addButton(QStringLiteral("quickExpired"), tr("Expired"), tr("Expired entries"));
    m_keyPairs = addButton(QStringLiteral("quickKeyPairs"), tr("Key pairs"),
                           tr("Key pairs only (not certificates or SSH keys)"));
    m_sapOwned = addButton(QStringLiteral("quickSapOwned"), tr("SAP-owned"),
                           tr("Entries owned by SAP (read-only)"));
    for (QToolButton* b : {m_expired, m_keyPairs, m_sapOwned})
        layout->addWidget(b);
    layout->addStretch(1);

    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        if (m_expiring->isChecked())
            apply();
    });
}

QToolButton* KeystoreQuickFilterBar::addButton(const QString& objectName, const QString& text,
                                               const QString& tip)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setToolTip(tip);
    button->setAccessibleName(tr("Show only: %1").arg(text));
    connect(button, &QToolButton::toggled, this, &KeystoreQuickFilterBar::apply);
    return button;
}

KeystoreQuickFilter KeystoreQuickFilterBar::filter() const
{
    KeystoreQuickFilter f;
    f.expiring = m_expiring->isChecked();
    f.expiringWithinDays = m_days->value();
    f.expired = m_expired->isChecked();
    f.keyPairs = m_keyPairs->isChecked();
    f.sapOwned = m_sapOwned->isChecked();
    return f;
}

void KeystoreQuickFilterBar::setFilter(const KeystoreQuickFilter& f)
{
    {
        const QSignalBlocker b1(m_expiring), b2(m_days), b3(m_expired), b4(m_keyPairs),
            b5(m_sapOwned);
        m_expiring->setChecked(f.expiring);
        m_days->setValue(f.expiringWithinDays);
        m_expired->setChecked(f.expired);
        m_keyPairs->setChecked(f.keyPairs);
        m_sapOwned->setChecked(f.sapOwned);
    }
    apply();
}

void KeystoreQuickFilterBar::apply()
{
    m_proxy->setRequiredPredicates(filter().predicateGroups());
}

} // namespace gh
