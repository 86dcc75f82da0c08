#include "ui/details/DetailsView.h"

#include "models/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace gh {

namespace {

QLabel* valueLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Only long prose wraps: other values keep their width, so that the form puts a wide one under
    // its label instead of squeezing it (word-wrapped labels in a form get odd heights).
    label->setWordWrap(text.size() > 48 && text.contains(QLatin1Char(' ')) &&
                       !text.contains(QLatin1Char('\n')));
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

DetailsForm::DetailsForm(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    layout->addLayout(header);

    m_subtitle = valueLabel({});
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_subtitle);

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_placeholder);

    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 6, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    setPlaceholder({});
}

void DetailsForm::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_icon->clear();
    m_icon->hide();
    m_title->clear();
    m_subtitle->clear();
    m_subtitle->hide();
}

void DetailsForm::setHeader(const QString& title, const QString& subtitle, const QIcon& icon)
{
    m_placeholder->hide();
    m_fields->show();
    m_title->setText(title);
    m_title->show();
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    if (!icon.isNull()) {
        const int size = m_title->fontMetrics().height();
        m_icon->setPixmap(icon.pixmap(size, size));
        m_icon->show();
    }
}

void DetailsForm::setPlaceholder(const QString& text)
{
    clear();
    m_title->hide();
    m_fields->hide();
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
}

void DetailsForm::addSection(const QString& title)
{
    auto* label = new QLabel(title);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    m_form->addRow(label);
}

QLabel* DetailsForm::addRow(const QString& label, const QString& text)
{
    QLabel* value = valueLabel(text);
    m_form->addRow(label + QLatin1Char(':'), value);
    return value;
}

void DetailsForm::addRow(const QString& label, QWidget* field)
{
    if (label.isEmpty())
        m_form->addRow(QString(), field); // under the row above, as its action
    else
        m_form->addRow(label + QLatin1Char(':'), field);
}

void DetailsForm::addList(const QString& label, const QStringList& items, const QString& empty)
{
    QLabel* value = addRow(label, items.isEmpty() ? empty : items.join(QLatin1Char('\n')));
    if (items.isEmpty())
        value->setForegroundRole(QPalette::PlaceholderText);
}

void DetailsForm::addIconRow(const QString& label, const QIcon& icon, const QString& text,
                             const QColor& color)
{
    auto* field = new QWidget;
    auto* row = new QHBoxLayout(field);
    row->setContentsMargins(0, 0, 0, 0);
    auto* iconLabel = new QLabel;
    const int size = fontMetrics().height();
    iconLabel->setPixmap(icon.pixmap(size, size));
    QLabel* value = valueLabel(text);
    if (color.isValid()) {
        QPalette p = value->palette();
        p.setColor(QPalette::WindowText, color);
        value->setPalette(p);
    }
    row->addWidget(iconLabel);
    row->addWidget(value, 1);
    addRow(label, field);
}

void DetailsForm::addCopyRow(const QString& label, const QString& text)
{
    auto* field = new QWidget;
    auto* row = new QHBoxLayout(field);
    row->setContentsMargins(0, 0, 0, 0);
    // Fingerprints ("AB:CD:…") have no spaces: 12 bytes a line keep the panel narrow.
    const QStringList bytes = text.split(QLatin1Char(':'));
    QStringList lines;
    for (qsizetype i = 0; i < bytes.size(); i += 12)
        lines.append(bytes.mid(i, 12).join(QLatin1Char(':')));
    QLabel* value = valueLabel(lines.join(QLatin1Char('\n')));
    value->setWordWrap(false);
    value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    value->setAccessibleName(label);
    auto* copy = new QToolButton;
    copy->setIcon(Icons::themed(QStringLiteral("edit-copy"), QStringLiteral("edit-copy")));
    copy->setToolTip(tr("Copy %1").arg(label));
    copy->setAccessibleName(tr("Copy %1").arg(label));
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, this,
            [text] { QApplication::clipboard()->setText(text); });
    row->addWidget(value, 1);
    row->addWidget(copy, 0, Qt::AlignTop);
    addRow(label, field);
}

// ---- DetailsView ------------------------------------------------------------------------------

DetailsView::DetailsView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // rather than clip a value
    m_form = new DetailsForm;
    scroll->setWidget(m_form);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(scroll);
    layout->addWidget(m_splitter);
}

void DetailsView::addPanel(QWidget* panel)
{
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(m_splitter->count() - 1, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
}

void DetailsView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The fields get a little more than half the height, the panel under them the rest.
    if (m_splitter->count() == 2 && !m_splitterMoved) {
        const int total = m_splitter->height();
        m_splitter->setSizes({total * 11 / 20, total - total * 11 / 20});
    }
}

void DetailsView::showEntry(const QString& key)
{
    m_key = key;
    m_form->clear();
    if (key.isEmpty() || !fill(key)) {
        m_form->setPlaceholder(placeholderText());
        placeholderShown();
    }
}

QString DetailsView::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString DetailsView::secretText(bool set)
{
    return set ? tr("●●●● (set)") : tr("missing");
}

void DetailsView::addShowUsersButton(const QString& query, const QString& toolTip)
{
    auto* show = new QPushButton(tr("Show These Users"));
    show->setObjectName(QStringLiteral("showUsersButton"));
    show->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    show->setToolTip(toolTip);
    connect(show, &QPushButton::clicked, this, [this, query] { Q_EMIT showUsersRequested(query); });
    m_form->addRow(QString(), show);
}

} // namespace gh
