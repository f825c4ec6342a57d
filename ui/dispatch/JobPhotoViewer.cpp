#include "ui/dispatch/JobPhotoViewer.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

JobPhotoViewer::JobPhotoViewer(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"jobPhotoViewer"_s);
    setWindowTitle(tr("Photo"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_caption = new QLabel(this);
    m_caption->setTextFormat(Qt::PlainText);
    layout->addWidget(m_caption);
    m_scroll = new QScrollArea(this);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_picture = new QLabel(m_scroll);
    m_picture->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_picture);
    layout->addWidget(m_scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(900, 700);
}

JobPhotoViewer::~JobPhotoViewer() = default;

bool JobPhotoViewer::setPhoto(const QByteArray &bytes, const QString &caption)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation of phone photos
    m_image = reader.read();
    if (m_image.isNull()) {
        showError(tr("This photo cannot be shown: %1").arg(reader.errorString()));
        return false;
    }
    m_caption->setText(caption);
    m_picture->setPixmap(QPixmap::fromImage(m_image));
    m_picture->adjustSize();
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize avail = screen->availableSize() * 0.9;
        resize(qMin(avail.width(), m_image.width() + 60), qMin(avail.height(), m_image.height() + 120));
    }
    return true;
}

void JobPhotoViewer::showError(const QString &message)
{
    m_caption->setText(message);
    m_picture->clear();
}
