/// `ln`, `exp` and `pow` on the standard library alone (no Foundation or libc import),
/// accurate to about 1e-15 and identical on every platform.
enum Elementary {
    private static let ln2 = 0.693_147_180_559_945_309_4

    /// The natural logarithm of `x`; `-infinity` for 0 and `nan` for negative values.
    static func ln(_ x: Double) -> Double {
        guard x > 0 else { return x == 0 ? -.infinity : .nan }
        guard x.isFinite else { return x }
        var exponent = Double(x.exponent)
        var mantissa = x.significand  // [1, 2)
        if mantissa > 1.414_213_562_373_095 {
            mantissa /= 2
            exponent += 1
        }
        // ln(m) = 2 * atanh(s), s = (m - 1) / (m + 1), |s| <= 0.172
        let s = (mantissa - 1) / (mantissa + 1)
        let s2 = s * s
        var term = s
        var sum = 0.0
        var k = 1.0
        while k < 40 {
            sum += term / k
            term *= s2
            k += 2
        }
        return 2 * sum + exponent * ln2
    }

    /// e raised to `x`.
    static func exp(_ x: Double) -> Double {
        guard x.isFinite else { return x > 0 ? x : 0 }
        if x > 709 { return .infinity }
        if x < -745 { return 0 }
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        var term = 1.0
        var sum = 1.0
        var n = 1.0
        while n < 25 {
            term *= r / n
            sum += term
            n += 1
        }
        return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
    }

    /// `x` raised to `a`, for positive `x`.
    static func pow(_ x: Double, _ a: Double) -> Double {
        if a == 0 { return 1 }
        if a == 1 { return x }
        guard x > 0 else { return 0 }
        return exp(a * ln(x))
    }
}
