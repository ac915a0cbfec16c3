//! Loops: `for` over ranges with run-time bounds (`0..n`, `a..=b`, `.rev()`,
//! `.step_by(k)`), nested loops, loops that run zero times, `while` with
//! active and passive conditions, `loop` with `break` and `break value`,
//! `continue`, labels, early `return`, sums and products over `i`, and the
//! logistic map. Closed forms are used where they exist; otherwise the test
//! carries an independent hand-written derivative (the tangent recurrence
//! written out by hand).
#![allow(clippy::needless_range_loop)]

mod common;
use autodiff::differentiate;

/// `Σ_{i=0}^{n-1} x^i`, by a running power: `for _ in 0..n`.
#[differentiate]
fn power_sum(x: f64, n: usize) -> f64 {
    let mut s = 0.0;
    let mut p = 1.0;
    for _ in 0..n {
        s += p;
        p *= x;
    }
    s
}

/// `d/dx (1 − x^n)/(1 − x) = (1 − x^n − n x^{n−1} (1 − x)) / (1 − x)²`.
fn power_sum_derivative(x: f64, n: usize) -> f64 {
    let n = n as i32;
    let xn1 = if n == 0 { 0.0 } else { x.powi(n - 1) };
    (1.0 - x.powi(n) - n as f64 * xn1 * (1.0 - x)) / ((1.0 - x) * (1.0 - x))
}

#[test]
fn for_over_run_time_range() {
    for n in [0, 1, 2, 5, 10] {
        check!(power_sum, power_sum_jvp, power_sum_vjp, power_sum_grad; [0]; n)
            .formula(move |v| vec![power_sum_derivative(v[0], n)])
            .at(&[&[0.5], &[-1.3], &[2.0]]);
    }
}

/// The rising factorial `Π_{i=a}^{b} (x + i)` over `a..=b` (empty when a > b).
#[differentiate]
fn rising_product(x: f64, a: i32, b: i32) -> f64 {
    let mut p = 1.0;
    for i in a..=b {
        p *= x + i as f64;
    }
    p
}

#[test]
fn inclusive_range_product() {
    for (a, b) in [(0, 0), (1, 4), (-2, 3), (3, 2), (5, -5)] {
        check!(rising_product, rising_product_jvp, rising_product_vjp, rising_product_grad; [0]; a, b)
            .formula(move |v| {
                // d/dx Π (x + i) = Π (x + i) · Σ 1/(x + i)
                let x = v[0];
                let p: f64 = (a..=b).map(|i| x + i as f64).product();
                let s: f64 = (a..=b).map(|i| 1.0 / (x + i as f64)).sum();
                vec![p * s]
            })
            .at(&[&[0.35], &[-0.6], &[2.2]]);
    }
}

/// Horner's rule over `(a..=b).rev()`: `Σ_{i=a}^{b} i x^{i−a}`.
#[differentiate]
fn horner_rev(x: f64, a: i32, b: i32) -> f64 {
    let mut s = 0.0;
    for i in (a..=b).rev() {
        s = s * x + i as f64;
    }
    s
}

#[test]
fn reversed_inclusive_range() {
    for (a, b) in [(2, 2), (1, 6), (-3, 4), (4, 1)] {
        check!(horner_rev, horner_rev_jvp, horner_rev_vjp, horner_rev_grad; [0]; a, b)
            .formula(move |v| {
                let x = v[0];
                let d: f64 = (a..=b)
                    .filter(|&i| i > a)
                    .map(|i| i as f64 * (i - a) as f64 * x.powi(i - a - 1))
                    .sum();
                vec![d]
            })
            .at(&[&[0.7], &[-1.2]]);
    }
}

/// `Σ_{i=0}^{n-1} sin(i x)`: a loop whose body calls a rule.
#[differentiate]
fn sin_sum(x: f64, n: usize) -> f64 {
    let mut s = 0.0;
    for i in 0..n {
        s += (x * i as f64).sin();
    }
    s
}

/// The derivative of the closed form
/// `Σ_{i=0}^{n-1} sin(i x) = sin(n x/2) sin((n−1) x/2) / sin(x/2)`.
fn sin_sum_derivative(x: f64, n: usize) -> f64 {
    let n = n as f64;
    let (a, b, c) = (n * x / 2.0, (n - 1.0) * x / 2.0, x / 2.0);
    let numerator = a.sin() * b.sin();
    let d_numerator = n / 2.0 * a.cos() * b.sin() + (n - 1.0) / 2.0 * a.sin() * b.cos();
    d_numerator / c.sin() - numerator * 0.5 * c.cos() / (c.sin() * c.sin())
}

#[test]
fn loop_body_calls_a_rule() {
    for n in [0, 1, 2, 7, 20] {
        check!(sin_sum, sin_sum_jvp, sin_sum_vjp, sin_sum_grad; [0]; n)
            .formula(move |v| vec![sin_sum_derivative(v[0], n)])
            .at(&[&[0.3], &[1.9], &[-2.4]]);
    }
}

/// `Σ_{i ∈ (0..n).step_by(k)} cos(i x) / (1 + i)`.
#[differentiate]
fn stepped(x: f64, n: usize, k: usize) -> f64 {
    let mut s = 0.0;
    for i in (0..n).step_by(k) {
        s += (x * i as f64).cos() / (1.0 + i as f64);
    }
    s
}

#[test]
fn step_by_range() {
    for (n, k) in [(0, 1), (1, 3), (10, 1), (10, 3), (17, 4), (5, 9)] {
        check!(stepped, stepped_jvp, stepped_vjp, stepped_grad; [0]; n, k)
            .formula(move |v| {
                let d: f64 = (0..n)
                    .step_by(k)
                    .map(|i| {
                        let i = i as f64;
                        -(v[0] * i).sin() * i / (1.0 + i)
                    })
                    .sum();
                vec![d]
            })
            .at(&[&[0.45], &[-1.7]]);
    }
}

/// A rectangular double loop: `Σ_{i<n} Σ_{j<m} x^i y^j = A_n(x) A_m(y)`.
#[differentiate]
fn double_sum(x: f64, y: f64, n: usize, m: usize) -> f64 {
    let mut s = 0.0;
    let mut xi = 1.0;
    for _ in 0..n {
        let mut yj = 1.0;
        for _ in 0..m {
            s += xi * yj;
            yj *= y;
        }
        xi *= x;
    }
    s
}

#[test]
fn nested_loops_product_of_geometric_sums() {
    for (n, m) in [(0, 3), (3, 0), (1, 1), (4, 3), (6, 5)] {
        check!(double_sum, double_sum_jvp, double_sum_vjp, double_sum_grad; [0, 1]; n, m)
            .formula(move |v| {
                let (x, y) = (v[0], v[1]);
                let geometric = |t: f64, k: usize| (1.0 - t.powi(k as i32)) / (1.0 - t);
                vec![
                    power_sum_derivative(x, n) * geometric(y, m),
                    geometric(x, n) * power_sum_derivative(y, m),
                ]
            })
            .at(&[&[0.6, -0.8], &[1.4, 0.3]]);
    }
}

/// A triangular double loop whose inner loop runs zero times on the first
/// pass: `Σ_{i<n} Σ_{j<i} sin(i x + j y) · x`.
#[differentiate]
fn triangular(x: f64, y: f64, n: usize) -> f64 {
    let mut s = 0.0;
    for i in 0..n {
        for j in 0..i {
            s += (x * i as f64 + y * j as f64).sin() * x;
        }
    }
    s
}

#[test]
fn nested_loops_triangular() {
    for n in [0, 1, 2, 6] {
        check!(triangular, triangular_jvp, triangular_vjp, triangular_grad; [0, 1]; n)
            .formula(move |v| {
                let (x, y) = (v[0], v[1]);
                let (mut gx, mut gy) = (0.0, 0.0);
                for i in 0..n {
                    for j in 0..i {
                        let (fi, fj) = (i as f64, j as f64);
                        let a = x * fi + y * fj;
                        gx += a.cos() * fi * x + a.sin();
                        gy += a.cos() * fj * x;
                    }
                }
                vec![gx, gy]
            })
            .at(&[&[0.8, -0.5], &[-1.1, 0.25]]);
    }
}

/// `while` with an active condition: halve until |y| ≤ 1, so
/// `y = x / 2^k` with k depending on x.
#[differentiate]
fn halving(x: f64) -> f64 {
    let mut y = x;
    while y.abs() > 1.0 {
        y *= 0.5;
    }
    y * y.sin() + x
}

#[test]
fn while_with_active_condition() {
    check!(halving, halving_jvp, halving_vjp, halving_grad; [0])
        .formula(|v| {
            let mut k = 0;
            let mut y = v[0];
            while y.abs() > 1.0 {
                y *= 0.5;
                k += 1;
            }
            vec![(y.sin() + y * y.cos()) / 2f64.powi(k) + 1.0]
        })
        // 0, 1, 2 and 6 halvings, and both sides of the switch at 2.
        .at(&[&[0.7], &[-0.95], &[1.9], &[2.1], &[3.3], &[-37.0]]);
}

/// `while` with a passive counter: `y ← sin y + x`, n times.
#[differentiate]
fn while_counter(x: f64, n: u32) -> f64 {
    let mut y = x;
    let mut k = 0;
    while k < n {
        y = y.sin() + x;
        k += 1;
    }
    y
}

#[test]
fn while_with_passive_counter() {
    for n in [0, 1, 3, 25] {
        check!(while_counter, while_counter_jvp, while_counter_vjp, while_counter_grad; [0]; n)
            .formula(move |v| {
                // dy_{k+1} = cos(y_k) dy_k + 1
                let (mut y, mut d) = (v[0], 1.0);
                for _ in 0..n {
                    d = y.cos() * d + 1.0;
                    y = y.sin() + v[0];
                }
                vec![d]
            })
            .at(&[&[0.4], &[-2.0]]);
    }
}

/// `while` whose condition combines an active test and a passive counter.
#[differentiate]
fn damped_until(x: f64, y: f64, cap: usize) -> f64 {
    let mut v = x;
    let mut k = 0;
    while v > 0.01 && k < cap {
        v *= y;
        k += 1;
    }
    v + k as f64
}

#[test]
fn while_with_mixed_condition() {
    for cap in [0, 3, 100] {
        check!(damped_until, damped_until_jvp, damped_until_vjp, damped_until_grad; [0, 1]; cap)
            .formula(move |v| {
                let (x, y) = (v[0], v[1]);
                let mut k: i32 = 0;
                let mut w = x;
                while w > 0.01 && (k as usize) < cap {
                    w *= y;
                    k += 1;
                }
                // v = x y^k
                let dy = if k == 0 {
                    0.0
                } else {
                    k as f64 * x * y.powi(k - 1)
                };
                vec![y.powi(k), dy]
            })
            .at(&[&[0.9, 0.5], &[3.0, 0.7], &[-0.5, 0.3]]);
    }
}

/// `loop` with `break`: `s ← s x + 1`, n times, from s = x.
#[differentiate]
fn loop_break(x: f64, n: usize) -> f64 {
    let mut i = 0;
    let mut s = x;
    loop {
        if i == n {
            break;
        }
        s = s * x + 1.0;
        i += 1;
    }
    s
}

#[test]
fn loop_with_break() {
    for n in [0, 1, 4, 9] {
        check!(loop_break, loop_break_jvp, loop_break_vjp, loop_break_grad; [0]; n)
            .formula(move |v| {
                // s_n = x^{n+1} + Σ_{j<n} x^j
                let x = v[0];
                vec![(n + 1) as f64 * x.powi(n as i32) + power_sum_derivative(x, n)]
            })
            .at(&[&[0.6], &[-1.4]]);
    }
}

/// `loop` yielding its value by `break value`: Newton's iteration for √a.
#[differentiate]
fn newton_sqrt(a: f64) -> f64 {
    let mut y = if a > 1.0 { a } else { 1.0 };
    let mut steps = 0;
    loop {
        let next = 0.5 * (y + a / y);
        steps += 1;
        if (y - next).abs() < 1e-9 * next || steps == 100 {
            break next * 1.0;
        }
        y = next;
    }
}

#[test]
fn loop_with_break_value() {
    check!(newton_sqrt, newton_sqrt_jvp, newton_sqrt_vjp, newton_sqrt_grad; [0])
        .formula(|v| {
            // The tangent of the iteration: dy' = ½ (dy + 1/y − a dy / y²).
            let a = v[0];
            let (mut y, mut d) = if a > 1.0 { (a, 1.0) } else { (1.0, 0.0) };
            let mut steps = 0;
            loop {
                let next = 0.5 * (y + a / y);
                let dnext = 0.5 * (d + 1.0 / y - a * d / (y * y));
                steps += 1;
                if (y - next).abs() < 1e-9 * next || steps == 100 {
                    return vec![dnext];
                }
                y = next;
                d = dnext;
            }
        })
        .at(&[&[2.0], &[0.3], &[150.0]]);
    // The iteration converged, so the derivative is that of √a.
    for a in [2.0f64, 0.3, 150.0] {
        let (y, d) = newton_sqrt_grad(a);
        assert!((y - a.sqrt()).abs() < 1e-15 * a.sqrt());
        assert!((d - 0.5 / a.sqrt()).abs() < 1e-9 / a.sqrt());
    }
}

/// `continue` on a passive condition and on an active one.
#[differentiate]
fn skipping(x: f64, n: i32) -> f64 {
    let mut s = 0.0;
    for i in 1..n {
        if i % 3 == 0 {
            continue;
        }
        let t = x.powi(i) / i as f64;
        if t > 2.0 {
            continue;
        }
        s += t;
    }
    s
}

#[test]
fn continue_skips_terms() {
    for n in [1, 2, 8, 13] {
        check!(skipping, skipping_jvp, skipping_vjp, skipping_grad; [0]; n)
            .formula(move |v| {
                let x = v[0];
                let mut d = 0.0;
                for i in 1..n {
                    if i % 3 == 0 || x.powi(i) / i as f64 > 2.0 {
                        continue;
                    }
                    d += x.powi(i - 1);
                }
                vec![d]
            })
            .at(&[&[0.8], &[-1.3], &[1.5]]);
    }
}

/// Labeled `continue 'outer` and `break 'outer`, one on an active condition.
#[differentiate]
fn labeled(x: f64, y: f64, n: usize, m: usize) -> f64 {
    let mut s = 0.0;
    'outer: for i in 0..n {
        for j in 0..m {
            if j > i {
                continue 'outer;
            }
            if s > 12.0 {
                break 'outer;
            }
            s += (x * j as f64).exp() * y + x * i as f64;
        }
        s *= 1.0 + 0.1 * y;
    }
    s
}

fn labeled_reference(x: f64, y: f64, n: usize, m: usize) -> Vec<f64> {
    let (mut s, mut sx, mut sy) = (0.0, 0.0, 0.0);
    'outer: for i in 0..n {
        for j in 0..m {
            if j > i {
                continue 'outer;
            }
            if s > 12.0 {
                break 'outer;
            }
            let (fi, fj) = (i as f64, j as f64);
            let e = (x * fj).exp();
            s += e * y + x * fi;
            sx += e * fj * y + fi;
            sy += e;
        }
        let c = 1.0 + 0.1 * y;
        sy = sy * c + s * 0.1;
        sx *= c;
        s *= c;
    }
    vec![sx, sy]
}

#[test]
fn labeled_break_and_continue() {
    for (n, m) in [(0, 4), (3, 0), (4, 3), (8, 4), (12, 6)] {
        check!(labeled, labeled_jvp, labeled_vjp, labeled_grad; [0, 1]; n, m)
            .formula(move |v| labeled_reference(v[0], v[1], n, m))
            .at(&[&[0.3, 0.9], &[-0.4, 1.6], &[0.5, -0.7]]);
    }
}

/// Early `return` from inside a loop (in a branch of its body), and the
/// normal exit after it.
#[allow(clippy::needless_return)]
#[differentiate]
fn first_to_exceed(x: f64, n: usize) -> f64 {
    let mut s = 0.0;
    for i in 0..n {
        s += (x * i as f64).cos() + 1.0;
        if s > 5.0 {
            return s * x;
        }
    }
    s - x
}

#[test]
fn early_return_from_loop() {
    for n in [0, 2, 4, 10] {
        check!(first_to_exceed, first_to_exceed_jvp, first_to_exceed_vjp, first_to_exceed_grad; [0]; n)
            .formula(move |v| {
                let x = v[0];
                let (mut s, mut d) = (0.0, 0.0);
                for i in 0..n {
                    let fi = i as f64;
                    s += (x * fi).cos() + 1.0;
                    d -= (x * fi).sin() * fi;
                    if s > 5.0 {
                        return vec![d * x + s];
                    }
                }
                vec![d - 1.0]
            })
            .at(&[&[0.2], &[2.9], &[-0.7]]);
    }
}

/// Early `return` from branches outside any loop, and from a `loop` that
/// only leaves by returning.
#[allow(clippy::needless_return)]
#[differentiate]
fn early_branch(x: f64, y: f64, n: u32) -> f64 {
    if x < 0.0 {
        return x * y;
    }
    let z = x.sqrt();
    if y > z {
        return y - z;
    }
    let mut w = z * y;
    let mut k = 0;
    loop {
        w = w.sin() + x;
        k += 1;
        if k >= n {
            return w * 2.0;
        }
    }
}

#[test]
fn early_return_from_branch() {
    for n in [1, 4] {
        check!(early_branch, early_branch_jvp, early_branch_vjp, early_branch_grad; [0, 1]; n)
            .formula(move |v| {
                let (x, y) = (v[0], v[1]);
                if x < 0.0 {
                    return vec![y, x];
                }
                let z = x.sqrt();
                let dz = 0.5 / z;
                if y > z {
                    return vec![-dz, 1.0];
                }
                let (mut w, mut wx, mut wy) = (z * y, dz * y, z);
                for _ in 0..n {
                    let c = w.cos();
                    wx = c * wx + 1.0;
                    wy *= c;
                    w = w.sin() + x;
                }
                vec![2.0 * wx, 2.0 * wy]
            })
            .at(&[&[-0.5, 1.5], &[0.64, 1.2], &[2.25, 0.4], &[1.0, -0.3]]);
    }
}

/// A sum and a product over `i`, with `i` entering as a float.
#[differentiate]
fn sum_and_product(x: f64, y: f64, n: usize) -> f64 {
    let mut s = 0.0;
    let mut p = 1.0;
    for i in 1..=n {
        let fi = i as f64;
        s += x / fi;
        p *= 1.0 + y / fi;
    }
    s * p
}

#[test]
fn sum_and_product_over_i() {
    for n in [0, 1, 3, 12] {
        check!(sum_and_product, sum_and_product_jvp, sum_and_product_vjp, sum_and_product_grad; [0, 1]; n)
            .formula(move |v| {
                let (x, y) = (v[0], v[1]);
                // s = x H_n, p = Π (1 + y/i), dp/dy = p Σ 1/(i + y)
                let h: f64 = (1..=n).map(|i| 1.0 / i as f64).sum();
                let p: f64 = (1..=n).map(|i| 1.0 + y / i as f64).product();
                let q: f64 = (1..=n).map(|i| 1.0 / (i as f64 + y)).sum();
                vec![h * p, x * h * p * q]
            })
            .at(&[&[0.7, 0.4], &[-1.5, 2.0]]);
    }
}

/// A least-squares residual over a passive slice, indexed in the loop.
#[differentiate(wrt(a, b))]
fn least_squares(a: f64, b: f64, xs: &[f64], ys: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..xs.len() {
        let r = a * xs[i] + b - ys[i];
        s += r * r;
    }
    0.5 * s
}

#[test]
fn loop_over_passive_slice() {
    let xs = [0.0, 1.0, 2.5, -1.0, 4.0];
    let ys = [1.0, 2.9, 6.2, -0.8, 9.1];
    check!(least_squares, least_squares_jvp, least_squares_vjp, least_squares_grad; [0, 1]; &xs, &ys)
        .formula(move |v| {
            let (a, b) = (v[0], v[1]);
            let (mut ga, mut gb) = (0.0, 0.0);
            for i in 0..xs.len() {
                let r = a * xs[i] + b - ys[i];
                ga += r * xs[i];
                gb += r;
            }
            vec![ga, gb]
        })
        .at(&[&[2.0, 1.0], &[-0.5, 3.0]]);
}

/// The logistic map `l_1 = x`, `l_{k+1} = 4 l_k (1 − l_k)`: `l_n`.
#[differentiate]
fn logistic(x: f64, n: usize) -> f64 {
    let mut l = x;
    for _ in 1..n {
        l = 4.0 * l * (1.0 - l);
    }
    l
}

/// `dl_n/dx = Π_{k=1}^{n−1} (4 − 8 l_k)` along the trajectory.
pub fn logistic_chain_rule(x: f64, n: usize) -> f64 {
    let (mut l, mut d) = (x, 1.0);
    for _ in 1..n {
        d *= 4.0 - 8.0 * l;
        l = 4.0 * l * (1.0 - l);
    }
    d
}

#[test]
fn logistic_map() {
    for n in [1, 2, 3, 5, 8] {
        check!(logistic, logistic_jvp, logistic_vjp, logistic_grad; [0]; n)
            .formula(move |v| vec![logistic_chain_rule(v[0], n)])
            .at(&[&[0.3], &[0.62], &[0.9]]);
    }
}

/// `while let` on a passive stack, with `continue` inside: Horner's rule
/// over the non-negative entries, popped from the back.
#[differentiate]
fn while_let_stack(x: f64, ks: &[i32]) -> f64 {
    let mut stack: Vec<i32> = ks.to_vec();
    let mut s = x;
    while let Some(k) = stack.pop() {
        if k < 0 {
            continue;
        }
        s = s * x + k as f64;
    }
    s
}

#[test]
fn while_let_over_passive_stack() {
    for ks in [vec![], vec![3, -1, 2, 5], vec![-4, -2], vec![1, 1, 1, 1, 1]] {
        let kept: Vec<i32> = ks.iter().rev().copied().filter(|&k| k >= 0).collect();
        // The closures of `check!` are 'static: give them a 'static slice.
        let ks: &'static [i32] = Box::leak(ks.into_boxed_slice());
        check!(while_let_stack, while_let_stack_jvp, while_let_stack_vjp, while_let_stack_grad; [0]; ks)
            .formula(move |v| {
                let x = v[0];
                let (mut s, mut d) = (x, 1.0);
                for &k in &kept {
                    d = d * x + s;
                    s = s * x + k as f64;
                }
                vec![d]
            })
            .at(&[&[0.7], &[-1.3]]);
    }
}

/// Iterator adaptors on a range: `.rev().step_by(2).skip(a).take(b)`.
#[differentiate]
fn adaptors(x: f64, n: usize, a: usize, b: usize) -> f64 {
    let mut s = 0.0;
    for i in (0..n).rev().step_by(2).skip(a).take(b) {
        s += x.powi(i as i32);
    }
    s
}

#[test]
fn rev_step_by_skip_take() {
    for (n, a, b) in [(10, 1, 3), (9, 0, 10), (5, 4, 2), (0, 0, 3)] {
        check!(adaptors, adaptors_jvp, adaptors_vjp, adaptors_grad; [0]; n, a, b)
            .formula(move |v| {
                let d: f64 = (0..n)
                    .rev()
                    .step_by(2)
                    .skip(a)
                    .take(b)
                    .filter(|&i| i > 0)
                    .map(|i| i as f64 * v[0].powi(i as i32 - 1))
                    .sum();
                vec![d]
            })
            .at(&[&[0.8], &[-1.15]]);
    }
}

/// A running maximum: an active comparison decides which loop-carried
/// values are overwritten.
#[differentiate]
fn running_max(x: f64, n: usize) -> f64 {
    let mut best = x.sin();
    let mut arg = 0.0;
    for i in 1..n {
        let c = (x * i as f64).sin() / i as f64;
        if c > best {
            best = c;
            arg = i as f64;
        }
    }
    best + arg * x
}

#[test]
fn running_maximum() {
    for n in [1, 2, 7] {
        check!(running_max, running_max_jvp, running_max_vjp, running_max_grad; [0]; n)
            .formula(move |v| {
                let x = v[0];
                let (mut best, mut dbest, mut arg) = (x.sin(), x.cos(), 0.0);
                for i in 1..n {
                    let fi = i as f64;
                    let c = (x * fi).sin() / fi;
                    if c > best {
                        best = c;
                        dbest = (x * fi).cos();
                        arg = fi;
                    }
                }
                vec![dbest + arg]
            })
            .at(&[&[0.3], &[1.1], &[2.7], &[-0.9]]);
    }
}

/// `break 'outer value` from an inner `for` to a labeled `loop`, and a
/// `loop` used as an operand.
#[allow(clippy::never_loop)] // loops left by `break value` on purpose
#[differentiate]
fn labeled_value(x: f64, n: usize) -> f64 {
    let mut s = x;
    let r = 'outer: loop {
        for i in 0..n {
            s = s * 0.5 + x;
            if s > 1.5 * x + i as f64 {
                break 'outer s * 2.0;
            }
        }
        break s;
    };
    r + 1.0
        + loop {
            break x * x;
        }
}

#[test]
fn break_outer_with_value() {
    for n in [0, 1, 3, 6] {
        check!(labeled_value, labeled_value_jvp, labeled_value_vjp, labeled_value_grad; [0]; n)
            .formula(move |v| {
                let x = v[0];
                let (mut s, mut d) = (x, 1.0);
                let mut r = None;
                for i in 0..n {
                    s = s * 0.5 + x;
                    d = d * 0.5 + 1.0;
                    if s > 1.5 * x + i as f64 {
                        r = Some(2.0 * d);
                        break;
                    }
                }
                vec![r.unwrap_or(d) + 2.0 * x]
            })
            .at(&[&[0.9], &[-0.4], &[5.0]]);
    }
}

/// A `while` on a passive float counter read by a rule in the body:
/// `wrt(x)` makes the float parameter `step` a constant, so `t` is passive.
#[differentiate(wrt(x))]
fn passive_float_counter(x: f64, step: f64) -> f64 {
    let mut t = 0.0;
    let mut s = 0.0;
    while t < 1.0 {
        s += (x * t).sin();
        t += step;
    }
    s
}

/// The same loop with `step` active: now `t` and the `while` condition
/// depend on it.
#[differentiate]
fn active_float_counter(x: f64, step: f64) -> f64 {
    let mut t = 0.0;
    let mut s = 0.0;
    while t < 1.0 {
        s += (x * t).sin();
        t += step;
    }
    s
}

/// (∂/∂x, ∂/∂step) of `Σ_k sin(x t_k)`, `t_k = k · step` (summed as the
/// loop sums them), while t_k < 1.
fn float_counter_reference(x: f64, step: f64) -> Vec<f64> {
    let (mut t, mut k, mut dx, mut dstep) = (0.0, 0.0, 0.0, 0.0);
    while t < 1.0 {
        dx += (x * t).cos() * t;
        dstep += (x * t).cos() * x * k;
        t += step;
        k += 1.0;
    }
    vec![dx, dstep]
}

#[test]
fn while_on_float_counter() {
    for step in [0.25, 0.3, 2.0] {
        check!(passive_float_counter, passive_float_counter_jvp, passive_float_counter_vjp, passive_float_counter_grad; [0]; step)
            .formula(move |v| vec![float_counter_reference(v[0], step)[0]])
            .at(&[&[0.9], &[-1.6]]);
    }
    // Points away from the switches of the trip count (k · step = 1).
    check!(active_float_counter, active_float_counter_jvp, active_float_counter_vjp, active_float_counter_grad; [0, 1])
        .formula(|v| float_counter_reference(v[0], v[1]))
        .at(&[&[0.9, 0.3], &[-1.6, 0.15], &[0.4, 2.0]]);
}

/// `match` arms that `continue`, `break` and `return` inside a `loop`.
#[differentiate]
fn match_in_loop(x: f64, n: usize, m: usize) -> f64 {
    let mut s = x;
    let mut i = 0;
    loop {
        i += 1;
        match i % 4 {
            0 => continue,
            1 => s = s.sin() + x,
            2 if i > m => break,
            2 => {
                s *= x;
            }
            _ => {
                if i > n {
                    return s * 10.0;
                }
            }
        }
    }
    s
}

fn match_in_loop_reference(x: f64, n: usize, m: usize) -> f64 {
    let (mut s, mut d) = (x, 1.0);
    let mut i = 0;
    loop {
        i += 1;
        match i % 4 {
            0 => continue,
            1 => {
                d = s.cos() * d + 1.0;
                s = s.sin() + x;
            }
            2 if i > m => break,
            2 => {
                d = d * x + s;
                s *= x;
            }
            _ => {
                if i > n {
                    return 10.0 * d;
                }
            }
        }
    }
    d
}

#[test]
fn match_arms_leave_the_loop() {
    // `continue` at i ≡ 0 (mod 4); leaves by `break` at the first i ≡ 2
    // above m, or by `return` at the first i ≡ 3 above n, whichever comes
    // first: (0, 0) breaks at 2, (9, 5) at 6, (13, 13) at 14; (5, 20)
    // returns at 7, (11, 20) at 15.
    for (n, m) in [(0, 0), (9, 5), (13, 13), (5, 20), (11, 20)] {
        check!(match_in_loop, match_in_loop_jvp, match_in_loop_vjp, match_in_loop_grad; [0]; n, m)
            .formula(move |v| vec![match_in_loop_reference(v[0], n, m)])
            .at(&[&[0.6], &[-0.35]]);
    }
}

/// Passive slice items bound by value (`for &c in cs`), in Horner's rule.
#[differentiate(wrt(x))]
fn horner_slice(x: f64, cs: &[f64]) -> f64 {
    let mut s = 0.0;
    for &c in cs.iter() {
        s = s * x + c;
    }
    s
}

#[test]
fn for_over_passive_slice_items() {
    let cs = [0.5, -1.0, 2.0, 0.25];
    check!(horner_slice, horner_slice_jvp, horner_slice_vjp, horner_slice_grad; [0]; &cs)
        .formula(move |v| {
            // 0.5 x³ − x² + 2 x + 0.25
            let x = v[0];
            vec![1.5 * x * x - 2.0 * x + 2.0]
        })
        .at(&[&[0.9], &[-2.0]]);
}

// The same loop over `&f64` items (`for c in cs`, `s += c * x`): passive
// operands that are references to floats are read through `FromPassive`.
mod references_to_floats {
    use super::*;

    #[differentiate(wrt(x))]
    fn horner_by_reference(x: f64, cs: &[f64]) -> f64 {
        let mut s = 0.0;
        for c in cs {
            s = s * x + c;
        }
        s
    }

    #[test]
    fn loop_over_references_to_floats() {
        let cs = [0.5, -1.0, 2.0, 0.25];
        check!(horner_by_reference, horner_by_reference_jvp, horner_by_reference_vjp, horner_by_reference_grad; [0]; &cs)
            .formula(|v| vec![1.5 * v[0] * v[0] - 2.0 * v[0] + 2.0])
            .at(&[&[0.9]]);
    }
}

// A `mut` active parameter, reassigned in the body.
mod mutable_active_parameter {
    use super::*;

    #[differentiate]
    fn halve_in_place(mut x: f64) -> f64 {
        while x > 1.0 {
            x *= 0.5;
        }
        x
    }

    #[test]
    fn mut_active_parameter() {
        check!(halve_in_place, halve_in_place_jvp, halve_in_place_vjp, halve_in_place_grad; [0])
            .formula(|v| vec![if v[0] > 1.0 { 0.125 } else { 1.0 }])
            .at(&[&[5.0], &[0.5]]);
    }
}
