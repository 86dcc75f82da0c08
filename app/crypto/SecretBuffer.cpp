#include "app/crypto/SecretBuffer.h"

#include "app/crypto/OpenSsl.h"

#include <openssl/crypto.h>

#include <cstring>
#include <utility>

namespace gh::crypto {

SecretBuffer::SecretBuffer(const char* text)
    : SecretBuffer(text, text ? static_cast<qsizetype>(std::strlen(text)) : 0)
{
}

SecretBuffer::SecretBuffer(QByteArrayView bytes) : SecretBuffer(bytes.data(), bytes.size()) {}

SecretBuffer::SecretBuffer(const char* bytes, qsizetype size)
{
    if (!bytes || size <= 0)
        return;
    m_data = std::make_unique<char[]>(static_cast<std::size_t>(size));
    std::memcpy(m_data.get(), bytes, static_cast<std::size_t>(size));
    m_size = size;
}

SecretBuffer::~SecretBuffer()
{
    clear();
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0))
{
    // The allocation changed owner, so there are no bytes left behind in `other` to wipe.
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBuffer SecretBuffer::zeroed(qsizetype size)
{
    SecretBuffer buffer;
    if (size > 0) {
        // make_unique<char[]> value-initialises, i.e. zero-fills.
        buffer.m_data = std::make_unique<char[]>(static_cast<std::size_t>(size));
        buffer.m_size = size;
    }
    return buffer;
}

SecretBuffer SecretBuffer::fromBio(BIO* bio)
{
    if (!bio)
        return {};
    char* bytes = nullptr;
    const long size = BIO_get_mem_data(bio, &bytes);
    if (size <= 0 || !bytes)
        return {};
    return SecretBuffer(bytes, static_cast<qsizetype>(size));
}

SecretBuffer SecretBuffer::clone() const
{
    return SecretBuffer(m_data.get(), m_size);
}

void SecretBuffer::clear() noexcept
{
    if (m_data)
        OPENSSL_cleanse(m_data.get(), static_cast<std::size_t>(m_size));
    m_data.reset();
    m_size = 0;
}

bool SecretBuffer::operator==(const SecretBuffer& other) const noexcept
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data.get(), other.m_data.get(), static_cast<std::size_t>(m_size)) == 0;
}

} // namespace gh::crypto
