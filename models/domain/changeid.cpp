#include "changeid.h"

#include <QRandomGenerator>

namespace stockroom::domain {

QUuid newChangeId(qint64 nowMs)
{
    const quint64 ms = quint64(nowMs) & 0xFFFF'FFFF'FFFFull; // 48 bits: until the year 10889
    QRandomGenerator *random = QRandomGenerator::system();
    const quint64 high = random->generate64();
    const quint64 low = random->generate64();
    uchar bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = uchar(low >> (8 * i));
    bytes[0] = uchar(0x80 | (bytes[0] & 0x3F)); // the RFC variant, 10xx
    return QUuid(uint(ms >> 16), ushort(ms & 0xFFFF), ushort(0x7000 | (high & 0x0FFF)), bytes[0],
                 bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7]);
}

std::optional<qint64> changeIdTime(const QUuid &id)
{
    if (id.isNull() || (id.data3 >> 12) != 7)
        return std::nullopt;
    return qint64((quint64(id.data1) << 16) | id.data2);
}

} // namespace stockroom::domain
