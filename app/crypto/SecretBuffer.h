#pragma once

#include <QByteArrayView>

#include <openssl/types.h>

#include <cstddef>
#include <memory>

namespace gh::crypto {

// Bytes that must not linger in memory: passwords, private key material, PEM with unencrypted
// keys. Move-only, never implicitly shared, and wiped with OPENSSL_cleanse when destroyed,
// cleared or moved from. Hand the bytes out as a view and copy them only into places that are
// themselves wiped (OpenSSL's memory BIOs are).
class SecretBuffer
{
public:
    SecretBuffer() noexcept = default;
    // From a NUL-terminated string (the terminator is not stored); null gives an empty buffer.
    explicit SecretBuffer(const char* text);
    explicit SecretBuffer(QByteArrayView bytes);
    SecretBuffer(const char* bytes, qsizetype size);
    ~SecretBuffer();

    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;
    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;

    // A buffer of `size` zero bytes to be filled through data().
    static SecretBuffer zeroed(qsizetype size);
    // Copies the contents of an OpenSSL memory BIO (which wipes its own memory when freed).
    static SecretBuffer fromBio(BIO* bio);

    // An explicit deep copy, for the rare place that really needs two.
    SecretBuffer clone() const;

    const char* data() const noexcept { return m_data.get(); }
    char* data() noexcept { return m_data.get(); }
    qsizetype size() const noexcept { return m_size; }
    bool isEmpty() const noexcept { return m_size == 0; }
    QByteArrayView view() const noexcept { return QByteArrayView(m_data.get(), m_size); }

    // Wipes and releases the bytes; the buffer is empty afterwards.
    void clear() noexcept;

    // Constant-time comparison of the contents (the sizes are not secret).
    bool operator==(const SecretBuffer& other) const noexcept;

private:
    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
};

} // namespace gh::crypto
