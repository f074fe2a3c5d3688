#include "live/execconsentdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "theme.h"

namespace PullScope {

ExecConsentDialog::ExecConsentDialog(const ExecConsentRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
{
    setObjectName(QStringLiteral("execConsentDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_commandLabel = new QLabel;
    layout->addWidget(m_commandLabel);
    m_command = new QPlainTextEdit(request.commandLine());
    m_command->setObjectName(QStringLiteral("command"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setMaximumHeight(m_command->fontMetrics().lineSpacing() * 5 + 12);
    layout->addWidget(m_command);
    m_source = new QLabel;
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_source);
    m_warning = new QLabel;
    m_warning->setWordWrap(true);
    QPalette p = m_warning->palette();
    p.setColor(QPalette::WindowText, Theme::warningText());
    m_warning->setPalette(p);
    layout->addWidget(m_warning);

    auto *buttons = new QDialogButtonBox;
    m_once = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_always = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_deny = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    // Nothing runs by accident: Return denies, as Escape does.
    m_deny->setDefault(true);
    m_deny->setFocus();
    connect(m_once, &QPushButton::clicked, this, [this]() { decide(LiveConnection::Consent::AllowOnce); });
    connect(m_always, &QPushButton::clicked, this, [this]() { decide(LiveConnection::Consent::AlwaysAllow); });
    connect(m_deny, &QPushButton::clicked, this, [this]() { decide(LiveConnection::Consent::Deny); });
    layout->addWidget(buttons);
    retranslate();
    resize(640, sizeHint().height());
}

QString ExecConsentDialog::commandText() const
{
    return m_command->toPlainText();
}

void ExecConsentDialog::decide(LiveConnection::Consent c)
{
    m_decision = c;
    if (c == LiveConnection::Consent::Deny)
        reject();
    else
        accept();
}

void ExecConsentDialog::retranslate()
{
    setWindowTitle(tr("Run a credential plugin?"));
    m_intro->setText(tr("The kubeconfig asks PullScope to run a program to get credentials for the cluster. "
                        "It runs with your rights; allow it only if you know the command."));
    m_commandLabel->setText(tr("Command:"));
    m_source->setText(tr("From kubeconfig %1, user %2.")
                          .arg(m_request.kubeconfig.isEmpty() ? tr("(unknown)") : m_request.kubeconfig,
                              m_request.userName.isEmpty() ? tr("(unnamed)") : m_request.userName));
    m_warning->setText(tr("Deny: the connection fails at the credential plugin step and nothing runs."));
    m_once->setText(tr("Allow &Once"));
    m_once->setToolTip(tr("Run it for this connection; ask again next time"));
    m_always->setText(tr("&Always Allow This Command"));
    m_always->setToolTip(tr("Remember this exact command line; a changed argument asks again"));
    m_deny->setText(tr("&Deny"));
}

void ExecConsentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

LiveConnection::Consent ExecConsentDialog::ask(const ExecConsentRequest &request, QWidget *parent)
{
    ExecConsentDialog d(request, parent);
    d.exec();
    return d.result() == QDialog::Accepted ? d.decision() : LiveConnection::Consent::Deny;
}

} // namespace PullScope
