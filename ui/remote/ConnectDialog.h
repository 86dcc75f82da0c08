#pragma once

// File → Connect to Remote Tenant…: a tenant profile made from BTP service key files (Cloud
// Integration plan api, Destination service, XSUAA plan apiaccess) dropped on the dialog or
// chosen, a profile name, an optional CA bundle and whether the client secrets are remembered in
// the system keychain or kept for this run only. Every key file is read when added (its service
// shown, or the problem with the file named) and again on Connect, so no secret waits in the
// dialog; nothing is stored until every file reads.

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gh {

class Prompter;
class RemoteProfiles;

class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(RemoteProfiles& profiles, Prompter* prompter, QWidget* parent = nullptr);

    // What dropping or choosing files does: each is read, listed with its service or its problem.
    void addKeyFiles(const QStringList& paths);
    QStringList keyFiles() const;
    // The problems found in the listed files ("file: problem"), empty when all read.
    QStringList keyFileProblems() const;

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* caField() const { return m_ca; }
    QCheckBox* rememberBox() const { return m_remember; }
    QListWidget* keyList() const { return m_keys; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* connectButton() const { return m_connect; }
    // The profile made by the last successful Connect.
    QString profileName() const { return m_created; }

    // The Connect button: checks, then stores the profile (asynchronously; busy meanwhile).
    void connectProfile();

Q_SIGNALS:
    // The profile was stored; the dialog is accepted right after.
    void profileCreated(const QString& name);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseKeyFiles();
    void chooseCaFile();
    void removeSelected();
    void showError(const QString& text);
    void updateButtons();

    RemoteProfiles& m_profiles;
    Prompter* m_prompter;
    QLineEdit* m_name = nullptr;
    QListWidget* m_keys = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_ca = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_errorIcon = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_connect = nullptr;
    QString m_created;
    bool m_busy = false;
};

} // namespace gh
