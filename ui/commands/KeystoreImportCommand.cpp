// The keystore import (files, clipboard, dropped files): the sources are read and parsed on a
// pool thread with a progress dialog that counts them and can cancel; PKCS#12 passwords are asked
// for on the GUI thread and each file is then opened off it; the plan against the keystore is
// made off it too, then reviewed (ImportSummaryDialog) and applied as one step.
#include "ui/commands/KeystoreCommands.h"

#include "app/crypto/CertificateReader.h"
#include "models/FutureWatch.h"
#include "ui/Prompter.h"

#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

#include <atomic>

namespace gh {

namespace {

using Reading = ImportKeystoreEntriesCommand::Reading;

// Takes one source in: read now, or (a PKCS#12) kept until its password is known.
void take(Reading& out, const keystore::ImportSource& source)
{
    if (keystore::needsPassword(source)) {
        keystore::ReadSource waiting;
        waiting.name = source.name;
        out.locked.append({int(out.read.size()), source});
        out.read.append(waiting);
        return;
    }
    out.read.append(keystore::readSource(source));
}

// Runs on a pool thread: the given sources, then each file (bounded in size; one that cannot be
// read is a problem naming it), counting them in `done` and stopping when cancelled. (Not
// QPromise's progress: it drops reports that come quicker than 25 a second, so a file that
// stalls after a quick run would leave an old count on screen.)
void readAll(QPromise<Result<Reading>>& promise, const QStringList& paths,
             const QList<keystore::ImportSource>& given, const std::shared_ptr<std::atomic_int>& done)
{
    Reading out;
    for (const keystore::ImportSource& source : given) {
        if (promise.isCanceled())
            return;
        take(out, source);
        ++*done;
    }
    for (const QString& path : paths) {
        if (promise.isCanceled())
            return;
        const QFileInfo info(path);
        QFile file(path);
        if (info.exists() && info.size() > crypto::CertificateReader::MaxInputSize) {
            out.problems.append(
                Error::make(Error::Kind::Validation,
                            KeystoreCommand::tr("the file is larger than %1 MB")
                                .arg(crypto::CertificateReader::MaxInputSize / (1024 * 1024)),
                            path));
        } else if (!file.open(QIODevice::ReadOnly)) {
            out.problems.append(Error::make(Error::Kind::Io, file.errorString(), path));
        } else {
            take(out, {path, file.read(crypto::CertificateReader::MaxInputSize + 1)});
        }
        ++*done;
    }
    promise.addResult(std::move(out));
}

QString shortName(const QString& source)
{
    return QFileInfo(source).isAbsolute() ? QFileInfo(source).fileName() : source;
}

} // namespace

// ---- ImportKeystoreEntriesCommand

ImportKeystoreEntriesCommand::ImportKeystoreEntriesCommand(const CommandContext& context,
                                                           QStringList keys,
                                                           KeystoreCommandArgs args, Origin origin)
    : KeystoreCommand(context, std::move(keys), args), m_origin(origin)
{
}

ImportKeystoreEntriesCommand::ImportKeystoreEntriesCommand(const CommandContext& context,
                                                           KeystoreCommandArgs args,
                                                           QStringList paths,
                                                           QList<keystore::ImportSource> sources)
    : KeystoreCommand(context, {}, args), m_given(true), m_paths(std::move(paths)),
      m_sources(std::move(sources))
{
}

QList<keystore::ImportSource> ImportKeystoreEntriesCommand::clipboardSources(QStringList* paths)
{
    QList<keystore::ImportSource> sources;
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    if (!data)
        return sources;
    const QString clipboard = tr("clipboard");
    if (data->hasUrls()) {
        for (const QUrl& url : data->urls()) {
            if (url.isLocalFile())
                paths->append(url.toLocalFile());
        }
        if (!paths->isEmpty())
            return sources;
    }
    // Certificate data put there by another program (a browser's or a certificate manager's).
    for (const char* type :
         {"application/pkix-cert", "application/x-x509-ca-cert", "application/x-x509-user-cert",
          "application/pkcs7-mime", "application/x-pkcs7-certificates", "application/x-pkcs12",
          "application/pkcs12"}) {
        const QString mime = QString::fromLatin1(type);
        if (data->hasFormat(mime)) {
            sources.append({clipboard, data->data(mime)});
            return sources;
        }
    }
    if (data->hasText() && !data->text().trimmed().isEmpty())
        sources.append({clipboard, data->text().toUtf8()});
    return sources;
}

void ImportKeystoreEntriesCommand::doStart()
{
    if (!workspace()) {
        fail(tr("No tenant is open."));
        return;
    }
    if (m_given) {
        read(m_paths, m_sources);
        return;
    }
    if (m_origin == Origin::Files) {
        const QStringList paths = prompter().openFiles(
            parentWidget(), tr("Import into the keystore"),
            tr("Certificates and key stores (*.pem *.crt *.cer *.der *.p7b *.p7c *.p12 *.pfx);;"
               "All files (*)"));
        if (paths.isEmpty()) {
            cancel();
            return;
        }
        read(paths, {});
        return;
    }
    QStringList paths;
    QList<keystore::ImportSource> sources = clipboardSources(&paths);
    if (paths.isEmpty() && sources.isEmpty()) {
        failWith(tr("Nothing to paste"),
                 tr("The clipboard holds no certificate: copy PEM text, certificate data or "
                    "certificate files first."));
        return;
    }
    read(paths, std::move(sources));
}

ImportKeystoreEntriesCommand::~ImportKeystoreEntriesCommand()
{
    delete m_progress.data();
}

void ImportKeystoreEntriesCommand::read(const QStringList& paths,
                                        QList<keystore::ImportSource> sources)
{
    connect(this, &Command::finished, this, &ImportKeystoreEntriesCommand::closeProgress);
    connect(this, &Command::canceled, this, &ImportKeystoreEntriesCommand::closeProgress);
    connect(this, &Command::failed, this, &ImportKeystoreEntriesCommand::closeProgress);
    const int total = int(paths.size() + sources.size());
    showProgress(total);
    auto readCount = std::make_shared<std::atomic_int>(0);
    auto* poll = new QTimer(this);
    const auto count = [this, readCount, total] {
        if (!m_progress || m_progress->maximum() != total || m_progress->value() == *readCount)
            return;
        m_progress->setLabelText(tr("Read %1 of %n file(s)", nullptr, total).arg(readCount->load()));
        m_progress->setValue(*readCount);
    };
    connect(poll, &QTimer::timeout, this, count);
    poll->start(100);
    auto* watcher = new QFutureWatcher<Result<Reading>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, poll, count] {
        watcher->deleteLater();
        poll->deleteLater();
        count(); // the last files' count, before the dialog moves on
        if (m_stopped)
            return;
        const QFuture<Result<Reading>> done = watcher->future();
        if (done.isCanceled() || done.resultCount() == 0 || !done.result()) {
            cancel();
            return;
        }
        readingDone(done.result().value());
    });
    connect(m_progress, &QProgressDialog::canceled, watcher, [watcher] { watcher->cancel(); });
    watcher->setFuture(QtConcurrent::run(readAll, paths, std::move(sources), readCount));
}

void ImportKeystoreEntriesCommand::readingDone(Reading reading)
{
    m_reading = std::move(reading);
    unlockNext(0);
}

void ImportKeystoreEntriesCommand::unlockNext(int attempt)
{
    if (m_stopped)
        return;
    if (m_reading.locked.isEmpty()) {
        plan();
        return;
    }
    const auto [index, source] = m_reading.locked.first();
    const QString name = shortName(source.name);
    const int attempts = keystore::ImportOptions().passwordAttempts;
    const QString text =
        attempt == 0 ? tr("%1 is protected by a password. Type it to read the file.")
                           .arg(quoted(name))
                     : tr("The password for %1 is wrong. Try again (attempt %2 of %3).")
                           .arg(quoted(name))
                           .arg(attempt + 1)
                           .arg(attempts);
    std::optional<crypto::SecretBuffer> password =
        prompter().password(parentWidget(), tr("Password for %1").arg(name), text, false);
    if (m_stopped)
        return;
    if (!password) {
        // After a wrong one, its WrongPassword problem stays the source's.
        if (attempt == 0)
            m_reading.read[index].problem = Error::make(
                Error::Kind::WrongPassword, QStringLiteral("no password given"), source.name);
        m_reading.locked.removeFirst();
        unlockNext(0);
        return;
    }
    if (m_progress)
        m_progress->setLabelText(tr("Opening %1…").arg(quoted(name)));
    auto secret = std::make_shared<const crypto::SecretBuffer>(std::move(*password));
    whenFinished(QtConcurrent::run([source, secret]() -> Result<keystore::ReadSource> {
                     return keystore::readSource(source, secret.get());
                 }),
                 this, [this, index, attempt, attempts](const Result<keystore::ReadSource>& opened) {
                     if (m_stopped)
                         return;
                     if (!opened) {
                         cancel();
                         return;
                     }
                     m_reading.read[index] = opened.value();
                     const std::optional<Error>& problem = opened->problem;
                     if (problem && problem->kind == Error::Kind::WrongPassword &&
                         attempt + 1 < attempts) {
                         unlockNext(attempt + 1);
                         return;
                     }
                     m_reading.locked.removeFirst();
                     unlockNext(0);
                 });
}

void ImportKeystoreEntriesCommand::plan()
{
    if (m_progress) {
        m_progress->setLabelText(tr("Comparing with the keystore…"));
        m_progress->setRange(0, 0);
    }
    withEntries([this](const QList<KeystoreEntry>& existing) {
        if (m_stopped)
            return;
        whenFinished(QtConcurrent::run([read = m_reading.read, existing,
                                        who = actor()]() -> Result<keystore::ImportPlan> {
                         return keystore::planRead(read, existing, who);
                     }),
                     this, [this](const Result<keystore::ImportPlan>& result) {
                         if (m_stopped)
                             return;
                         if (!result) {
                             cancel();
                             return;
                         }
                         closeProgress();
                         keystore::ImportPlan planned = result.value();
                         // Files that could not be read come first: they were named first.
                         planned.problems = m_reading.problems + planned.problems;
                         if (!prompter().reviewImport(parentWidget(), planned)) {
                             cancel();
                             return;
                         }
                         import(planned);
                     });
    });
}

void ImportKeystoreEntriesCommand::import(const keystore::ImportPlan& plan)
{
    if (!plan.hasChanges()) {
        cancel();
        return;
    }
    QList<std::shared_ptr<const crypto::PrivateKey>> keys;
    for (const keystore::ImportItem& item : plan.items) {
        if (item.privateKey && (item.action == keystore::ImportAction::Add ||
                                item.action == keystore::ImportAction::Replace))
            keys.append(item.privateKey);
    }
    keepKeys(keys, [this, changes = plan.changes(), description = plan.description()] {
        applyChanges(changes, description, tr("Could not import"));
    });
}

void ImportKeystoreEntriesCommand::stopByUser()
{
    if (m_stopped)
        return;
    m_stopped = true;
    closeProgress();
    cancel();
}

void ImportKeystoreEntriesCommand::showProgress(int total)
{
    auto* dialog = new QProgressDialog(parentWidget());
    dialog->setObjectName(QStringLiteral("importProgressDialog"));
    dialog->setWindowTitle(tr("Import into the keystore"));
    dialog->setAccessibleName(tr("Import progress"));
    auto* label = new QLabel(dialog);
    label->setAccessibleName(tr("What is being read"));
    dialog->setLabel(label);
    auto* bar = new QProgressBar(dialog);
    bar->setObjectName(QStringLiteral("importProgressBar"));
    bar->setAccessibleName(tr("Files read"));
    dialog->setBar(bar);
    auto* cancelButton = new QPushButton(tr("Cancel"), dialog);
    cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    cancelButton->setAccessibleDescription(tr("Stops reading; nothing is imported"));
    dialog->setCancelButton(cancelButton);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setRange(0, total);
    dialog->setValue(0);
    dialog->setLabelText(tr("Read %1 of %n file(s)", nullptr, total).arg(0));
    // A few files are read before anyone would see it; many show it after a moment.
    dialog->setMinimumDuration(400);
    connect(dialog, &QProgressDialog::canceled, this, &ImportKeystoreEntriesCommand::stopByUser);
    m_progress = dialog;
}

void ImportKeystoreEntriesCommand::closeProgress()
{
    if (!m_progress)
        return;
    m_progress->hide();
    m_progress->deleteLater();
    m_progress = nullptr;
}

} // namespace gh
