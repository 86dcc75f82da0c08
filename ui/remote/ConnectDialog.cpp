#include "ui/remote/ConnectDialog.h"

#include "app/client/remote/ServiceKey.h"
#include "app/client/remote/TenantProfiles.h"
#include "models/FutureWatch.h"
#include "models/Icons.h"
#include "ui/Prompter.h"
#include "ui/remote/RemoteProfiles.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace gh {

namespace {

constexpr int PathRole = Qt::UserRole + 1;
constexpr int ProblemRole = Qt::UserRole + 2;

} // namespace

ConnectDialog::ConnectDialog(RemoteProfiles& profiles, Prompter* prompter, QWidget* parent)
    : QDialog(parent), m_profiles(profiles), m_prompter(prompter)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Remote Tenant"));
    setAcceptDrops(true);

    auto* intro = new QLabel(tr("Drop the BTP service key files of the tenant here, or choose them: "
                                "Cloud Integration (plan api), Destination service, XSUAA (plan apiaccess)."),
                             this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("letters, digits, '-', '_' and '.'"));

    m_keys = new QListWidget(this);
    m_keys->setObjectName(QStringLiteral("keyFiles"));
    m_keys->setAccessibleName(tr("Service key files"));
    m_keys->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_keys->setMinimumHeight(fontMetrics().height() * 6);
    auto* add = new QPushButton(tr("Add Key &Files…"), this);
    add->setAccessibleName(tr("Add service key files"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setAccessibleName(tr("Remove the selected key files"));
    auto* keyButtons = new QVBoxLayout;
    keyButtons->addWidget(add);
    keyButtons->addWidget(m_remove);
    keyButtons->addStretch(1);
    auto* keysRow = new QHBoxLayout;
    keysRow->addWidget(m_keys, 1);
    keysRow->addLayout(keyButtons);

    m_ca = new QLineEdit(this);
    m_ca->setObjectName(QStringLiteral("caFile"));
    m_ca->setAccessibleName(tr("CA bundle file"));
    m_ca->setPlaceholderText(tr("optional: the system's certificate authorities otherwise"));
    auto* chooseCa = new QPushButton(tr("C&hoose…"), this);
    chooseCa->setAccessibleName(tr("Choose the CA bundle file"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(chooseCa);

    m_remember = new QCheckBox(tr("Remember client &secrets in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberSecrets"));
    m_remember->setAccessibleName(tr("Remember client secrets"));
    if (m_profiles.canRemember()) {
        m_remember->setChecked(true);
        m_remember->setToolTip(tr("When unticked, the client secrets are kept in memory until Gatehouse quits"));
    } else {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_remember->setToolTip(tr("No system keychain answers: the client secrets are kept in memory until "
                                  "Gatehouse quits"));
    }

    m_errorIcon = new QLabel(this);
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_errorIcon->setAccessibleName(tr("Problem"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Problems"));
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorIcon, 0, Qt::AlignTop);
    errorRow->addWidget(m_error, 1);
    m_errorIcon->hide();
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setAccessibleName(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto* form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_name);
    form->addRow(tr("Service &keys:"), keysRow);
    form->addRow(tr("CA &bundle:"), caRow);
    form->addRow(QString(), m_remember);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(errorRow);
    layout->addWidget(m_buttons);

    connect(add, &QPushButton::clicked, this, &ConnectDialog::chooseKeyFiles);
    connect(m_remove, &QPushButton::clicked, this, &ConnectDialog::removeSelected);
    connect(chooseCa, &QPushButton::clicked, this, &ConnectDialog::chooseCaFile);
    connect(m_keys, &QListWidget::itemSelectionChanged, this, &ConnectDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::connectProfile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    resize(sizeHint().expandedTo(QSize(620, 0)));
}

void ConnectDialog::addKeyFiles(const QStringList& paths)
{
    for (const QString& given : paths) {
        const QString path = QFileInfo(given).absoluteFilePath();
        if (!keyFiles().contains(path)) {
            auto* item = new QListWidgetItem(m_keys);
            item->setData(PathRole, path);
        }
        // Read again when added again: the file may have been fixed meanwhile.
        for (int row = 0; row < m_keys->count(); ++row) {
            QListWidgetItem* item = m_keys->item(row);
            if (item->data(PathRole).toString() != path)
                continue;
            const QString file = QDir::toNativeSeparators(path);
            const Result<remote::ServiceKey> key = remote::ServiceKey::readFile(path);
            if (key) {
                item->setText(tr("%1 — %2").arg(QFileInfo(path).fileName(), remote::serviceTitle(key->service)));
                item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
                item->setData(ProblemRole, QString());
                item->setToolTip(file);
            } else {
                item->setText(tr("%1 — not usable: %2").arg(QFileInfo(path).fileName(), key.error().message));
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setData(ProblemRole, key.error().toString());
                item->setToolTip(key.error().toString());
            }
        }
        if (m_name->text().isEmpty()) { // a first suggestion from the subdomain of the key's host
            const Result<remote::ServiceKey> key = remote::ServiceKey::readFile(path);
            if (key) {
                const QString host = key->tokenUrl.host().section(QLatin1Char('.'), 0, 0);
                if (remote::ProfileSettings::validateName(host))
                    m_name->setText(host);
            }
        }
    }
    const QStringList problems = keyFileProblems();
    if (problems.isEmpty()) {
        m_error->hide();
        m_errorIcon->hide();
    } else {
        showError(problems.join(QLatin1Char('\n')));
    }
    updateButtons();
}

QStringList ConnectDialog::keyFiles() const
{
    QStringList out;
    for (int row = 0; row < m_keys->count(); ++row)
        out.append(m_keys->item(row)->data(PathRole).toString());
    return out;
}

QStringList ConnectDialog::keyFileProblems() const
{
    QStringList out;
    for (int row = 0; row < m_keys->count(); ++row) {
        const QString problem = m_keys->item(row)->data(ProblemRole).toString();
        if (!problem.isEmpty())
            out.append(problem);
    }
    return out;
}

void ConnectDialog::connectProfile()
{
    if (m_busy)
        return;
    remote::ProfileDraft draft;
    draft.name = m_name->text().trimmed();
    if (Status valid = remote::ProfileSettings::validateName(draft.name); !valid) {
        showError(tr("Profile name: %1").arg(valid.error().message));
        m_name->setFocus();
        return;
    }
    if (m_keys->count() == 0) {
        showError(tr("Add at least one service key file."));
        return;
    }
    // Every file read again, every problem named; nothing stored unless all read.
    QStringList problems;
    for (const QString& path : keyFiles()) {
        Result<remote::ServiceKey> key = remote::ServiceKey::readFile(path);
        if (!key) {
            problems.append(key.error().toString());
            continue;
        }
        draft.keys.push_back(std::move(key).value());
    }
    if (!problems.isEmpty()) {
        addKeyFiles({}); // refresh the list's marks
        showError(problems.join(QLatin1Char('\n')));
        return;
    }
    const QString ca = m_ca->text().trimmed();
    draft.caFile = ca.isEmpty() ? QString() : QFileInfo(ca).absoluteFilePath();
    if (m_profiles.contains(draft.name)) {
        if (!m_prompter->confirm(this, tr("Replace Profile"),
                                 tr("A profile named %1 exists already. Replace it with these service keys?")
                                     .arg(draft.name),
                                 tr("Replace")))
            return;
        draft.replace = true;
    }
    m_busy = true;
    updateButtons();
    const QString name = draft.name;
    whenFinished(m_profiles.add(std::move(draft), m_remember->isChecked()), this,
                 [this, name](const Result<remote::TenantProfile>& added) {
                     m_busy = false;
                     updateButtons();
                     if (!added) {
                         showError(tr("The profile was not stored: %1").arg(added.error().toString()));
                         return;
                     }
                     m_created = name;
                     Q_EMIT profileCreated(name);
                     accept();
                 });
}

void ConnectDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ConnectDialog::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addKeyFiles(paths);
}

void ConnectDialog::chooseKeyFiles()
{
    const QStringList files =
        m_prompter->openFiles(this, tr("Choose Service Key Files"), tr("Service keys (*.json);;All files (*)"));
    if (!files.isEmpty())
        addKeyFiles(files);
}

void ConnectDialog::chooseCaFile()
{
    const QStringList files = m_prompter->openFiles(this, tr("Choose CA Bundle"),
                                                    tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!files.isEmpty())
        m_ca->setText(QDir::toNativeSeparators(files.first()));
}

void ConnectDialog::removeSelected()
{
    qDeleteAll(m_keys->selectedItems());
    addKeyFiles({});
}

void ConnectDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_errorIcon->setVisible(!text.isEmpty());
}

void ConnectDialog::updateButtons()
{
    m_remove->setEnabled(!m_busy && !m_keys->selectedItems().isEmpty());
    m_connect->setEnabled(!m_busy && !m_name->text().trimmed().isEmpty() && m_keys->count() > 0);
}

} // namespace gh
