#pragma once

#include <QColor>
#include <QString>
#include <QStringView>

class QApplication;

// The house look: Fusion with a calm, dense palette (light grey window, white views, Targo blue selection).
// Every colour a widget uses is a named role here; widgets never spell a colour themselves (scripts/check_layering.py
// fails on a hex colour in ui/ outside this file). Style sheets name roles as @Role tokens: styled("color:
// @TextMuted;").
namespace Theme {

enum class Role
{
    // Text
    Text, // titles, values
    TextSecondary,
    TextMuted, // hints, codes
    TextCaption, // field and card captions
    TextStage, // startup stage, search messages
    TextOverlay, // busy overlay label
    TextSectionTitle,
    TextFieldLabel,
    TextTicketMeta,
    TextBrand,
    TextError, // inline errors, failed states
    TextProblem, // settings field problems
    TextDanger, // amounts due, form field errors
    TextWarning, // form field warnings
    TextSuccess,
    TextLink,
    TextDisabled,
    // Surfaces and lines
    Base, // views, cards
    Window,
    AlternateBase,
    Button,
    Placeholder,
    Accent, // Targo blue: selection, focus, progress
    Border,
    FieldBorder,
    Divider,
    FooterDivider,
    SurfaceMuted, // status bar, table headers
    ToolbarBackground,
    StatusBarText,
    ThreadBackground,
    ProgressTrack,
    FocusBackground,
    NavBackground,
    NavText,
    NavHover,
    NavChecked,
    NavIcon,
    ToolTipBackground,
    // Message banner (background, border, text per level)
    BannerInfoBackground,
    BannerInfoBorder,
    BannerInfoText,
    BannerSuccessBackground,
    BannerSuccessBorder,
    BannerSuccessText,
    BannerWarningBackground,
    BannerWarningBorder,
    BannerWarningText,
    BannerErrorBackground,
    BannerErrorBorder,
    BannerErrorText,
    // Status chips (background, text per tone)
    ChipGoodBackground,
    ChipGoodText,
    ChipWarningBackground,
    ChipWarningText,
    ChipBadBackground,
    ChipBadText,
    ChipInfoBackground,
    ChipInfoText,
    ChipNeutralBackground,
    ChipNeutralText,
    // Panels
    ConflictBackground,
    ConflictBorder,
    InternalNoteBackground, // a ticket's internal note being written
    InternalNoteBorder,
    InternalNoteAccent, // its stripe and badge
    TextOnColor,
    MessageText, // ticket thread cards
                 // Search results
    SearchSelected,
    SearchHover,
    // Timeline kinds
    TimelineTicketOpened,
    TimelineTicketClosed,
    TimelineTicketMessage,
    TimelineInvoiceIssued,
    TimelinePaymentReceived,
    TimelineSubscriptionStarted,
    TimelineSubscriptionEnded,
    TimelineJobScheduled,
    TimelineJobCompleted,
    TimelineEquipmentInstalled,
    TimelineOther,
    // Icon glyphs
    IconInfo,
    IconWarning,
    IconError,
    IconSuccess,
    IconLocation,
    IconEquipment,
    IconDefault,
    // Translucent layers
    Shadow,
    SpinnerTrack,
    BusyVeil,
    // Map
    MapOutline, // frame, chips and panels
    MapGraticuleOverTiles,
    MapGraticuleText,
    MapMarkerOutline,
    MapPanel, // placeholder and marker label panels
    MapScaleBackground,
    MapChip,
    MapNote, // "offline map" note
    MapCluster, // a cluster of markers
                // Dispatch board
    DispatchGrid,
    DispatchOffShift, // outside the shift hours, or a day off
    DispatchShift, // within the shift hours
    DispatchAbsence,
    DispatchNowLine,
    DispatchGroupHeader,
    DispatchSelection,
    DispatchDropOk,
    DispatchDropWarning,
    DispatchDropRefused,
    DispatchStatusScheduled,
    DispatchStatusDispatched,
    DispatchStatusEnRoute,
    DispatchStatusOnSite,
    DispatchStatusCompleted,
    DispatchStatusCancelled,
    DispatchStatusUnscheduled,
    DispatchTypeInstallation,
    DispatchTypeRepair,
    DispatchTypeMaintenance,
    DispatchTypeRemoval,
    DispatchTypeSurvey,

    Count
};

QColor color(Role role);
QString name(Role role); // "@TextMuted" token name without '@': "TextMuted"
QString css(Role role); // "#rrggbb", or "rgba(r, g, b, a)" for translucent roles
// The style sheet with every @Role token replaced by css(role). Unknown tokens are left as they are.
QString styled(QStringView sheet);

void apply(QApplication &app);

} // namespace Theme
