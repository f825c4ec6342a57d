#include "ui/common/Theme.h"

#include <algorithm>
#include <array>

#include <QApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QStyleFactory>

namespace Theme {

namespace {

struct Entry
{
    Role role;
    const char *name;
    QRgb rgba;
};

constexpr QRgb rgb(int r, int g, int b, int a = 255)
{
    return qRgba(r, g, b, a);
}

// One line per role, in the enum's order (checked below).
constexpr std::array<Entry, std::size_t(Role::Count)> kRoles{{
    {Role::Text, "Text", rgb(0x1d, 0x27, 0x33)},
    {Role::TextSecondary, "TextSecondary", rgb(0x4a, 0x52, 0x5c)},
    {Role::TextMuted, "TextMuted", rgb(0x5b, 0x66, 0x72)},
    {Role::TextCaption, "TextCaption", rgb(0x6b, 0x75, 0x80)},
    {Role::TextStage, "TextStage", rgb(0x4a, 0x55, 0x61)},
    {Role::TextOverlay, "TextOverlay", rgb(0x44, 0x50, 0x5e)},
    {Role::TextSectionTitle, "TextSectionTitle", rgb(0x2b, 0x36, 0x42)},
    {Role::TextFieldLabel, "TextFieldLabel", rgb(0x3a, 0x44, 0x50)},
    {Role::TextTicketMeta, "TextTicketMeta", rgb(0x5f, 0x6b, 0x77)},
    {Role::TextBrand, "TextBrand", rgb(0x1f, 0x2a, 0x36)},
    {Role::TextError, "TextError", rgb(0x9b, 0x1c, 0x1c)},
    {Role::TextProblem, "TextProblem", rgb(0xb4, 0x23, 0x18)},
    {Role::TextDanger, "TextDanger", rgb(0xb3, 0x26, 0x1e)},
    {Role::TextWarning, "TextWarning", rgb(0x8a, 0x5a, 0x00)},
    {Role::TextSuccess, "TextSuccess", rgb(0x1b, 0x5e, 0x20)},
    {Role::TextLink, "TextLink", rgb(0x0f, 0x4c, 0x8a)},
    {Role::TextDisabled, "TextDisabled", rgb(0xa0, 0xa6, 0xae)},
    {Role::Base, "Base", rgb(0xff, 0xff, 0xff)},
    {Role::Window, "Window", rgb(0xf4, 0xf6, 0xf8)},
    {Role::AlternateBase, "AlternateBase", rgb(0xf6, 0xf8, 0xfa)},
    {Role::Button, "Button", rgb(0xfa, 0xfb, 0xfc)},
    {Role::Placeholder, "Placeholder", rgb(0x7b, 0x86, 0x92)},
    {Role::Accent, "Accent", rgb(0x2f, 0x74, 0xc0)},
    {Role::Border, "Border", rgb(0xd3, 0xd9, 0xdf)},
    {Role::FieldBorder, "FieldBorder", rgb(0xb9, 0xc2, 0xcc)},
    {Role::Divider, "Divider", rgb(0xd9, 0xde, 0xe3)},
    {Role::FooterDivider, "FooterDivider", rgb(0xe3, 0xe7, 0xeb)},
    {Role::SurfaceMuted, "SurfaceMuted", rgb(0xee, 0xf1, 0xf4)},
    {Role::ToolbarBackground, "ToolbarBackground", rgb(0xf7, 0xf8, 0xfa)},
    {Role::StatusBarText, "StatusBarText", rgb(0x3b, 0x46, 0x52)},
    {Role::ThreadBackground, "ThreadBackground", rgb(0xf2, 0xf4, 0xf7)},
    {Role::ProgressTrack, "ProgressTrack", rgb(0xe6, 0xea, 0xee)},
    {Role::FocusBackground, "FocusBackground", rgb(0xdd, 0xeb, 0xfb)},
    {Role::NavBackground, "NavBackground", rgb(0x1f, 0x2a, 0x36)},
    {Role::NavText, "NavText", rgb(0xc9, 0xd3, 0xde)},
    {Role::NavHover, "NavHover", rgb(0x2c, 0x3a, 0x4a)},
    {Role::NavChecked, "NavChecked", rgb(0x34, 0x56, 0x7e)},
    {Role::NavIcon, "NavIcon", rgb(0xff, 0xff, 0xff)},
    {Role::ToolTipBackground, "ToolTipBackground", rgb(0x1f, 0x2a, 0x36)},
    {Role::BannerInfoBackground, "BannerInfoBackground", rgb(0xe9, 0xf2, 0xfc)},
    {Role::BannerInfoBorder, "BannerInfoBorder", rgb(0xa8, 0xc8, 0xec)},
    {Role::BannerInfoText, "BannerInfoText", rgb(0x0e, 0x3a, 0x66)},
    {Role::BannerSuccessBackground, "BannerSuccessBackground", rgb(0xea, 0xf6, 0xed)},
    {Role::BannerSuccessBorder, "BannerSuccessBorder", rgb(0x9f, 0xd3, 0xab)},
    {Role::BannerSuccessText, "BannerSuccessText", rgb(0x1d, 0x4d, 0x2b)},
    {Role::BannerWarningBackground, "BannerWarningBackground", rgb(0xff, 0xf6, 0xe0)},
    {Role::BannerWarningBorder, "BannerWarningBorder", rgb(0xef, 0xc5, 0x6f)},
    {Role::BannerWarningText, "BannerWarningText", rgb(0x5a, 0x3d, 0x00)},
    {Role::BannerErrorBackground, "BannerErrorBackground", rgb(0xfd, 0xee, 0xec)},
    {Role::BannerErrorBorder, "BannerErrorBorder", rgb(0xee, 0xaa, 0xa1)},
    {Role::BannerErrorText, "BannerErrorText", rgb(0x7a, 0x1c, 0x12)},
    {Role::ChipGoodBackground, "ChipGoodBackground", rgb(0xdf, 0xf3, 0xe4)},
    {Role::ChipGoodText, "ChipGoodText", rgb(0x1b, 0x5e, 0x20)},
    {Role::ChipWarningBackground, "ChipWarningBackground", rgb(0xff, 0xf0, 0xcc)},
    {Role::ChipWarningText, "ChipWarningText", rgb(0x7a, 0x4f, 0x00)},
    {Role::ChipBadBackground, "ChipBadBackground", rgb(0xfd, 0xe2, 0xdf)},
    {Role::ChipBadText, "ChipBadText", rgb(0x9b, 0x1c, 0x1c)},
    {Role::ChipInfoBackground, "ChipInfoBackground", rgb(0xdd, 0xeb, 0xfb)},
    {Role::ChipInfoText, "ChipInfoText", rgb(0x0f, 0x4c, 0x8a)},
    {Role::ChipNeutralBackground, "ChipNeutralBackground", rgb(0xe8, 0xea, 0xed)},
    {Role::ChipNeutralText, "ChipNeutralText", rgb(0x4a, 0x52, 0x5c)},
    {Role::ConflictBackground, "ConflictBackground", rgb(0xff, 0xf4, 0xe0)},
    {Role::ConflictBorder, "ConflictBorder", rgb(0xe0, 0xa0, 0x40)},
    {Role::InternalNoteBackground, "InternalNoteBackground", rgb(0xff, 0xf4, 0xd6)},
    {Role::InternalNoteBorder, "InternalNoteBorder", rgb(0xe8, 0xb9, 0x4a)},
    {Role::InternalNoteAccent, "InternalNoteAccent", rgb(0xe0, 0x9b, 0x12)},
    {Role::TextOnColor, "TextOnColor", rgb(0xff, 0xff, 0xff)},
    {Role::MessageText, "MessageText", rgb(0x1f, 0x2a, 0x36)},
    {Role::SearchSelected, "SearchSelected", rgb(0xe3, 0xee, 0xfa)},
    {Role::SearchHover, "SearchHover", rgb(0xf3, 0xf6, 0xf9)},
    {Role::TimelineTicketOpened, "TimelineTicketOpened", rgb(0xc6, 0x28, 0x28)},
    {Role::TimelineTicketClosed, "TimelineTicketClosed", rgb(0x2e, 0x7d, 0x32)},
    {Role::TimelineTicketMessage, "TimelineTicketMessage", rgb(0x7b, 0x1f, 0xa2)},
    {Role::TimelineInvoiceIssued, "TimelineInvoiceIssued", rgb(0x15, 0x65, 0xc0)},
    {Role::TimelinePaymentReceived, "TimelinePaymentReceived", rgb(0x00, 0x89, 0x7b)},
    {Role::TimelineSubscriptionStarted, "TimelineSubscriptionStarted", rgb(0xef, 0x6c, 0x00)},
    {Role::TimelineSubscriptionEnded, "TimelineSubscriptionEnded", rgb(0x8d, 0x6e, 0x63)},
    {Role::TimelineJobScheduled, "TimelineJobScheduled", rgb(0x39, 0x49, 0xab)},
    {Role::TimelineJobCompleted, "TimelineJobCompleted", rgb(0x43, 0xa0, 0x47)},
    {Role::TimelineEquipmentInstalled, "TimelineEquipmentInstalled", rgb(0x54, 0x6e, 0x7a)},
    {Role::TimelineOther, "TimelineOther", rgb(0x60, 0x60, 0x60)},
    {Role::IconInfo, "IconInfo", rgb(0x1f, 0x6f, 0xc5)},
    {Role::IconWarning, "IconWarning", rgb(0xb7, 0x79, 0x00)},
    {Role::IconError, "IconError", rgb(0xc6, 0x28, 0x28)},
    {Role::IconSuccess, "IconSuccess", rgb(0x2e, 0x7d, 0x32)},
    {Role::IconLocation, "IconLocation", rgb(0x2e, 0x8b, 0x57)},
    {Role::IconEquipment, "IconEquipment", rgb(0xc0, 0x6a, 0x00)},
    {Role::IconDefault, "IconDefault", rgb(0x45, 0x52, 0x63)},
    {Role::Shadow, "Shadow", rgb(0, 0, 0, 60)},
    {Role::SpinnerTrack, "SpinnerTrack", rgb(0, 0, 0, 28)},
    {Role::BusyVeil, "BusyVeil", rgb(255, 255, 255, 200)},
    {Role::MapOutline, "MapOutline", rgb(0xc9, 0xd0, 0xd7)},
    {Role::MapGraticuleOverTiles, "MapGraticuleOverTiles", rgb(0x5b, 0x66, 0x72, 70)},
    {Role::MapGraticuleText, "MapGraticuleText", rgb(0x7a, 0x84, 0x8e)},
    {Role::MapMarkerOutline, "MapMarkerOutline", rgb(0xff, 0xff, 0xff)},
    {Role::MapPanel, "MapPanel", rgb(0xff, 0xff, 0xff, 235)},
    {Role::MapScaleBackground, "MapScaleBackground", rgb(0xff, 0xff, 0xff, 210)},
    {Role::MapChip, "MapChip", rgb(0xff, 0xff, 0xff, 225)},
    {Role::MapNote, "MapNote", rgb(0x5b, 0x66, 0x72, 40)},
    {Role::MapCluster, "MapCluster", rgb(0x1f, 0x6f, 0xb5, 215)},
    {Role::DispatchGrid, "DispatchGrid", rgb(0xdd, 0xe2, 0xe8)},
    {Role::DispatchOffShift, "DispatchOffShift", rgb(0xee, 0xf0, 0xf3)},
    {Role::DispatchShift, "DispatchShift", rgb(0xff, 0xff, 0xff)},
    {Role::DispatchAbsence, "DispatchAbsence", rgb(0x9e, 0x9e, 0x9e, 110)},
    {Role::DispatchNowLine, "DispatchNowLine", rgb(0xd3, 0x2f, 0x2f)},
    {Role::DispatchGroupHeader, "DispatchGroupHeader", rgb(0xe4, 0xe9, 0xef)},
    {Role::DispatchSelection, "DispatchSelection", rgb(0x1f, 0x6f, 0xb5)},
    {Role::DispatchDropOk, "DispatchDropOk", rgb(0x2e, 0x7d, 0x32)},
    {Role::DispatchDropWarning, "DispatchDropWarning", rgb(0xef, 0x8f, 0x00)},
    {Role::DispatchDropRefused, "DispatchDropRefused", rgb(0xc6, 0x28, 0x28)},
    {Role::DispatchStatusScheduled, "DispatchStatusScheduled", rgb(0x90, 0xb4, 0xe0)},
    {Role::DispatchStatusDispatched, "DispatchStatusDispatched", rgb(0x7e, 0x8c, 0xe0)},
    {Role::DispatchStatusEnRoute, "DispatchStatusEnRoute", rgb(0xff, 0xc1, 0x4d)},
    {Role::DispatchStatusOnSite, "DispatchStatusOnSite", rgb(0xff, 0x8a, 0x50)},
    {Role::DispatchStatusCompleted, "DispatchStatusCompleted", rgb(0x8b, 0xc3, 0x4a)},
    {Role::DispatchStatusCancelled, "DispatchStatusCancelled", rgb(0xbd, 0xbd, 0xbd)},
    {Role::DispatchStatusUnscheduled, "DispatchStatusUnscheduled", rgb(0xce, 0xd6, 0xde)},
    {Role::DispatchTypeInstallation, "DispatchTypeInstallation", rgb(0x64, 0xb5, 0xf6)},
    {Role::DispatchTypeRepair, "DispatchTypeRepair", rgb(0xef, 0x9a, 0x9a)},
    {Role::DispatchTypeMaintenance, "DispatchTypeMaintenance", rgb(0xa5, 0xd6, 0xa7)},
    {Role::DispatchTypeRemoval, "DispatchTypeRemoval", rgb(0xce, 0x93, 0xd8)},
    {Role::DispatchTypeSurvey, "DispatchTypeSurvey", rgb(0xff, 0xe0, 0x82)},
}};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kRoles.size(); ++i) {
        if (std::size_t(kRoles[i].role) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "kRoles must list every Theme::Role once, in the enum's order");

const Entry &entry(Role role)
{
    return kRoles[std::min(std::size_t(role), kRoles.size() - 1)];
}

} // namespace

QColor color(Role role)
{
    return QColor::fromRgba(entry(role).rgba);
}

QString name(Role role)
{
    return QString::fromLatin1(entry(role).name);
}

QString css(Role role)
{
    const QColor c = color(role);
    if (c.alpha() == 255)
        return c.name(QColor::HexRgb);
    return QStringLiteral("rgba(%1, %2, %3, %4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
}

QString styled(QStringView sheet)
{
    static const QRegularExpression token(QStringLiteral("@([A-Za-z]+)"));
    const QString text = sheet.toString();
    QString out;
    out.reserve(text.size() + 64);
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QStringView wanted = m.capturedView(1);
        const auto found = std::find_if(
            kRoles.begin(), kRoles.end(), [wanted](const Entry &e) { return wanted == QLatin1String(e.name); });
        out += found == kRoles.end() ? m.capturedView(0).toString() : css(found->role);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

void apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QPalette p = app.palette();
    p.setColor(QPalette::Window, color(Role::Window));
    p.setColor(QPalette::WindowText, color(Role::Text));
    p.setColor(QPalette::Base, color(Role::Base));
    p.setColor(QPalette::AlternateBase, color(Role::AlternateBase));
    p.setColor(QPalette::Text, color(Role::Text));
    p.setColor(QPalette::Button, color(Role::Button));
    p.setColor(QPalette::ButtonText, color(Role::Text));
    p.setColor(QPalette::Highlight, color(Role::Accent));
    p.setColor(QPalette::HighlightedText, color(Role::Base));
    p.setColor(QPalette::ToolTipBase, color(Role::ToolTipBackground));
    p.setColor(QPalette::ToolTipText, color(Role::Base));
    p.setColor(QPalette::PlaceholderText, color(Role::Placeholder));
    p.setColor(QPalette::Link, color(Role::IconInfo));
    p.setColor(QPalette::Disabled, QPalette::Text, color(Role::TextDisabled));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, color(Role::TextDisabled));
    p.setColor(QPalette::Disabled, QPalette::WindowText, color(Role::TextDisabled));
    QApplication::setPalette(p);
}

} // namespace Theme
