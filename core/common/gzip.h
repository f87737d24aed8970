#pragma once
// gzip (RFC 1952) for sync bodies: QtHttpServer 6.4 does not compress, so the server
// compresses its JSON answers itself when the workstation accepts gzip, and the
// workstation compresses what it pushes (Content-Encoding: gzip). zlib does the work.
#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace tracelot::gzip {

QByteArray compress(QByteArrayView data, int level = 6);
// The inflated bytes; nullopt when the data is not gzip, is corrupt, or would inflate to
// more than `limit` bytes (a small body must not be able to claim gigabytes of memory).
std::optional<QByteArray> decompress(QByteArrayView data, qsizetype limit);
// True when an Accept-Encoding header lists gzip (and not with q=0).
bool accepted(QByteArrayView acceptEncoding);

}  // namespace tracelot::gzip
