#include "core/dispatch/ImageCheck.h"

#include <array>

namespace ops::dispatch {

namespace {

quint32 crc32(const char *data, qsizetype size)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (qsizetype i = 0; i < size; ++i)
        c = table[(c ^ static_cast<quint8>(data[i])) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

quint32 be32(const QByteArray &d, qsizetype pos)
{
    return (quint32(quint8(d[pos])) << 24) | (quint32(quint8(d[pos + 1])) << 16) | (quint32(quint8(d[pos + 2])) << 8)
        | quint32(quint8(d[pos + 3]));
}

quint32 be16(const QByteArray &d, qsizetype pos)
{
    return (quint32(quint8(d[pos])) << 8) | quint32(quint8(d[pos + 1]));
}

} // namespace

bool isWholePng(const QByteArray &d)
{
    qsizetype pos = 8;
    bool first = true;
    bool sawData = false;
    while (pos + 12 <= d.size()) {
        const quint32 len = be32(d, pos);
        if (len > 0x7FFFFFFFu || pos + 12 + qsizetype(len) > d.size())
            return false;
        const QByteArray type = d.mid(pos + 4, 4);
        for (char ch : type) {
            if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')))
                return false;
        }
        if (crc32(d.constData() + pos + 4, 4 + qsizetype(len)) != be32(d, pos + 8 + qsizetype(len)))
            return false;
        if (first) {
            if (type != "IHDR" || len != 13 || be32(d, pos + 8) == 0 || be32(d, pos + 12) == 0)
                return false;
            first = false;
        }
        if (type == "IDAT")
            sawData = true;
        if (type == "IEND")
            return sawData;
        pos += 12 + qsizetype(len);
    }
    return false;
}

bool isWholeJpeg(const QByteArray &d)
{
    qsizetype pos = 2;
    bool sawFrame = false;
    while (pos + 4 <= d.size()) {
        if (quint8(d[pos]) != 0xFF)
            return false;
        const quint8 marker = quint8(d[pos + 1]);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            pos += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xD8)
            return false; // an end (or a second start) before the image data
        const quint32 len = be16(d, pos + 2);
        if (len < 2 || pos + 2 + qsizetype(len) > d.size())
            return false;
        const bool frame = (marker >= 0xC0 && marker <= 0xCF) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (len < 8 || be16(d, pos + 5) == 0 || be16(d, pos + 7) == 0)
                return false;
            sawFrame = true;
        }
        if (marker == 0xDA) { // start of scan: entropy-coded data up to the end marker
            if (!sawFrame)
                return false;
            qsizetype end = d.size();
            while (end > 0 && (d[end - 1] == '\0' || d[end - 1] == '\n' || d[end - 1] == '\r'))
                --end;
            return end >= pos + 2 + qsizetype(len) + 2 && quint8(d[end - 2]) == 0xFF && quint8(d[end - 1]) == 0xD9;
        }
        pos += 2 + qsizetype(len);
    }
    return false;
}

} // namespace ops::dispatch
