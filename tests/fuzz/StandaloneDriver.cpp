// A main() for the fuzz targets in a build without libFuzzer (g++, the normal build).
//
//   fuzz_<parser> [-runs=N] [-max_total_time=SECONDS] [-seed=N] [-max_len=BYTES] SEED...
//
// Runs LLVMFuzzerTestOneInput over every SEED file (folders are walked recursively, in sorted
// order), then over up to N deterministic pseudo-random mutations of the seeds (bit flips, byte
// overwrites, truncations, insertions, erasures, copies and splices; fixed seed), stopping early
// after SECONDS. Defaults: -runs=2000 -max_total_time=10 -seed=1. Exit status 0 when nothing
// crashed. A harness signals a failed check by aborting or trapping; the driver then writes the
// input it was running to ./crash-standalone and says which seed and mutation it came from, so
// `fuzz_<parser> -runs=0 crash-standalone` reproduces it.
//
// This is no fuzzer (no coverage feedback): it keeps the harnesses compiling and catches the
// obvious. Build with -DGATEHOUSE_FUZZ=ON and clang for real fuzzing (see README.md).

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

using Bytes = std::vector<uint8_t>;
namespace fs = std::filesystem;

// What is running now, for the crash handler (which may only use async-signal-safe calls).
const uint8_t* g_data = nullptr;
size_t g_size = 0;
char g_label[512] = "";

void writeAll(int fd, const void* data, size_t size)
{
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n <= 0)
            return;
        p += n;
        size -= static_cast<size_t>(n);
    }
}

void writeText(int fd, const char* text)
{
    writeAll(fd, text, std::strlen(text));
}

extern "C" void onCrash(int signal)
{
    writeText(2, "\n==== fuzz standalone driver: crash (signal ");
    char number[8];
    int len = 0;
    for (int s = signal; len < 7 && (len == 0 || s > 0); s /= 10)
        number[len++] = static_cast<char>('0' + s % 10);
    while (len > 0)
        writeAll(2, &number[--len], 1);
    writeText(2, ") while running ");
    writeText(2, g_label);
    writeText(2, "\n==== input written to ./crash-standalone; rerun with: <target> -runs=0 crash-standalone\n");
    const int fd = ::open("crash-standalone", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        writeAll(fd, g_data, g_size);
        ::close(fd);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void setLabel(const std::string& label)
{
    std::snprintf(g_label, sizeof g_label, "%s", label.c_str());
}

int run(const Bytes& input, const std::string& label)
{
    setLabel(label);
    g_data = input.data();
    g_size = input.size();
    // A copy on the heap of exactly the input's size, as libFuzzer does, so that reads past the
    // end hit the allocation's end rather than the vector's spare capacity.
    std::unique_ptr<uint8_t[]> copy(new uint8_t[std::max<size_t>(input.size(), 1)]);
    std::copy(input.begin(), input.end(), copy.get());
    return LLVMFuzzerTestOneInput(copy.get(), input.size());
}

struct Seed
{
    std::string path;
    Bytes bytes;
};

bool readFile(const fs::path& path, Bytes& out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

// Deterministic mutations: std::mt19937's output is fixed by the standard, and only its raw
// output is used (the distributions are implementation-defined).
class Mutator
{
public:
    Mutator(uint32_t seed, const std::vector<Seed>& seeds, size_t maxLen)
        : m_rng(seed), m_seeds(seeds), m_maxLen(maxLen)
    {
    }

    Bytes next(std::string& how)
    {
        const size_t pick = below(m_seeds.size());
        Bytes data = m_seeds[pick].bytes;
        how = m_seeds[pick].path + ":";
        const size_t steps = 1 + below(4);
        for (size_t i = 0; i < steps; ++i)
            how += mutate(data);
        if (data.size() > m_maxLen)
            data.resize(m_maxLen);
        return data;
    }

private:
    size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(m_rng()) % n; }

    uint8_t interesting()
    {
        static const uint8_t bytes[] = {0x00, 0x01, 0x7f, 0x80, 0xff, 0xc3, 0xa9, 0xed, 0xf0,
                                        '"',  '\\', '{',  '}',  '[',  ']',  ',',  ':',  '=',
                                        '+',  '#',  ' ',  '\n', '0',  '9',  '-',  '.',  'A'};
        return bytes[below(sizeof bytes)];
    }

    const Bytes& otherSeed() { return m_seeds[below(m_seeds.size())].bytes; }

    std::string mutate(Bytes& data)
    {
        switch (below(data.empty() ? 2 : 8)) {
        case 0: { // insert 1–16 bytes, random or interesting
            const size_t at = below(data.size() + 1);
            const size_t n = 1 + below(16);
            Bytes insert(n);
            for (uint8_t& b : insert)
                b = below(2) ? interesting() : static_cast<uint8_t>(m_rng());
            data.insert(data.begin() + static_cast<std::ptrdiff_t>(at), insert.begin(), insert.end());
            return " insert";
        }
        case 1: { // insert a chunk of another seed
            const Bytes& other = otherSeed();
            if (other.empty())
                return " insert-chunk(empty)";
            const size_t from = below(other.size());
            const size_t n = 1 + below(std::min<size_t>(other.size() - from, 256));
            const size_t at = below(data.size() + 1);
            data.insert(data.begin() + static_cast<std::ptrdiff_t>(at),
                        other.begin() + static_cast<std::ptrdiff_t>(from),
                        other.begin() + static_cast<std::ptrdiff_t>(from + n));
            return " insert-chunk";
        }
        case 2: { // flip one bit
            data[below(data.size())] ^= static_cast<uint8_t>(1u << below(8));
            return " flip";
        }
        case 3: { // overwrite one byte
            data[below(data.size())] = below(2) ? interesting() : static_cast<uint8_t>(m_rng());
            return " set";
        }
        case 4: { // truncate
            data.resize(below(data.size()));
            return " truncate";
        }
        case 5: { // erase a range
            const size_t at = below(data.size());
            const size_t n = 1 + below(std::min<size_t>(data.size() - at, 64));
            data.erase(data.begin() + static_cast<std::ptrdiff_t>(at),
                       data.begin() + static_cast<std::ptrdiff_t>(at + n));
            return " erase";
        }
        case 6: { // copy a range of the input over another place in it
            const size_t from = below(data.size());
            const size_t n = 1 + below(std::min<size_t>(data.size() - from, 64));
            const Bytes chunk(data.begin() + static_cast<std::ptrdiff_t>(from),
                              data.begin() + static_cast<std::ptrdiff_t>(from + n));
            const size_t to = below(data.size());
            for (size_t i = 0; i < chunk.size() && to + i < data.size(); ++i)
                data[to + i] = chunk[i];
            return " copy";
        }
        default: { // splice: a prefix of this input and a suffix of another seed
            const Bytes& other = otherSeed();
            const size_t cut = below(data.size() + 1);
            const size_t from = below(other.size() + 1);
            data.resize(cut);
            data.insert(data.end(), other.begin() + static_cast<std::ptrdiff_t>(from), other.end());
            return " splice";
        }
        }
    }

    std::mt19937 m_rng;
    const std::vector<Seed>& m_seeds;
    size_t m_maxLen;
};

bool parseFlag(const char* arg, const char* name, long long& value)
{
    const size_t n = std::strlen(name);
    if (std::strncmp(arg, name, n) != 0 || arg[n] != '=')
        return false;
    char* end = nullptr;
    value = std::strtoll(arg + n + 1, &end, 10);
    if (end == arg + n + 1 || *end != '\0' || value < 0) {
        std::fprintf(stderr, "%s: expected a whole number >= 0\n", arg);
        std::exit(2);
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    long long runs = 2000;
    long long maxSeconds = 10;
    long long seed = 1;
    long long maxLen = 0; // 0: twice the largest seed, at least 4 KiB, at most 1 MiB
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (parseFlag(arg, "-runs", runs) || parseFlag(arg, "-max_total_time", maxSeconds) ||
            parseFlag(arg, "-seed", seed) || parseFlag(arg, "-max_len", maxLen))
            continue;
        if (arg[0] == '-') {
            std::fprintf(stderr, "%s: unknown option (this is the standalone driver, not libFuzzer)\n", arg);
            return 2;
        }
        inputs.emplace_back(arg);
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "usage: %s [-runs=N] [-max_total_time=S] [-seed=N] [-max_len=N] SEED_FILE_OR_FOLDER...\n",
                     argv[0]);
        return 2;
    }

    std::vector<Seed> seeds;
    for (const fs::path& input : inputs) {
        std::error_code error;
        std::vector<fs::path> files;
        if (fs::is_directory(input, error)) {
            for (const auto& entry : fs::recursive_directory_iterator(input, error)) {
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            }
            std::sort(files.begin(), files.end());
        } else {
            files.push_back(input);
        }
        if (error) {
            std::fprintf(stderr, "%s: cannot read: %s\n", input.c_str(), error.message().c_str());
            return 2;
        }
        for (const fs::path& file : files) {
            Seed s{file.string(), {}};
            if (!readFile(file, s.bytes)) {
                std::fprintf(stderr, "%s: cannot read the seed file\n", file.c_str());
                return 2;
            }
            seeds.push_back(std::move(s));
        }
    }
    if (seeds.empty()) {
        std::fprintf(stderr, "no seed files found in the given folders: a smoke run needs a corpus\n");
        return 2;
    }

    for (int s : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP})
        std::signal(s, onCrash);
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    const auto start = std::chrono::steady_clock::now();
    size_t largest = 0;
    for (const Seed& s : seeds) {
        run(s.bytes, "seed " + s.path);
        largest = std::max(largest, s.bytes.size());
    }

    if (maxLen == 0)
        maxLen = static_cast<long long>(std::clamp<size_t>(2 * largest, 4096, 1 << 20));
    Mutator mutator(static_cast<uint32_t>(seed), seeds, static_cast<size_t>(maxLen));
    const auto deadline = start + std::chrono::seconds(maxSeconds);
    long long done = 0;
    for (; done < runs && std::chrono::steady_clock::now() < deadline; ++done) {
        std::string how;
        const Bytes input = mutator.next(how);
        run(input, "mutation " + std::to_string(done) + " (-seed=" + std::to_string(seed) + ") of " + how);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%s: %zu seeds and %lld mutations in %.1f s, no crash%s\n", argv[0], seeds.size(), done, seconds,
                done < runs ? " (stopped at -max_total_time)" : "");
    return 0;
}
