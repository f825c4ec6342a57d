#include "ui/dispatch/GpsNoticeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "core/concurrency/Async.h"
#include "core/integrations/GpsPrivacyApi.h"

using namespace Qt::Literals::StringLiterals;

GpsNoticeDialog::GpsNoticeDialog(ops::integrations::GpsPrivacyApi *api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_language(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"GpsNoticeDialog"_s);
    setWindowTitle(tr("GPS tracking notice"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_language->addItem(tr("Français", "the French language, named in French"), u"fr"_s);
    m_language->addItem(tr("English", "the English language, named in English"), u"en"_s);
    m_language->setCurrentIndex(QLocale().language() == QLocale::French ? 0 : 1);
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("Loading the notice…"));
    m_text->setMinimumSize(520, 260);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Language:"), this));
    top->addWidget(m_language);
    top->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &GpsNoticeDialog::showNotice);

    if (!m_api) {
        m_error->setText(tr("Connect to a database to read the GPS tracking notice."));
        m_error->show();
        return;
    }
    ops::runThen(m_api->load(), this, [this](const ops::Result<ops::integrations::GpsPrivacySettings> &r) {
        if (r.ok()) {
            m_settings = r.value();
            m_ready = true;
            showNotice();
        } else {
            m_error->setText(r.error().userMessage.isEmpty() ? tr("The GPS tracking notice could not be read.")
                                                             : r.error().userMessage);
            m_error->show();
        }
        emit loaded();
    });
}

void GpsNoticeDialog::showNotice()
{
    if (m_ready)
        m_text->setPlainText(m_settings.notice(m_language->currentData().toString()));
}
