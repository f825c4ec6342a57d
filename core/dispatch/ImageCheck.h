#pragma once

#include <QByteArray>

namespace ops::dispatch {

// Whether data is a structurally whole image file, without decoding it (core links no image decoder): for PNG the
// signature, an IHDR with a non-zero size first, every chunk's length and CRC, image data and IEND; for JPEG the start
// marker, every segment's length up to the start of scan after a frame header with a non-zero size, then the end
// marker. A cut or damaged file (a transfer stopped half way, a renamed document) fails.
bool isWholePng(const QByteArray &data);
bool isWholeJpeg(const QByteArray &data);

} // namespace ops::dispatch
