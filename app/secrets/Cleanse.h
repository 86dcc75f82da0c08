#pragma once

#include <QByteArray>

namespace gh {

// Overwrites every byte of `data` with zero (its size stays) in a way the compiler may not
// optimise away. If `data` shares its buffer with other QByteArrays, it first gets a copy of its
// own: the others keep their bytes.
void secureZero(QByteArray& data);

// Wipes the buffer `data` owns and empties it. A buffer shared with other QByteArrays is not
// touched (that would change their contents); `data` just lets go of it. Keep secrets in buffers
// of their own (deepCopy) when they must be wiped.
void cleanse(QByteArray& data);

// A QByteArray with its own buffer holding a copy of `data` (never implicitly shared with it).
QByteArray deepCopy(const QByteArray& data);

} // namespace gh
