#pragma once

#include <QDialog>

#include "kube/execcredentialprovider.h"
#include "live/liveconnection.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace PullScope {

// Asks before a kubeconfig's exec plugin runs: the exact command line, the kubeconfig
// and user it comes from; Allow once, Always allow this command, or Deny (the default:
// Escape and closing the window deny).
class ExecConsentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExecConsentDialog(const ExecConsentRequest &request, QWidget *parent = nullptr);

    LiveConnection::Consent decision() const { return m_decision; }
    QPushButton *allowOnceButton() const { return m_once; }
    QPushButton *alwaysButton() const { return m_always; }
    QPushButton *denyButton() const { return m_deny; }
    QString commandText() const;

    // Shows the dialog modally over `parent` and returns the answer.
    static LiveConnection::Consent ask(const ExecConsentRequest &request, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void decide(LiveConnection::Consent c);

    ExecConsentRequest m_request;
    LiveConnection::Consent m_decision = LiveConnection::Consent::Deny;
    QLabel *m_intro = nullptr;
    QLabel *m_commandLabel = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_once = nullptr;
    QPushButton *m_always = nullptr;
    QPushButton *m_deny = nullptr;
};

} // namespace PullScope
