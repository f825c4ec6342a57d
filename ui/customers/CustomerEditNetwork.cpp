// The network part of the location and equipment edit dialogs (issue 15 item 6, docs/network.md "Editing network
// fields"): a location's OLT name and port, VLAN and IP address; a device's IP address and GenieACS id. Admins edit
// everything; dispatch edits these fields only (the others locked, the save writes the network columns alone, as the
// column grants of migration 0032 allow); other roles see them read-only.
#include <QLineEdit>

#include "core/customers/CustomerValidation.h"
#include "ui/customers/CustomerEditDialogs.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops::customers;

namespace {

QLineEdit *networkLine(QWidget *parent, int maxLength, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setMaxLength(maxLength);
    e->setPlaceholderText(placeholder);
    return e;
}

const QStringList &locationNetworkFields()
{
    static const QStringList f = {u"olt_name"_s, u"olt_port"_s, u"vlan"_s, u"ip_address"_s};
    return f;
}

const QStringList &equipmentNetworkFields()
{
    static const QStringList f = {u"ip_address"_s, u"genieacs_device_id"_s};
    return f;
}

// Locks what the role may not change; returns whether only the network fields are editable.
bool applyAccess(EntityEditDialog *d, const QStringList &all, const QStringList &network, bool editAll,
    bool editNetwork, const QString &why)
{
    QStringList others;
    for (const QString &f : all) {
        if (!network.contains(f))
            others << f;
    }
    d->setFieldsLocked(others, !editAll, why);
    d->setFieldsLocked(network, !(editAll || editNetwork), why);
    return !editAll && editNetwork;
}

} // namespace

void LocationEditDialog::addNetworkFields()
{
    m_olt = networkLine(this, int(validation::kMaxNetworkName), tr("e.g. OLT-SJR-01"));
    m_oltPort = networkLine(this, int(validation::kMaxNetworkName), tr("e.g. 1/1/3"));
    m_vlan = networkLine(this, 4, tr("1 to 4094"));
    m_ip = networkLine(this, 60, tr("e.g. 10.20.30.40 or 2001:db8::1"));
    addSection(tr("Network"));
    addField(u"olt_name"_s, tr("OLT na&me:"), m_olt);
    addField(u"olt_port"_s, tr("OLT po&rt:"), m_oltPort);
    addField(u"vlan"_s, tr("&VLAN:"), m_vlan);
    addField(u"ip_address"_s, tr("I&P address:"), m_ip);
}

void LocationEditDialog::fillNetwork(const LocationEdit &l)
{
    m_olt->setText(l.oltName);
    m_oltPort->setText(l.oltPort);
    m_vlan->setText(l.vlan ? QString::number(l.vlan) : QString());
    m_ip->setText(l.ipAddress);
}

void LocationEditDialog::collectNetwork(LocationEdit &l, FieldErrors *parseErrors) const
{
    l.oltName = m_olt->text();
    l.oltPort = m_oltPort->text();
    const auto vlan = validation::parseVlan(m_vlan->text());
    l.vlan = vlan.ok() ? vlan.value() : 0;
    if (!vlan.ok() && parseErrors)
        parseErrors->insert(u"vlan"_s, vlan.error().userMessage);
    l.ipAddress = m_ip->text();
    l.networkOnly = m_networkOnly;
}

void LocationEditDialog::setAccess(bool editAll, bool editNetwork, const QString &why)
{
    const QStringList all = {u"civic_number"_s, u"street"_s, u"unit"_s, u"city"_s, u"postal_code"_s, u"latitude"_s,
        u"longitude"_s, u"status"_s, u"access_notes"_s, u"olt_name"_s, u"olt_port"_s, u"vlan"_s, u"ip_address"_s};
    m_networkOnly = applyAccess(this, all, locationNetworkFields(), editAll, editNetwork, why);
}

void EquipmentEditDialog::addNetworkFields()
{
    m_ip = networkLine(this, 60, tr("e.g. 10.20.30.40 or 2001:db8::1"));
    m_genieacs = networkLine(this, int(validation::kMaxGenieAcsId), tr("e.g. 00D09E-HG8245-48575443A1B2C3D4"));
    addSection(tr("Network"));
    addField(u"ip_address"_s, tr("&IP address:"), m_ip);
    addField(u"genieacs_device_id"_s, tr("&GenieACS id:"), m_genieacs);
}

void EquipmentEditDialog::fillNetwork(const EquipmentEdit &e)
{
    m_ip->setText(e.ipAddress);
    m_genieacs->setText(e.genieacsId);
}

void EquipmentEditDialog::collectNetwork(EquipmentEdit &e) const
{
    e.ipAddress = m_ip->text();
    e.genieacsId = m_genieacs->text();
    e.networkOnly = m_networkOnly;
}

void EquipmentEditDialog::setAccess(bool editAll, bool editNetwork, const QString &why)
{
    const QStringList all = {u"location_id"_s, u"kind"_s, u"make"_s, u"model"_s, u"serial"_s, u"mac"_s, u"firmware"_s,
        u"status"_s, u"ip_address"_s, u"genieacs_device_id"_s};
    m_networkOnly = applyAccess(this, all, equipmentNetworkFields(), editAll, editNetwork, why);
}
