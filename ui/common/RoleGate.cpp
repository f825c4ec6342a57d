#include "ui/common/RoleGate.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace {

constexpr const char *kOwnToolTip = "roleGateOwnToolTip";

template <typename T> bool explainOn(T *o, const ops::Capabilities &caps, ops::Capabilities::Action action)
{
    if (!o)
        return false;
    // The control's own tooltip, kept once, before the first reason replaces it.
    if (!o->property(kOwnToolTip).isValid())
        o->setProperty(kOwnToolTip, o->toolTip());
    const QString why = caps.whyNot(action);
    o->setToolTip(why.isEmpty() ? o->property(kOwnToolTip).toString() : why);
    return why.isEmpty();
}

} // namespace

namespace RoleGate {

bool explain(QWidget *w, const ops::Capabilities &caps, ops::Capabilities::Action action)
{
    return explainOn(w, caps, action);
}

bool explain(QAction *a, const ops::Capabilities &caps, ops::Capabilities::Action action)
{
    return explainOn(a, caps, action);
}

bool gate(QWidget *w, const ops::Capabilities &caps, ops::Capabilities::Action action)
{
    const bool allowed = explainOn(w, caps, action);
    if (w)
        w->setEnabled(allowed);
    return allowed;
}

bool gate(QAction *a, const ops::Capabilities &caps, ops::Capabilities::Action action)
{
    const bool allowed = explainOn(a, caps, action);
    if (a) {
        a->setEnabled(allowed);
        a->setStatusTip(allowed ? QString() : a->toolTip());
    }
    return allowed;
}

} // namespace RoleGate
