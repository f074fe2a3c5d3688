#include "scenariogallery.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "scenariocarddelegate.h"
#include "scenariofiltermodel.h"
#include "scenariolistmodel.h"
#include "theme.h"

namespace PullScope {

ScenarioGallery::ScenarioGallery(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ScenarioGallery"));
    setSizeGripEnabled(true);
    m_model = new ScenarioListModel(this);
    m_filter = new ScenarioFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_search->installEventFilter(this);
    m_difficultyLabel = new QLabel(this);
    m_difficulty = new QComboBox(this);
    m_difficultyLabel->setBuddy(m_difficulty);
    for (int i = 0; i < 4; ++i)
        m_difficulty->addItem(QString(), i == 0 ? QString() : Scenario::difficulties().at(i - 1));
    m_count = new QLabel(this);

    m_view = new QListView(this);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new ScenarioCardDelegate(m_view));
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSpacing(4);
    m_view->setWordWrap(true);
    m_view->setSelectionRectVisible(false);
    connect(m_view, &QListView::activated, this, &ScenarioGallery::activate);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warn = m_problems->palette();
    warn.setColor(QPalette::WindowText, Theme::problemText());
    m_problems->setPalette(warn);
    m_problems->hide();

    m_folderLabel = new QLabel(this);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFile = new QPushButton(this);
    connect(m_openFile, &QPushButton::clicked, this, &ScenarioGallery::openFileDialog);
    m_chooseFolder = new QPushButton(this);
    connect(m_chooseFolder, &QPushButton::clicked, this, &ScenarioGallery::chooseFolder);
    m_open = new QPushButton(this);
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &ScenarioGallery::openCurrent);
    m_close = new QPushButton(this);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_searchLabel);
    top->addWidget(m_search, 1);
    top->addSpacing(12);
    top->addWidget(m_difficultyLabel);
    top->addWidget(m_difficulty);
    top->addSpacing(12);
    top->addWidget(m_count);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel, 1);
    folderRow->addWidget(m_chooseFolder);
    folderRow->addWidget(m_openFile);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problems);
    layout->addLayout(folderRow);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        updateCount();
    });
    connect(m_difficulty, &QComboBox::currentIndexChanged, this, [this]() {
        m_filter->setDifficulty(m_difficulty->currentData().toString());
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { m_open->setEnabled(current.isValid()); });

    m_model->loadBundled();
    setFolder(QSettings().value(folderSettingsKey()).toString());
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    m_open->setEnabled(m_view->currentIndex().isValid());
    resize(1180, 760);
    retranslate();
}

void ScenarioGallery::setFolder(const QString &dir)
{
    m_folder = dir;
    if (dir.isEmpty())
        QSettings().remove(folderSettingsKey());
    else
        QSettings().setValue(folderSettingsKey(), dir);
    m_model->loadFolder(dir);
    retranslate();
}

bool ScenarioGallery::addScenarioFile(const QString &path, QString *error)
{
    const int row = m_model->addFile(path, error);
    if (row < 0)
        return false;
    // Shown whatever the filter says: the trainer just picked it.
    m_search->clear();
    m_difficulty->setCurrentIndex(0);
    m_view->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
    updateCount();
    return true;
}

bool ScenarioGallery::selectScenario(const QString &id)
{
    const QModelIndex idx = m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (!idx.isValid())
        return false;
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
    return true;
}

void ScenarioGallery::openCurrent()
{
    activate(m_view->currentIndex());
}

void ScenarioGallery::activate(const QModelIndex &index)
{
    const Scenario *s = m_model->scenario(m_filter->mapToSource(index).row());
    if (!s)
        return;
    const Scenario chosen = *s; // the model may change while the window loads it
    hide();
    Q_EMIT scenarioChosen(chosen);
}

void ScenarioGallery::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of your scenarios"), m_folder);
    if (!dir.isEmpty())
        setFolder(dir);
}

void ScenarioGallery::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open scenario file"), m_folder, tr("Scenario files (*.yaml *.yml *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!addScenarioFile(path, &error))
        QMessageBox::warning(this, tr("Not a scenario file"), error);
}

bool ScenarioGallery::eventFilter(QObject *watched, QEvent *event)
{
    // From the search box, Down goes to the cards and Enter opens the current one: the
    // gallery is usable without the mouse.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
                m_view->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
                m_view->setCurrentIndex(m_filter->index(0, 0));
            openCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ScenarioGallery::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ScenarioGallery::updateCount()
{
    m_count->setText(tr("%1 of %2 scenarios").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    m_open->setEnabled(m_view->currentIndex().isValid());
}

void ScenarioGallery::retranslate()
{
    setWindowTitle(tr("Scenario Gallery"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("title, story, section or pod (either language)"));
    m_difficultyLabel->setText(tr("&Difficulty:"));
    m_difficulty->setItemText(0, tr("All"));
    for (int i = 1; i < m_difficulty->count(); ++i)
        m_difficulty->setItemText(i, Scenario::difficultyName(m_difficulty->itemData(i).toString()));
    m_folderLabel->setText(m_folder.isEmpty() ? tr("Your scenarios: no folder chosen")
                                              : tr("Your scenarios: %1").arg(QDir::toNativeSeparators(m_folder)));
    m_chooseFolder->setText(tr("Choose &Folder..."));
    m_chooseFolder->setToolTip(tr("A folder of your own scenario files, shown here as cards too"));
    m_openFile->setText(tr("Open Scenario &File..."));
    m_openFile->setToolTip(tr("Add a scenario file (YAML or JSON, docs/scenario-format.md) to the gallery"));
    m_open->setText(tr("&Open"));
    m_close->setText(tr("Close"));
    m_view->setAccessibleName(tr("Scenarios"));
    const QStringList problems = m_model->problems();
    m_problems->setVisible(!problems.isEmpty());
    m_problems->setText(problems.isEmpty()
            ? QString()
            : tr("Not shown (not valid scenario files):\n%1").arg(problems.join(QLatin1Char('\n'))));
    updateCount();
}

} // namespace PullScope
