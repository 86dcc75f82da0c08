#include "ui/certificate/FingerprintPanel.h"

#include "models/Icons.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPointer>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

namespace gh {

FingerprintPanel::FingerprintPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fingerprintPanel"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
}

void FingerprintPanel::setFingerprints(const QList<std::pair<QString, QString>>& fingerprints)
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    int row = 0;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const auto& [algorithm, text] : fingerprints) {
        auto* name = new QLabel(algorithm + QLatin1Char(':'), this);
        // 16 bytes a line keep the panel narrow; the clipboard gets the whole value.
        const QStringList bytes = text.split(QLatin1Char(':'));
        QStringList lines;
        for (qsizetype i = 0; i < bytes.size(); i += 16)
            lines.append(bytes.mid(i, 16).join(QLatin1Char(':')));
        auto* value = new QLabel(lines.join(QLatin1Char('\n')), this);
        value->setFont(mono);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(tr("%1 fingerprint").arg(algorithm));
        value->setObjectName(QStringLiteral("fingerprint-") + algorithm);
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("copy-") + algorithm);
        button->setIcon(Icons::themed(QStringLiteral("edit-copy"), QStringLiteral("edit-copy")));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setText(tr("Copy"));
        button->setToolTip(tr("Copy the %1 fingerprint").arg(algorithm));
        button->setAccessibleName(tr("Copy %1 fingerprint").arg(algorithm));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this,
                [this, button, algorithm, text] { copy(button, algorithm, text); });
        m_grid->addWidget(name, row, 0, Qt::AlignTop);
        m_grid->addWidget(value, row, 1, Qt::AlignTop);
        m_grid->addWidget(button, row, 2, Qt::AlignTop);
        m_rowWidgets << name << value << button;
        ++row;
    }
}

QToolButton* FingerprintPanel::copyButton(const QString& algorithm) const
{
    return findChild<QToolButton*>(QStringLiteral("copy-") + algorithm);
}

void FingerprintPanel::copy(QToolButton* button, const QString& algorithm, const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
    const QString done = tr("Copied");
    const QString normalTip = tr("Copy the %1 fingerprint").arg(algorithm);
    button->setText(done);
    button->setToolTip(tr("%1 fingerprint copied to the clipboard").arg(algorithm));
    if (button->isVisible())
        QToolTip::showText(button->mapToGlobal(button->rect().bottomLeft()), done, button);
    QPointer<QToolButton> guard(button);
    QTimer::singleShot(1500, button, [guard, normalTip] {
        if (guard) {
            guard->setText(tr("Copy"));
            guard->setToolTip(normalTip);
        }
    });
    Q_EMIT copied(algorithm, text);
}

} // namespace gh
