#include "common/gzip.h"

#include <QList>
#include <zlib.h>

namespace tracelot::gzip {
namespace {
constexpr int kGzipWindow = 15 + 16;  // 32 KiB window, gzip header and trailer
}

QByteArray compress(QByteArrayView data, int level)
{
    z_stream z{};
    if (deflateInit2(&z, level, Z_DEFLATED, kGzipWindow, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    const qsizetype written = out.size() - static_cast<qsizetype>(z.avail_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END) return {};
    out.truncate(written);
    return out;
}

std::optional<QByteArray> decompress(QByteArrayView data, qsizetype limit)
{
    z_stream z{};
    if (inflateInit2(&z, kGzipWindow) != Z_OK) return std::nullopt;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    QByteArray out;
    char buf[64 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buf);
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        const qsizetype got = static_cast<qsizetype>(sizeof buf - z.avail_out);
        if (out.size() + got > limit) {
            rc = Z_MEM_ERROR;
            break;
        }
        out.append(buf, got);
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END || z.avail_in != 0) return std::nullopt;  // corrupt, too large, cut short or trailing bytes
    return out;
}

bool accepted(QByteArrayView acceptEncoding)
{
    for (const QByteArray& part : acceptEncoding.toByteArray().split(',')) {
        const QList<QByteArray> bits = part.split(';');
        if (bits.first().trimmed().toLower() != "gzip") continue;
        for (qsizetype i = 1; i < bits.size(); ++i) {
            const QByteArray p = bits[i].trimmed();
            if (p.startsWith("q=") && p.mid(2).toDouble() <= 0.0) return false;
        }
        return true;
    }
    return false;
}

}  // namespace tracelot::gzip
