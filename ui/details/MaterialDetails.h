#pragma once

// The details of the Known Hosts and PGP Keys panes.

#include "ui/details/DetailsView.h"

namespace gh {

class Clock;
class KnownHostsModel;
class PgpKeysModel;

class KnownHostDetails final : public DetailsView
{
    Q_OBJECT

public:
    explicit KnownHostDetails(const KnownHostsModel* model, QWidget* parent = nullptr);

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;

private:
    const KnownHostsModel* m_model;
};

class PgpKeyDetails final : public DetailsView
{
    Q_OBJECT

public:
    explicit PgpKeyDetails(const PgpKeysModel* model, QWidget* parent = nullptr);

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;

private:
    const PgpKeysModel* m_model;
};

} // namespace gh
