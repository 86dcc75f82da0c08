#pragma once

// Fingerprints (SHA-1, SHA-256, SHA-512, MD5) in monospace, each with a one-click copy button.
// Copying puts the text on QGuiApplication::clipboard(), shows "Copied" at the button (tool tip
// and button text for a moment) and emits copied() for the status bar.

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QToolButton;

namespace gh {

class FingerprintPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FingerprintPanel(QWidget* parent = nullptr);

    // (algorithm name, "AB:CD:…") in display order; replaces what is shown.
    void setFingerprints(const QList<std::pair<QString, QString>>& fingerprints);
    // The copy button of `algorithm` ("SHA-256"), or nullptr.
    QToolButton* copyButton(const QString& algorithm) const;

Q_SIGNALS:
    void copied(const QString& algorithm, const QString& text);

private:
    void copy(QToolButton* button, const QString& algorithm, const QString& text);

    QGridLayout* m_grid;
    QList<QWidget*> m_rowWidgets;
};

} // namespace gh
