#pragma once

// The real gatehouse-tenantd on 127.0.0.1, port 0 (as tests/tenantd/tst_tenantd_server.cpp
// starts it), for the remote backend's tests. GATEHOUSE_TENANTD is the binary's path.
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace gh::test {

// A running daemon; stopped (and waited for) when destroyed.
class TenantdProcess
{
public:
    ~TenantdProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Starts it and reads the port from its one line on stdout.
    bool start(const QString& tenant, const QString& keysDir, const QStringList& extra = {})
    {
        m_keysDir = keysDir;
        m_process.setProgram(QStringLiteral(GATEHOUSE_TENANTD));
        m_process.setArguments(QStringList{QStringLiteral("--tenant"), tenant, QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0"), QStringLiteral("--service-keys"), keysDir}
                               + extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        while (!out.contains('\n')) {
            if (!m_process.waitForReadyRead(20000)) {
                qWarning("tenantd did not start: %s", m_process.readAllStandardError().constData());
                return false;
            }
            out += m_process.readAllStandardOutput();
        }
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (!line.startsWith("listening on https://127.0.0.1:"))
            return false;
        m_baseUrl = QString::fromLatin1(line.mid(int(qstrlen("listening on "))));
        return true;
    }

    QString baseUrl() const { return m_baseUrl; }
    QString keysDir() const { return m_keysDir; }

    QJsonObject serviceKey(const QString& client) const
    {
        return QJsonDocument::fromJson(test::readFile(m_keysDir + QLatin1Char('/') + client + QStringLiteral("-xsuaa-apiaccess.json"))).object();
    }

private:
    QProcess m_process;
    QString m_baseUrl;
    QString m_keysDir;
};

} // namespace gh::test
