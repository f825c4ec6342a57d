#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

// A job photo at full size (scrollable), in its own window. Shows a message instead when the bytes are no image.
class JobPhotoViewer : public QDialog
{
    Q_OBJECT
public:
    explicit JobPhotoViewer(QWidget *parent = nullptr);
    ~JobPhotoViewer() override;

    // Decodes data; false (and a message in the window) when it is not an image.
    bool setPhoto(const QByteArray &bytes, const QString &caption);
    void showError(const QString &message);
    const QImage &image() const { return m_image; }

private:
    QImage m_image;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_picture = nullptr;
    QLabel *m_caption = nullptr;
};
