#pragma once

#include <span>
#include <string_view>

#include <QtGlobal>

namespace ops::demo {

// Deterministic PRNG for demo data: xoshiro256** seeded through splitmix64. Same seed and stream name give the same
// sequence on every platform (integer arithmetic only). Each table gets its own stream so that changing one generator
// does not shift the data of the others.
class Rng
{
public:
    Rng(quint64 seed, std::string_view stream)
    {
        quint64 x = seed ^ (fnv1a(stream) * 0x9e3779b97f4a7c15ULL);
        for (quint64 &s : m_s)
            s = splitmix64(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n); n > 0. Multiply-shift (bias below 2^-32, irrelevant for demo data).
    quint32 below(quint32 n) { return static_cast<quint32>(((next() >> 32) * static_cast<quint64>(n)) >> 32); }
    qint64 below64(qint64 n) { return n <= 0 ? 0 : static_cast<qint64>(next() % static_cast<quint64>(n)); }
    // Uniform in [lo, hi], inclusive.
    int range(int lo, int hi)
    {
        return hi <= lo ? lo : lo + static_cast<int>(below(static_cast<quint32>(hi - lo + 1)));
    }
    qint64 range64(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + below64(hi - lo + 1); }
    // True with probability perMille / 1000.
    bool chance(int perMille) { return static_cast<int>(below(1000)) < perMille; }

    template <typename T> const T &pick(std::span<const T> items)
    {
        return items[below(static_cast<quint32>(items.size()))];
    }

    // Index drawn with the given integer weights (sum > 0).
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = static_cast<int>(below(static_cast<quint32>(total)));
        for (int i = 0; i < static_cast<int>(weights.size()); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }

    // Roughly bell-shaped in [-spread, spread] (sum of two uniforms).
    qint64 triangular(qint64 spread) { return range64(-spread, spread) / 2 + range64(-spread, spread) / 2; }

    static quint64 splitmix64(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    static constexpr quint64 fnv1a(std::string_view s)
    {
        quint64 h = 0xcbf29ce484222325ULL;
        for (char c : s) {
            h ^= static_cast<unsigned char>(c);
            h *= 0x100000001b3ULL;
        }
        return h;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_s[4] = {};
};

// Bijective 32-bit mixer: distinct inputs give distinct outputs (serial numbers, MACs that must stay unique).
inline quint32 scramble32(quint32 x, quint32 key)
{
    x ^= key;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

// Bijective on [0, 2^bits): used for 24-bit MAC suffixes.
inline quint32 scrambleBits(quint32 x, quint32 key, int bits)
{
    const quint32 mask = bits >= 32 ? 0xffffffffU : ((1U << bits) - 1);
    x = (x ^ key) & mask;
    for (int round = 0; round < 4; ++round) {
        x = (x * 0x2c1b3c6dU + 0x297a2d39U) & mask; // odd multiplier: bijective modulo 2^bits
        x ^= x >> (bits / 2 + 1); // xor with a right shift: bijective too
        x = (x * 0x9e3779b1U) & mask;
        x ^= x >> (bits / 3);
    }
    return x & mask;
}

} // namespace ops::demo
