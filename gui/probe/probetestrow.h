#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace PullScope {

// The "Test these credentials" / "Test this mirror" row of a fix wizard: the image the
// probe pulls (prefilled from the diagnosis, required), the button, and a line for why
// the test cannot run yet. The wizard sets the texts and does the test.
class ProbeTestRow : public QWidget
{
    Q_OBJECT
public:
    explicit ProbeTestRow(QWidget *parent = nullptr);

    QLineEdit *imageEdit() const { return m_image; }
    QPushButton *button() const { return m_button; }
    QString image() const;
    // Empty hides the line.
    void setProblem(const QString &text);
    QString problem() const;

Q_SIGNALS:
    void testRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_image = nullptr;
    QPushButton *m_button = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace PullScope
