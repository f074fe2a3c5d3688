#include "probe/probetestrow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "theme.h"

namespace PullScope {

ProbeTestRow::ProbeTestRow(QWidget *parent)
    : QWidget(parent)
{
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_image = new QLineEdit(this);
    m_button = new QPushButton(this);
    m_button->setAutoDefault(false);
    row->addWidget(m_image, 1);
    row->addWidget(m_button);
    col->addLayout(row);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, Theme::problemText());
    m_problem->setPalette(p);
    m_problem->hide();
    col->addWidget(m_problem);
    connect(m_button, &QPushButton::clicked, this, &ProbeTestRow::testRequested);
    connect(m_image, &QLineEdit::returnPressed, this, &ProbeTestRow::testRequested);
    connect(m_image, &QLineEdit::textEdited, this, [this] { setProblem(QString()); });
    retranslate();
}

QString ProbeTestRow::image() const
{
    return m_image->text().trimmed();
}

void ProbeTestRow::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString ProbeTestRow::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ProbeTestRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProbeTestRow::retranslate()
{
    m_image->setPlaceholderText(tr("the image to pull, e.g. registry.example.com/team/app:1.0"));
}

} // namespace PullScope
