#include "models/Format.h"

#include "app/domain/DnText.h"

#include <QList>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace gh::format {

namespace {

// "yyyy-MM-dd" of a valid UTC date with a four-digit year, written directly: QDateTime's
// format strings go through the calendar and locale machinery, and models format a date per
// cell. Empty for dates the caller must format through Qt instead.
QString isoDate(const QDate& date)
{
    const int year = date.year();
    if (year < 1000 || year > 9999)
        return {};
    char16_t text[10];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = static_cast<char16_t>(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

// The short date format of the default locale (QLocale(), which follows the system's) with a
// four-digit year ("dd.MM.yyyy", "M/d/yyyy"), split once into what formatDate() writes
// directly; `direct` is false when the pattern or the locale's digits need Qt's formatter.
struct DatePattern
{
    QLocale locale;
    bool iso = true; // the C locale: "yyyy-MM-dd", as files and logs write dates
    bool direct = false;
    QString pattern;
    struct Token
    {
        enum Kind { Literal, Day, Day2, Month, Month2, Year4 } kind;
        QString text;
    };
    QList<Token> tokens;
};

DatePattern makePattern(const QLocale& locale)
{
    DatePattern p;
    p.locale = locale;
    p.iso = locale.language() == QLocale::C;
    if (p.iso)
        return p;
    p.pattern = locale.dateFormat(QLocale::ShortFormat);
    if (!p.pattern.contains(QLatin1String("yyyy")))
        p.pattern.replace(QRegularExpression(QStringLiteral("(?<!y)yy(?!y)")), QStringLiteral("yyyy"));
    p.direct = locale.zeroDigit() == QLatin1String("0");
    for (qsizetype i = 0; i < p.pattern.size() && p.direct;) {
        const QChar c = p.pattern.at(i);
        qsizetype run = 1;
        while (i + run < p.pattern.size() && p.pattern.at(i + run) == c)
            ++run;
        using T = DatePattern::Token;
        if (c == QLatin1Char('d') && run <= 2)
            p.tokens.append(T{run == 1 ? T::Day : T::Day2, {}});
        else if (c == QLatin1Char('M') && run <= 2)
            p.tokens.append(T{run == 1 ? T::Month : T::Month2, {}});
        else if (c == QLatin1Char('y') && run == 4)
            p.tokens.append(T{T::Year4, {}});
        else if (c.isLetter() || c == QLatin1Char('\''))
            p.direct = false; // names of months or days, quoting: Qt formats
        else
            p.tokens.append(T{T::Literal, p.pattern.mid(i, run)});
        i += run;
    }
    return p;
}

const DatePattern& currentPattern()
{
    // Per thread: models format on the GUI thread, loads may format on the pool's.
    thread_local DatePattern cached = makePattern(QLocale());
    const QLocale now;
    if (!(cached.locale == now))
        cached = makePattern(now);
    return cached;
}

QString formatDate(const DatePattern& p, const QDate& date)
{
    const int year = date.year();
    if (!p.direct || year < 1000 || year > 9999)
        return p.locale.toString(date, p.pattern);
    QString out;
    out.reserve(p.pattern.size());
    const auto put = [&out](int value, bool twoDigits) {
        if (twoDigits || value >= 10)
            out += QChar(u'0' + value / 10 % 10);
        out += QChar(u'0' + value % 10);
    };
    for (const DatePattern::Token& t : p.tokens) {
        switch (t.kind) {
        case DatePattern::Token::Literal: out += t.text; break;
        case DatePattern::Token::Day: put(date.day(), false); break;
        case DatePattern::Token::Day2: put(date.day(), true); break;
        case DatePattern::Token::Month: put(date.month(), false); break;
        case DatePattern::Token::Month2: put(date.month(), true); break;
        case DatePattern::Token::Year4:
            put(year / 100, true);
            put(year % 100, true);
            break;
        }
    }
    return out;
}

} // namespace

QString date(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    const QDateTime utc = when.toUTC();
    const DatePattern& p = currentPattern();
    if (!p.iso)
        return formatDate(p, utc.date());
    QString text = isoDate(utc.date());
    return text.isEmpty() ? utc.toString(QStringLiteral("yyyy-MM-dd")) : text;
}

QString dateTime(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    const QDateTime utc = when.toUTC();
    const DatePattern& p = currentPattern();
    if (p.iso)
        return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
    return formatDate(p, utc.date()) + QLatin1Char(' ') + p.locale.toString(utc.time(), QLocale::ShortFormat) +
           QStringLiteral(" UTC");
}

QString number(qint64 value)
{
    // The C locale (no locale set) writes plain digits, as date() writes ISO there; the system's
    // C locale would otherwise group them ("1,825").
    const QLocale locale;
    return locale.language() == QLocale::C ? QString::number(value) : locale.toString(value);
}

QString commonName(const QString& dn)
{
    return dnCommonName(dn);
}

QString readableDn(const QString& dn)
{
    QString out;
    out.reserve(dn.size() + 8);
    for (qsizetype i = 0; i < dn.size(); ++i) {
        const QChar c = dn.at(i);
        if (c == QLatin1Char('\\') && i + 1 < dn.size()) {
            out += c;
            out += dn.at(++i);
        } else if (c == QLatin1Char(',')) {
            out += QLatin1Char('\n');
            while (i + 1 < dn.size() && dn.at(i + 1) == QLatin1Char(' '))
                ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString pemFingerprint(const QByteArray& pem, QCryptographicHash::Algorithm algorithm)
{
    const QByteArray begin("-----BEGIN CERTIFICATE-----");
    const QByteArray end("-----END CERTIFICATE-----");
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = pem.indexOf(end, from < 0 ? 0 : from);
    if (from < 0 || to < 0)
        return {};
    const QByteArray body = pem.mid(from + begin.size(), to - from - begin.size());
    const auto der = QByteArray::fromBase64Encoding(body.simplified().replace(' ', QByteArray()),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!der || (*der).isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(*der, algorithm).toHex(':').toUpper());
}

QString normalizedFingerprint(const QString& fingerprint)
{
    QString out;
    for (QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

} // namespace gh::format
