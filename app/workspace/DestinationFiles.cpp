#include "app/workspace/DestinationFiles.h"

#include "app/domain/JavaProperties.h"
#include "app/domain/Parallel.h"
#include "app/domain/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace gh::destinations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::DestinationFiles)
};
} // namespace

namespace {

const QLatin1String kRemoved{"<removed>"};
const QLatin1String kRedacted{"<redacted>"};

// A secret's text in a file that is no secret: the cockpit's placeholders, our markers, nothing.
bool isPlaceholder(const QString& value)
{
    return value.isEmpty() || value == kRemoved || value == kRedacted ||
           value == Destination::cockpitRemovedPlaceholder();
}

// Overwrites a QString's own characters (its buffer is detached first, so copies keep theirs).
void wipe(QString& text)
{
    if (!text.isEmpty())
        text.fill(QChar(0));
    text.clear();
}

// One destination as read from a file, before it is planned: the properties with where each was
// given ("file:12" or "$.destination.URL").
struct Read
{
    QString source;
    Destination destination;
    QHash<QString, QString> where; // key → line or JSON path
    QString nameWhere;             // where the destination as a whole is ("file" or "file[2]")
    QList<CarriedSecret> secrets;
};

void addProperty(Read& read, const QString& key, QString value, const QString& where)
{
    read.where.insert(key, where);
    if (!Destination::isSecretKey(key)) {
        read.destination.set(key, value);
        return;
    }
    if (isPlaceholder(value)) {
        read.destination.setSecretState(key, Destination::SecretState::Missing);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    auto secret = std::make_shared<crypto::SecretBuffer>(utf8.constData(), utf8.size());
    // The temporary UTF-8 copy and the text are wiped; the bytes live on in the SecretBuffer.
    QByteArray scratch = utf8;
    scratch.fill('\0');
    wipe(value);
    read.secrets.append({key, std::move(secret)});
    read.destination.setSecretState(key, Destination::SecretState::Set);
}

Result<Read> readProperties(const SourceFile& file)
{
    Result<QList<properties::Entry>> entries = properties::parse(file.bytes, file.path);
    if (!entries)
        return entries.error();
    Read read;
    read.source = file.path;
    read.nameWhere = file.path;
    for (properties::Entry& e : *entries) {
        const QString where = QStringLiteral("%1:%2").arg(file.path).arg(e.line);
        if (e.commented) {
            // Only the cockpit's stripped secrets count; other comments are comments.
            if (Destination::isSecretKey(e.key) && isPlaceholder(e.value) &&
                !read.destination.contains(e.key))
                addProperty(read, e.key, QString(), where);
            continue;
        }
        addProperty(read, e.key, std::move(e.value), where);
    }
    if (read.destination.properties().isEmpty())
        return Error::make(Error::Kind::Validation,
                           Tr::tr("holds no properties: not a destination file"), file.path);
    return read;
}

// Line (1-based) of a byte offset, for JSON syntax errors.
int lineOf(const QByteArray& bytes, qsizetype offset)
{
    return static_cast<int>(QByteArrayView(bytes).first(std::min(offset, bytes.size())).count('\n')) + 1;
}

Result<Read> readJsonObject(const QJsonObject& object, const QString& source, const QString& path)
{
    Read read;
    read.source = source;
    read.nameWhere = source;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString where = source + QStringLiteral(": ") + path + QLatin1Char('.') + it.key();
        if (!it.value().isString())
            return Error::make(Error::Kind::Validation,
                               Tr::tr("destination properties must be strings"), where);
        addProperty(read, it.key(), it.value().toString(), where);
    }
    if (read.destination.properties().isEmpty())
        return Error::make(Error::Kind::Validation, Tr::tr("an empty destination"),
                           source + QStringLiteral(": ") + path);
    return read;
}

// {"destination":{…}}, a flat destination object, or an array of either.
Result<QList<Read>> readJson(const SourceFile& file)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Validation,
                           Tr::tr("not valid JSON: %1").arg(error.errorString()),
                           QStringLiteral("%1:%2").arg(file.path).arg(lineOf(file.bytes, error.offset)));
    QList<QPair<QJsonObject, QString>> objects; // (object, JSON path)
    const auto take = [&](const QJsonValue& value, const QString& path) -> std::optional<Error> {
        if (!value.isObject())
            return Error::make(Error::Kind::Validation,
                               Tr::tr("expected a destination object"),
                               file.path + QStringLiteral(": ") + path);
        const QJsonObject object = value.toObject();
        const QJsonValue inner = object.value(QLatin1String("destination"));
        if (object.size() == 1 && inner.isObject())
            objects.append({inner.toObject(), path + QStringLiteral(".destination")});
        else
            objects.append({object, path});
        return std::nullopt;
    };
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto e = take(array.at(i), QStringLiteral("$[%1]").arg(i)))
                return *e;
        }
    } else if (auto e = take(doc.object(), QStringLiteral("$"))) {
        return *e;
    }
    QList<Read> reads;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QString source =
            objects.size() == 1 && !doc.isArray() ? file.path : QStringLiteral("%1[%2]").arg(file.path).arg(i);
        Result<Read> read = readJsonObject(objects.at(i).first, source, objects.at(i).second);
        if (!read)
            return read.error();
        reads.append(std::move(*read));
    }
    return reads;
}

// The same properties and secret states, in any order.
bool sameProperties(const Destination& a, const Destination& b)
{
    if (a.properties().size() != b.properties().size())
        return false;
    for (const Destination::Property& p : a.properties()) {
        if (p.secret) {
            if (b.secretState(p.key) != p.secretState)
                return false;
        } else if (!b.contains(p.key) || b.value(p.key) != p.value || b.secretState(p.key)) {
            return false;
        }
    }
    return true;
}

// Java's Date.toString() in UTC: "Mon May 19 15:34:09 UTC 2025".
QString javaDate(const QDateTime& when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd MMM dd HH:mm:ss 'UTC' yyyy"));
}

} // namespace

FileFormat detectFormat(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[' ? FileFormat::Json : FileFormat::Properties;
    }
    return FileFormat::Properties;
}

namespace {

// One file's destinations, each with its validation problems; or why it is no destination file.
struct FileRead
{
    std::optional<Error> problem;
    QList<Read> reads;
    QList<Problems> problems; // validateDestination of each read
};

FileRead readAndValidate(const SourceFile& file)
{
    FileRead out;
    if (detectFormat(file.bytes) == FileFormat::Json) {
        Result<QList<Read>> json = readJson(file);
        if (!json)
            out.problem = json.error();
        else
            out.reads = std::move(*json);
    } else {
        Result<Read> read = readProperties(file);
        if (!read)
            out.problem = read.error();
        else
            out.reads.append(std::move(*read));
    }
    for (const Read& read : std::as_const(out.reads))
        out.problems.append(validateDestination(read.destination));
    return out;
}

} // namespace

ImportPlan planImport(const QList<SourceFile>& files, const QList<Destination>& existing)
{
    ImportPlan plan;
    QHash<QString, const Destination*> byName;
    for (const Destination& d : existing)
        byName.insert(d.name(), &d);
    QHash<QString, QString> planned; // name → source that gave it first

    // Reading and validating a file needs nothing from the others: done on every core, the
    // results then merged in the files' order (duplicate names, what the tenant has).
    std::vector<FileRead> done(std::size_t(files.size()));
    parallelChunks(files.size(), 32, [&](qsizetype first, qsizetype last) {
        for (qsizetype i = first; i < last; ++i)
            done[std::size_t(i)] = readAndValidate(files.at(i));
    });
    for (FileRead& file : done) {
        if (file.problem) {
            plan.problems.append(*file.problem);
            continue;
        }
        for (qsizetype r = 0; r < file.reads.size(); ++r) {
            Read& read = file.reads[r];
            ImportItem item;
            item.source = read.source;
            item.destination = read.destination;
            item.secrets = read.secrets;
            const QString name = read.destination.name();
            for (Error problem : file.problems.at(r)) {
                problem.where = read.where.value(problem.field, read.nameWhere);
                item.problems.append(problem);
            }
            if (name.isEmpty() && item.problems.isEmpty())
                item.problems.append(Error::make(Error::Kind::Validation,
                                                 Tr::tr("has no Name"), read.nameWhere));
            if (!name.isEmpty() && planned.contains(name))
                item.problems.append(Error::make(
                    Error::Kind::Conflict,
                    Tr::tr("destination '%1' is also in %2").arg(name, planned.value(name)),
                    read.where.value(QStringLiteral("Name"), read.nameWhere)));
            if (!item.problems.isEmpty()) {
                item.action = ImportAction::Refused;
                plan.items.append(item);
                continue;
            }
            planned.insert(name, read.source);
            if (const Destination* old = byName.value(name)) {
                item.existing = *old;
                // What the tenant knows already is not lost to a stripped export.
                for (const QString& key : read.destination.secretsMissing()) {
                    if (old->secretState(key) == Destination::SecretState::Set)
                        item.destination.setSecretState(key, Destination::SecretState::Set);
                }
                item.action = sameProperties(item.destination, *old) && item.secrets.isEmpty()
                                  ? ImportAction::Unchanged
                                  : ImportAction::Replace;
            } else {
                item.action = ImportAction::Add;
            }
            item.missingSecrets = item.destination.secretsMissing();
            plan.items.append(item);
        }
    }
    return plan;
}

int ImportPlan::count(ImportAction action) const
{
    return static_cast<int>(std::count_if(items.begin(), items.end(),
                                          [action](const ImportItem& i) { return i.action == action; }));
}

QList<Error> ImportPlan::allProblems() const
{
    QList<Error> out = problems;
    for (const ImportItem& item : items)
        out.append(item.problems);
    return out;
}

QList<Change> ImportPlan::changes() const
{
    QList<Change> out;
    for (const ImportItem& item : items) {
        if (item.action == ImportAction::Add)
            out.append(Change::created(item.destination));
        else if (item.action == ImportAction::Replace && item.existing)
            out.append(Change::updated(*item.existing, item.destination));
    }
    return out;
}

QString ImportPlan::summary() const
{
    QStringList parts;
    const auto part = [&](ImportAction action, const QString& text) {
        if (const int n = count(action))
            parts.append(text.arg(n));
    };
    part(ImportAction::Add, Tr::tr("%1 to add"));
    part(ImportAction::Replace, Tr::tr("%1 to replace"));
    part(ImportAction::Unchanged, Tr::tr("%1 unchanged"));
    part(ImportAction::Refused, Tr::tr("%1 refused"));
    if (!problems.isEmpty())
        parts.append(problems.size() == 1 ? Tr::tr("1 file not imported")
                                          : Tr::tr("%1 files not imported").arg(QLocale().toString(problems.size())));
    return parts.isEmpty() ? Tr::tr("nothing to import") : parts.join(QStringLiteral(", "));
}

QString ImportPlan::description() const
{
    QStringList names;
    for (const ImportItem& item : items) {
        if (item.action == ImportAction::Add || item.action == ImportAction::Replace)
            names.append(item.destination.name());
    }
    return names.size() == 1 ? Tr::tr("Import destination '%1'").arg(names.first())
                             : Tr::tr("Import %1 destinations").arg(names.size());
}

QByteArray toProperties(const Destination& destination, const QDateTime& now)
{
    QString out;
    for (const Destination::Property& p : destination.properties()) {
        if (p.secret)
            out += QLatin1Char('#') + properties::escapeKey(p.key) + QLatin1Char('=') +
                   Destination::cockpitRemovedPlaceholder() + QLatin1Char('\n');
    }
    out += QStringLiteral("#\n#") + javaDate(now) + QLatin1Char('\n');
    for (const Destination::Property& p : destination.properties()) {
        if (!p.secret)
            out += properties::escapeKey(p.key) + QLatin1Char('=') +
                   properties::escapeValue(p.value) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray toJson(const Destination& destination)
{
    QJsonObject object;
    for (const Destination::Property& p : destination.properties())
        object.insert(p.key, p.secret ? QString(kRemoved) : p.value);
    return QJsonDocument(QJsonObject{{QStringLiteral("destination"), object}})
        .toJson(QJsonDocument::Indented);
}

QString fileName(const Destination& destination, FileFormat format)
{
    return format == FileFormat::Json ? destination.name() + QStringLiteral(".json")
                                      : destination.name();
}

} // namespace gh::destinations
