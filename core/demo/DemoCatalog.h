#pragma once

#include <span>
#include <string_view>

#include <QtGlobal>

#include "core/demo/DemoWorld.h"

// Fixed catalogues of the demo data: plans and products (~100 items), staff, dispatch tags, equipment models.
namespace ops::demo {

struct ItemDef
{
    const char *sku;
    const char *kind; // internet, tv, phone, equipment, fee, discount
    const char *nameFr;
    const char *nameEn;
    int downMbps; // 0: not an access plan
    int upMbps;
    const char *oltProfile; // nullptr when none
    qint64 priceCents;
    bool active;
};

std::span<const ItemDef> items();
int itemIndex(std::string_view sku); // -1 when unknown

struct StaffDef
{
    const char *name;
    const char *pgRole;
    const char *email;
    const char *roleGroup;
    bool english;
};
std::span<const StaffDef> staffDefs();

struct TagDef
{
    const char *name;
    const char *category; // skill, service, region
};
std::span<const TagDef> tagDefs();
int tagIndex(std::string_view name); // -1 when unknown

// Serial = prefix + 8 upper-case hex digits or 11 decimal digits of a bijective scramble of the equipment index.
enum SerialStyle : quint8
{
    SerialHex8,
    SerialDec11
};

struct EquipmentModel
{
    const char *make;
    const char *model;
    quint8 kind; // EqpKind
    const char *serialPrefix;
    quint8 serialStyle;
    quint32 oui; // 24-bit vendor prefix of the MAC
    const char *firmware;
    const char *productClass; // GenieACS product class; nullptr: not managed by the ACS
};
std::span<const EquipmentModel> equipmentModels();

} // namespace ops::demo
