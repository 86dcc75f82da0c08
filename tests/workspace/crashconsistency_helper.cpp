// The child of tst_crashconsistency: applies destination edits to a tenant through
// gh::Workspace, one step after another, and tells its parent on stdout where it is:
//   "begin <n>"  before step n is applied,
//   "ack <n>"    once step n's apply future has finished successfully (the edit is committed).
// Step n creates the destinations crash_<n>_<j> (150 of them when n is a multiple of 4, else
// one: a long transaction to be killed in the middle of) with Description "edit <n>", and sets
// the Description of crash_counter to "<n>" (creating it at the first step), all as one step
// described "Crash step <n>". The parent kills this process with SIGKILL at some moment.
//   crashconsistency_helper TENANT FIRST COUNT
#include "app/client/local/LocalTenant.h"
#include "app/workspace/Workspace.h"

#include <QCoreApplication>

#include <cstdio>

using namespace gh;

namespace {

Destination destination(const QString& name, int step)
{
    Destination d;
    d.set(QStringLiteral("Name"), name);
    d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
    d.set(QStringLiteral("URL"), QStringLiteral("https://crash.example/%1").arg(step));
    d.set(QStringLiteral("Description"), QStringLiteral("edit %1").arg(step));
    return d;
}

void say(const char* what, int step)
{
    std::printf("%s %d\n", what, step);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: crashconsistency_helper TENANT FIRST COUNT\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int first = std::atoi(argv[2]);
    const int count = std::atoi(argv[3]);
    auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
    if (!tenant) {
        std::fprintf(stderr, "%s\n", qPrintable(tenant.error().toString()));
        return 3;
    }
    SystemClock clock;
    Workspace workspace(*tenant, clock);
    const QString counterName = QStringLiteral("crash_counter");
    std::optional<Destination> counter;
    if (auto got = workspace.client().destinations().get(counterName).result())
        counter = *got;

    for (int step = first; step < first + count; ++step) {
        QList<Change> changes;
        const int size = step % 4 == 0 ? 150 : 1;
        for (int j = 0; j < size; ++j)
            changes.append(Change::created(destination(QStringLiteral("crash_%1_%2").arg(step).arg(j), step)));
        Destination next = counter ? *counter : destination(counterName, step);
        next.set(QStringLiteral("Description"), QString::number(step));
        changes.append(counter ? Change::updated(*counter, next) : Change::created(next));
        say("begin", step);
        const Status applied = workspace.apply(changes, QStringLiteral("Crash step %1").arg(step)).result();
        if (!applied) {
            std::fprintf(stderr, "step %d: %s\n", step, qPrintable(applied.error().toString()));
            return 3;
        }
        say("ack", step);
        counter = next;
    }
    return 0;
}
