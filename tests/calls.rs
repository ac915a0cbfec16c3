//! Calls between differentiated functions: by name and by path, with
//! expressions and passive values as arguments, inside loops; self-recursion
//! and mutual recursion; methods with `&self` reading fields and calling each
//! other; `wrt(...)`; and `f32` functions.

mod common;
use autodiff::differentiate;
use common::Check;
use std::rc::Rc;

/// A callee used below: `g(x, y) = x sin y + y`.
#[differentiate]
fn g(x: f64, y: f64) -> f64 {
    x * y.sin() + y
}

/// (∂g/∂x, ∂g/∂y).
fn dg(x: f64, y: f64) -> (f64, f64) {
    (y.sin(), x * y.cos() + 1.0)
}

fn g_plain(x: f64, y: f64) -> f64 {
    x * y.sin() + y
}

/// Calls by name, with expressions (including another call) as arguments
/// and a constant argument.
#[differentiate]
fn calls_by_name(x: f64, y: f64) -> f64 {
    let a = g(x, y);
    g(a * x, y.exp()) + g(2.0, x) - g(g(y, x), 0.5)
}

#[test]
fn call_by_name_with_expression_arguments() {
    check!(calls_by_name, calls_by_name_jvp, calls_by_name_vjp, calls_by_name_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let a = g_plain(x, y);
            let (ax, ay) = dg(x, y);
            // g(a x, e^y)
            let (g1u, g1w) = dg(a * x, y.exp());
            let ux = ax * x + a;
            let uy = ay * x;
            let wy = y.exp();
            // g(2, x)
            let (_, g2b) = dg(2.0, x);
            // g(g(y, x), 0.5)
            let (g3u, _) = dg(g_plain(y, x), 0.5);
            let (iy, ix) = dg(y, x);
            vec![g1u * ux + g2b - g3u * ix, g1u * uy + g1w * wy - g3u * iy]
        })
        .at(&[&[0.7, 0.3], &[-1.2, 0.9]]);
}

mod other {
    use autodiff::differentiate;

    /// `h(x, k) = x^k + cos x`, with a passive `k`.
    #[differentiate]
    pub fn h(x: f64, k: i32) -> f64 {
        x.powi(k) + x.cos()
    }

    pub mod inner {
        use autodiff::differentiate;

        /// `q(x) = e^x / 2`.
        #[differentiate]
        pub fn q(x: f64) -> f64 {
            x.exp() * 0.5
        }
    }
}

/// Calls by path: `other::h`, `other::inner::q`, `crate::g`, `self::g`.
#[differentiate]
fn calls_by_path(x: f64, k: i32) -> f64 {
    other::h(x * 2.0, k + 1) * other::inner::q(x) + crate::g(x, x) - self::g(1.5, x * x)
}

#[test]
fn call_by_path() {
    for k in [0, 2, -1] {
        check!(calls_by_path, calls_by_path_jvp, calls_by_path_vjp, calls_by_path_grad; [0]; k)
            .formula(move |v| {
                let x = v[0];
                let u = 2.0 * x;
                let h = u.powi(k + 1) + u.cos();
                let dh = 2.0 * ((k + 1) as f64 * u.powi(k) - u.sin());
                let q = x.exp() * 0.5;
                let (a, b) = dg(x, x);
                let (_, c) = dg(1.5, x * x);
                vec![dh * q + h * q + a + b - c * 2.0 * x]
            })
            .at(&[&[0.6], &[-0.45]]);
    }
}

/// A callee with passive parameters of several types.
#[differentiate]
fn scaled(x: f64, k: i32, flag: bool) -> f64 {
    if flag {
        x.powi(k)
    } else {
        x * k as f64
    }
}

/// Passive arguments are expressions too.
#[differentiate]
fn passive_arguments(x: f64, k: i32, flag: bool) -> f64 {
    scaled(x + 1.0, k * 2, !flag) + scaled(x.sin(), k, flag && k > 1)
}

#[test]
fn calls_with_passive_arguments() {
    for (k, flag) in [(1, true), (2, true), (3, false), (0, false)] {
        check!(passive_arguments, passive_arguments_jvp, passive_arguments_vjp, passive_arguments_grad; [0]; k, flag)
            .formula(move |v| {
                let x = v[0];
                let d_scaled = |t: f64, k: i32, flag: bool| {
                    if flag {
                        k as f64 * t.powi(k - 1)
                    } else {
                        k as f64
                    }
                };
                vec![d_scaled(x + 1.0, 2 * k, !flag) + d_scaled(x.sin(), k, flag && k > 1) * x.cos()]
            })
            .at(&[&[0.35], &[-0.8]]);
    }
}

/// A call inside a loop body, carrying the loop state through the callee.
#[differentiate]
fn call_in_loop(x: f64, n: usize) -> f64 {
    let mut s = x;
    for i in 0..n {
        s = g(s, x + i as f64);
    }
    s
}

#[test]
fn call_inside_a_loop() {
    for n in [0, 1, 4] {
        check!(call_in_loop, call_in_loop_jvp, call_in_loop_vjp, call_in_loop_grad; [0]; n)
            .formula(move |v| {
                let x = v[0];
                let (mut s, mut d) = (x, 1.0);
                for i in 0..n {
                    let y = x + i as f64;
                    let (gs, gy) = dg(s, y);
                    d = gs * d + gy;
                    s = g_plain(s, y);
                }
                vec![d]
            })
            .at(&[&[0.5], &[-1.1]]);
    }
}

/// `x^k` by repeated squaring: self-recursion, twice per call on odd k.
#[differentiate]
fn power(x: f64, k: u32) -> f64 {
    if k == 0 {
        1.0
    } else if k % 2 == 0 {
        let h = power(x, k / 2);
        h * h
    } else {
        x * power(x, k - 1)
    }
}

#[test]
fn recursion_by_repeated_squaring() {
    for k in [0u32, 1, 2, 7, 10, 31] {
        check!(power, power_jvp, power_vjp, power_grad; [0]; k)
            .formula(move |v| {
                if k == 0 {
                    vec![0.0]
                } else {
                    vec![k as f64 * v[0].powi(k as i32 - 1)]
                }
            })
            .at(&[&[1.1], &[-0.9], &[0.5]]);
    }
}

/// The rising factorial `x (x+1) ... (x+n−1)` by recursion.
#[differentiate]
fn rising(x: f64, n: u32) -> f64 {
    if n == 0 {
        1.0
    } else {
        (x + (n - 1) as f64) * rising(x, n - 1)
    }
}

#[test]
fn factorial_like_recursion() {
    for n in [0u32, 1, 3, 8] {
        check!(rising, rising_jvp, rising_vjp, rising_grad; [0]; n)
            .formula(move |v| {
                let x = v[0];
                let p: f64 = (0..n).map(|i| x + i as f64).product();
                let s: f64 = (0..n).map(|i| 1.0 / (x + i as f64)).sum();
                vec![p * s]
            })
            .at(&[&[0.4], &[2.5], &[-0.3]]);
    }
    // Γ(x + n)/Γ(x) at x = 1 is n!, and its derivative n! H_n.
    let (value, d) = rising_grad(1.0, 5);
    assert_eq!(value, 120.0);
    assert!((d - 120.0 * (1.0 + 0.5 + 1.0 / 3.0 + 0.25 + 0.2)).abs() < 1e-12 * 274.0);
}

/// A tree recursion (two recursive calls per level): `f_0 = 1`, `f_1 = x`,
/// `f_n = f_{n−1} + x f_{n−2}`.
#[differentiate]
fn fib_poly(x: f64, n: u32) -> f64 {
    if n == 0 {
        1.0
    } else if n == 1 {
        x
    } else {
        fib_poly(x, n - 1) + x * fib_poly(x, n - 2)
    }
}

#[test]
fn tree_recursion() {
    for n in [0u32, 1, 2, 5, 12] {
        check!(fib_poly, fib_poly_jvp, fib_poly_vjp, fib_poly_grad; [0]; n)
            .formula(move |v| {
                let x = v[0];
                // (f_{k−1}, f_k) and their derivatives
                let (mut f0, mut f1, mut d0, mut d1) = (1.0, x, 0.0, 1.0);
                if n == 0 {
                    return vec![0.0];
                }
                for _ in 2..=n {
                    let (f2, d2) = (f1 + x * f0, d1 + f0 + x * d0);
                    (f0, f1, d0, d1) = (f1, f2, d1, d2);
                }
                let _ = f0;
                vec![d1]
            })
            .at(&[&[0.3], &[-0.7], &[1.6]]);
    }
}

/// Mutual recursion: `even(x, 0) = 1`, `even(x, n) = 1 + x odd(x, n−1)`,
/// `odd(x, 0) = sin x`, `odd(x, n) = cos x · even(x, n−1)`.
#[differentiate]
fn even(x: f64, n: u32) -> f64 {
    if n == 0 {
        1.0
    } else {
        1.0 + x * odd(x, n - 1)
    }
}

#[differentiate]
fn odd(x: f64, n: u32) -> f64 {
    if n == 0 {
        x.sin()
    } else {
        x.cos() * even(x, n - 1)
    }
}

/// (value, derivative) of `even` (`is_even`) or `odd`, by hand.
fn mutual_reference(x: f64, n: u32, is_even: bool) -> (f64, f64) {
    match (is_even, n) {
        (true, 0) => (1.0, 0.0),
        (false, 0) => (x.sin(), x.cos()),
        (true, n) => {
            let (o, d) = mutual_reference(x, n - 1, false);
            (1.0 + x * o, o + x * d)
        }
        (false, n) => {
            let (e, d) = mutual_reference(x, n - 1, true);
            (x.cos() * e, -x.sin() * e + x.cos() * d)
        }
    }
}

#[test]
fn mutual_recursion() {
    for n in [0u32, 1, 2, 5, 10] {
        check!(even, even_jvp, even_vjp, even_grad; [0]; n)
            .formula(move |v| vec![mutual_reference(v[0], n, true).1])
            .at(&[&[0.6], &[-1.4]]);
        check!(odd, odd_jvp, odd_vjp, odd_grad; [0]; n)
            .formula(move |v| vec![mutual_reference(v[0], n, false).1])
            .at(&[&[0.6], &[-1.4]]);
    }
}

/// A struct whose methods are differentiated; its fields are passive.
struct Spring {
    stiffness: f64,
    rest: f64,
    coeffs: Vec<f64>,
}

impl Spring {
    /// `k/2 (x − rest)²`, reading two fields.
    #[differentiate]
    fn energy(&self, x: f64) -> f64 {
        0.5 * self.stiffness * (x - self.rest).powi(2)
    }

    /// `Σ c_i t^i` by Horner's rule over a field.
    #[differentiate]
    fn poly(&self, t: f64) -> f64 {
        let mut s = 0.0;
        for i in (0..self.coeffs.len()).rev() {
            s = s * t + self.coeffs[i];
        }
        s
    }

    /// Calls the other methods on `self`, nested and with expressions.
    #[differentiate]
    fn total(&self, x: f64, y: f64) -> f64 {
        self.energy(x) + self.energy(y - x) * self.stiffness + self.poly(self.energy(y))
    }
}

fn spring() -> Rc<Spring> {
    Rc::new(Spring {
        stiffness: 1.7,
        rest: 0.4,
        coeffs: vec![0.5, -1.0, 0.25, 0.75],
    })
}

/// `Check` over a one-parameter method, written by hand.
fn method_check_1(
    name: &'static str,
    s: &Rc<Spring>,
    f: fn(&Spring, f64) -> f64,
    jvp: fn(&Spring, f64, f64) -> (f64, f64),
    vjp: fn(&Spring, f64, f64) -> (f64, f64),
    grad: fn(&Spring, f64) -> (f64, f64),
) -> Check {
    let (s1, s2, s3, s4) = (s.clone(), s.clone(), s.clone(), s.clone());
    Check::new(
        name,
        Box::new(move |x| f(&s1, x[0])),
        Box::new(move |x, d| jvp(&s2, x[0], d[0])),
        Box::new(move |x, u| {
            let (y, g) = vjp(&s3, x[0], u);
            vec![y, g]
        }),
        Box::new(move |x| {
            let (y, g) = grad(&s4, x[0]);
            vec![y, g]
        }),
    )
}

#[test]
fn methods_reading_fields() {
    let s = spring();
    let (k, rest) = (s.stiffness, s.rest);
    method_check_1(
        "energy",
        &s,
        Spring::energy,
        Spring::energy_jvp,
        Spring::energy_vjp,
        Spring::energy_grad,
    )
    .formula(move |v| vec![k * (v[0] - rest)])
    .at(&[&[1.3], &[-0.6]]);

    let c = s.coeffs.clone();
    method_check_1(
        "poly",
        &s,
        Spring::poly,
        Spring::poly_jvp,
        Spring::poly_vjp,
        Spring::poly_grad,
    )
    .formula(move |v| vec![c[1] + 2.0 * c[2] * v[0] + 3.0 * c[3] * v[0] * v[0]])
    .at(&[&[1.3], &[-0.6]]);

    // Called as methods.
    let (e, de) = s.energy_grad(1.0);
    assert_eq!(e, 0.5 * 1.7 * 0.36);
    assert!((de - 1.7 * 0.6).abs() < 1e-15);
}

#[test]
fn method_calling_methods_on_self() {
    let s = spring();
    let (s1, s2, s3, s4) = (s.clone(), s.clone(), s.clone(), s.clone());
    let (k, rest, c) = (s.stiffness, s.rest, s.coeffs.clone());
    Check::new(
        "total",
        Box::new(move |x| s1.total(x[0], x[1])),
        Box::new(move |x, d| s2.total_jvp(x[0], x[1], d[0], d[1])),
        Box::new(move |x, u| {
            let (y, gx, gy) = s3.total_vjp(x[0], x[1], u);
            vec![y, gx, gy]
        }),
        Box::new(move |x| {
            let (y, gx, gy) = s4.total_grad(x[0], x[1]);
            vec![y, gx, gy]
        }),
    )
    .formula(move |v| {
        let (x, y) = (v[0], v[1]);
        let de = |t: f64| k * (t - rest);
        let e = |t: f64| 0.5 * k * (t - rest).powi(2);
        let dp = |t: f64| c[1] + 2.0 * c[2] * t + 3.0 * c[3] * t * t;
        vec![de(x) - de(y - x) * k, de(y - x) * k + dp(e(y)) * de(y)]
    })
    .at(&[&[1.3, 0.2], &[-0.6, 2.1]]);
}

/// `wrt(y)`: only `y` is active; `x` and `z` are constants.
#[differentiate(wrt(y))]
fn wrt_one(x: f64, y: f64, z: f64) -> f64 {
    x * y.sin() + z * y * y + x.exp() * z
}

/// `wrt(x, z)` with a passive integer between them.
#[differentiate(wrt(x, z))]
fn wrt_two(x: f64, y: f64, n: i32, z: f64) -> f64 {
    (x * y).powi(n) + z.exp() * x - y * z
}

#[test]
fn wrt_restricts_the_active_parameters() {
    // The returned tuples hold exactly the named partials (the type
    // annotations are the check).
    let (v, dy): (f64, f64) = wrt_one_grad(0.5, 1.2, -0.7);
    let (_, dy_seed): (f64, f64) = wrt_one_vjp(0.5, 1.2, -0.7, 3.0);
    let (_, dir): (f64, f64) = wrt_one_jvp(0.5, 1.2, -0.7, 1.0);
    assert_eq!(v, wrt_one(0.5, 1.2, -0.7));
    let expected = 0.5 * 1.2f64.cos() + 2.0 * -0.7 * 1.2;
    assert!((dy - expected).abs() < 1e-15);
    assert!((dy_seed - 3.0 * expected).abs() < 1e-14);
    assert!((dir - expected).abs() < 1e-15);

    let (x, z) = (0.5, -0.7);
    Check::new(
        "wrt_one",
        Box::new(move |p| wrt_one(x, p[0], z)),
        Box::new(move |p, d| wrt_one_jvp(x, p[0], z, d[0])),
        Box::new(move |p, u| {
            let (v, g) = wrt_one_vjp(x, p[0], z, u);
            vec![v, g]
        }),
        Box::new(move |p| {
            let (v, g) = wrt_one_grad(x, p[0], z);
            vec![v, g]
        }),
    )
    .formula(move |p| vec![x * p[0].cos() + 2.0 * z * p[0]])
    .at(&[&[1.2], &[-0.3]]);

    let (y, n) = (0.8, 3);
    let (v, gx, gz): (f64, f64, f64) = wrt_two_grad(1.1, y, n, 0.4);
    assert_eq!(v, wrt_two(1.1, y, n, 0.4));
    let _ = (gx, gz);
    Check::new(
        "wrt_two",
        Box::new(move |p| wrt_two(p[0], y, n, p[1])),
        Box::new(move |p, d| wrt_two_jvp(p[0], y, n, p[1], d[0], d[1])),
        Box::new(move |p, u| {
            let (v, gx, gz) = wrt_two_vjp(p[0], y, n, p[1], u);
            vec![v, gx, gz]
        }),
        Box::new(move |p| {
            let (v, gx, gz) = wrt_two_grad(p[0], y, n, p[1]);
            vec![v, gx, gz]
        }),
    )
    .formula(move |p| {
        let (x, z) = (p[0], p[1]);
        vec![
            n as f64 * (x * y).powi(n - 1) * y + z.exp(),
            z.exp() * x - y,
        ]
    })
    .at(&[&[1.1, 0.4], &[-0.5, -1.3]]);
}

/// A function with `wrt` called from another: through the call every float
/// parameter of the callee carries its derivative.
#[differentiate]
fn calls_wrt(a: f64) -> f64 {
    wrt_one(a, a * 2.0, a.sin()) + wrt_two(a, a, 2, 1.0 - a)
}

#[test]
fn calling_a_wrt_function_differentiates_all_its_floats() {
    check!(calls_wrt, calls_wrt_jvp, calls_wrt_vjp, calls_wrt_grad; [0])
        .formula(|v| {
            let a = v[0];
            // wrt_one(x, y, z) = x sin y + z y² + e^x z with x = a, y = 2a, z = sin a
            let (x, y, z) = (a, 2.0 * a, a.sin());
            let d1 = (y.sin() + x.exp() * z)
                + (x * y.cos() + 2.0 * z * y) * 2.0
                + (y * y + x.exp()) * a.cos();
            // wrt_two(x, y, 2, z) = (x y)² + e^z x − y z with x = y = a, z = 1 − a
            //   = a⁴ + e^{1−a} a − a (1 − a)
            let e = (1.0 - a).exp();
            let d2 = 4.0 * a.powi(3) + e - a * e - (1.0 - 2.0 * a);
            vec![d1 + d2]
        })
        .at(&[&[0.3], &[-0.9]]);
}

/// An `f32` callee.
#[differentiate]
fn g32(x: f32, y: f32) -> f32 {
    x * y.sin() + y.sqrt()
}

/// An `f32` function with a loop and a call.
#[differentiate]
fn f32_loop(x: f32, y: f32, n: u32) -> f32 {
    let mut s = 0.0;
    for i in 0..n {
        s += (x * i as f32).cos() * y;
    }
    s + g32(x, y * y)
}

/// An `f32` self-recursion.
#[differentiate]
fn power32(x: f32, k: u32) -> f32 {
    if k == 0 {
        1.0
    } else {
        x * power32(x, k - 1)
    }
}

fn close32(got: f32, want: f64, relative: f64) -> bool {
    (got as f64 - want).abs() <= relative * want.abs().max(1.0)
}

#[test]
fn f32_functions() {
    // f32 carries 24 bits (ε ≈ 1.2e-7); a handful of operations and a
    // 5-term sum stay within a few hundred ε of the f64 formula: 1e-5
    // relative (to max(1, |expected|)).
    const TOL: f64 = 1e-5;
    for (x, y, n) in [(0.7f32, 1.3f32, 5u32), (-1.1, 0.6, 0), (2.0, 0.9, 3)] {
        let (xd, yd) = (x as f64, y as f64);
        let (mut vx, mut vy, mut value) = (0.0, 0.0, 0.0);
        for i in 0..n {
            let fi = i as f64;
            value += (xd * fi).cos() * yd;
            vx += -(xd * fi).sin() * fi * yd;
            vy += (xd * fi).cos();
        }
        let w = yd * yd;
        value += xd * w.sin() + w.sqrt();
        vx += w.sin();
        vy += (xd * w.cos() + 0.5 / w.sqrt()) * 2.0 * yd;

        let (v, gx, gy): (f32, f32, f32) = f32_loop_grad(x, y, n);
        assert!(close32(v, value, TOL), "{v} vs {value}");
        assert!(close32(gx, vx, TOL), "{gx} vs {vx}");
        assert!(close32(gy, vy, TOL), "{gy} vs {vy}");
        let (v2, sx, sy) = f32_loop_vjp(x, y, n, -2.0);
        assert_eq!(v2, v);
        assert!(close32(sx, -2.0 * vx, TOL) && close32(sy, -2.0 * vy, TOL));
        let (v3, dir) = f32_loop_jvp(x, y, n, 0.5, -1.5);
        assert_eq!(v3, v);
        assert!(close32(dir, 0.5 * vx - 1.5 * vy, TOL), "{dir}");
        assert_eq!(f32_loop(x, y, n), v);
        let trace = f32_loop_trace(x, y, n);
        assert!((trace.value() - value).abs() <= TOL * value.abs().max(1.0));
        assert!((trace.gradient()[0] - vx).abs() <= TOL * vx.abs().max(1.0));
        assert!((trace.gradient()[1] - vy).abs() <= TOL * vy.abs().max(1.0));
    }
    for (x, k) in [(1.1f32, 7u32), (-0.8, 4), (0.5, 0)] {
        let want = if k == 0 {
            0.0
        } else {
            k as f64 * (x as f64).powi(k as i32 - 1)
        };
        let (v, d) = power32_grad(x, k);
        let (v2, d2) = power32_jvp(x, k, 1.0);
        // k multiplications in f32: error at most k ulps, well under 1e-5.
        assert!(close32(v, (x as f64).powi(k as i32), TOL));
        assert_eq!(v, v2);
        assert_eq!(v, power32(x, k));
        assert!(
            close32(d, want, TOL) && close32(d2, want, TOL),
            "{d} {d2} {want}"
        );
    }
}

/// Self-recursion with `wrt(x)`: the recursive call passes active values to
/// both float parameters.
#[differentiate(wrt(x))]
fn wrt_recursive(x: f64, y: f64, n: u32) -> f64 {
    if n == 0 {
        x * y.sin()
    } else {
        wrt_recursive(x * y + y.cos(), y * 1.1, n - 1).sin() * y
    }
}

/// (value, ∂/∂x, ∂/∂y) of `wrt_recursive`, by hand.
fn wrt_recursive_reference(x: f64, y: f64, n: u32) -> (f64, f64, f64) {
    if n == 0 {
        return (x * y.sin(), y.sin(), x * y.cos());
    }
    let (u, w) = (x * y + y.cos(), 1.1 * y);
    let (r, ru, rw) = wrt_recursive_reference(u, w, n - 1);
    let c = r.cos() * y;
    (
        r.sin() * y,
        c * ru * y,
        c * (ru * (x - y.sin()) + rw * 1.1) + r.sin(),
    )
}

/// Mutual recursion between functions with different `wrt` sets.
#[differentiate(wrt(y))]
fn mutual_a(x: f64, y: f64, n: u32) -> f64 {
    if n == 0 {
        x * y
    } else {
        mutual_b(y, x * y, n - 1) + x
    }
}

#[differentiate(wrt(x))]
fn mutual_b(x: f64, y: f64, n: u32) -> f64 {
    if n == 0 {
        x.exp() * y
    } else {
        mutual_a(y.sin(), x, n - 1) * y
    }
}

/// (value, ∂/∂x, ∂/∂y) of `mutual_a` (`is_a`) or `mutual_b`, by hand.
fn mutual_wrt_reference(x: f64, y: f64, n: u32, is_a: bool) -> (f64, f64, f64) {
    match (is_a, n) {
        (true, 0) => (x * y, y, x),
        (false, 0) => (x.exp() * y, x.exp() * y, x.exp()),
        (true, n) => {
            let (v, a, b) = mutual_wrt_reference(y, x * y, n - 1, false);
            (v + x, b * y + 1.0, a + b * x)
        }
        (false, n) => {
            let (v, a, b) = mutual_wrt_reference(y.sin(), x, n - 1, true);
            (v * y, b * y, a * y.cos() * y + v)
        }
    }
}

/// Both, called from a function where every float is active.
#[differentiate]
fn calls_wrt_recursions(x: f64, y: f64, n: u32) -> f64 {
    wrt_recursive(x, y, n) + mutual_a(x, y, n)
}

#[test]
fn recursion_with_wrt() {
    let y = 0.9;
    for n in [0, 1, 3] {
        Check::new(
            "wrt_recursive",
            Box::new(move |p| wrt_recursive(p[0], y, n)),
            Box::new(move |p, d| wrt_recursive_jvp(p[0], y, n, d[0])),
            Box::new(move |p, u| {
                let (v, g) = wrt_recursive_vjp(p[0], y, n, u);
                vec![v, g]
            }),
            Box::new(move |p| {
                let (v, g) = wrt_recursive_grad(p[0], y, n);
                vec![v, g]
            }),
        )
        .formula(move |p| vec![wrt_recursive_reference(p[0], y, n).1])
        .at(&[&[0.7], &[-0.4]]);
    }
    let x = 0.7;
    for n in [0, 1, 2, 5] {
        // mutual_a is active in y only, mutual_b in x only.
        Check::new(
            "mutual_a",
            Box::new(move |p| mutual_a(x, p[0], n)),
            Box::new(move |p, d| mutual_a_jvp(x, p[0], n, d[0])),
            Box::new(move |p, u| {
                let (v, g) = mutual_a_vjp(x, p[0], n, u);
                vec![v, g]
            }),
            Box::new(move |p| {
                let (v, g) = mutual_a_grad(x, p[0], n);
                vec![v, g]
            }),
        )
        .formula(move |p| vec![mutual_wrt_reference(x, p[0], n, true).2])
        .at(&[&[0.9], &[-1.2]]);
        check!(mutual_b, mutual_b_jvp, mutual_b_vjp, mutual_b_grad; [0]; y, n)
            .formula(move |p| vec![mutual_wrt_reference(p[0], y, n, false).1])
            .at(&[&[0.7], &[-0.4]]);
    }
    for n in [0, 1, 3] {
        check!(calls_wrt_recursions, calls_wrt_recursions_jvp, calls_wrt_recursions_vjp, calls_wrt_recursions_grad; [0, 1]; n)
            .formula(move |p| {
                let (_, rx, ry) = wrt_recursive_reference(p[0], p[1], n);
                let (_, ax, ay) = mutual_wrt_reference(p[0], p[1], n, true);
                vec![rx + ax, ry + ay]
            })
            .at(&[&[0.7, 0.9], &[-0.4, 1.3]]);
    }
}

/// Self-recursion inside a loop: `rec(x, 0) = x`,
/// `rec(x, n) = sin Σ_{k<n} (k + 1) rec(x/2, k)`.
#[differentiate]
fn recursion_in_loop(x: f64, n: u32) -> f64 {
    if n == 0 {
        return x;
    }
    let mut s = 0.0;
    for k in 0..n {
        s += recursion_in_loop(x * 0.5, k) * (k as f64 + 1.0);
    }
    s.sin()
}

fn recursion_in_loop_reference(x: f64, n: u32) -> (f64, f64) {
    if n == 0 {
        return (x, 1.0);
    }
    let (mut s, mut ds) = (0.0, 0.0);
    for k in 0..n {
        let (v, d) = recursion_in_loop_reference(x * 0.5, k);
        s += v * (k as f64 + 1.0);
        ds += d * 0.5 * (k as f64 + 1.0);
    }
    (s.sin(), s.cos() * ds)
}

#[test]
fn recursion_inside_a_loop() {
    for n in [0u32, 1, 2, 5] {
        check!(recursion_in_loop, recursion_in_loop_jvp, recursion_in_loop_vjp, recursion_in_loop_grad; [0]; n)
            .formula(move |v| vec![recursion_in_loop_reference(v[0], n).1])
            .at(&[&[0.6], &[-1.3]]);
    }
}

/// Methods that recurse through `self`, call a free differentiated function,
/// restrict `wrt`, and work in `f32`.
struct Chain {
    a: f64,
    b: f32,
}

impl Chain {
    #[differentiate]
    fn rec(&self, x: f64, n: u32) -> f64 {
        if n == 0 {
            x
        } else {
            self.rec(x, n - 1).sin() * self.a
        }
    }

    #[differentiate]
    fn mixed(&self, x: f64) -> f64 {
        g(x, self.a) * self.a + self.rec(x * x, 2)
    }

    #[differentiate(wrt(y))]
    fn weighted(&self, x: f64, y: f64) -> f64 {
        self.a * x * y * y + self.rec(x + y, 1)
    }

    #[differentiate]
    fn cube32(&self, x: f32) -> f32 {
        x * x * x * self.b
    }

    /// Two float parameters swapped at each level: the backward sweep of
    /// `_hvp` returns four adjoints, which it hands back through the tape,
    /// and its recursive calls go through `Self::`.
    #[differentiate]
    fn swapped(&self, x: f64, y: f64, n: u32) -> f64 {
        if n == 0 {
            return x * y;
        }
        self.swapped(y * self.a, x.sin(), n - 1) + x
    }
}

/// The `Chain` of `swapped`'s checks, whose functions `check!` and `check2!`
/// call as free functions.
const CHAIN: Chain = Chain { a: 1.3, b: 0.5 };

fn swapped(x: f64, y: f64, n: u32) -> f64 {
    CHAIN.swapped(x, y, n)
}

fn swapped_jvp(x: f64, y: f64, n: u32, dx: f64, dy: f64) -> (f64, f64) {
    CHAIN.swapped_jvp(x, y, n, dx, dy)
}

fn swapped_vjp(x: f64, y: f64, n: u32, seed: f64) -> (f64, f64, f64) {
    CHAIN.swapped_vjp(x, y, n, seed)
}

fn swapped_grad(x: f64, y: f64, n: u32) -> (f64, f64, f64) {
    CHAIN.swapped_grad(x, y, n)
}

fn swapped_hvp(x: f64, y: f64, n: u32, vx: f64, vy: f64) -> (f64, f64, f64, f64, f64) {
    CHAIN.swapped_hvp(x, y, n, vx, vy)
}

fn swapped_hessian(x: f64, y: f64, n: u32) -> nalgebra::DMatrix<f64> {
    CHAIN.swapped_hessian(x, y, n)
}

#[test]
fn a_recursive_method_handing_back_four_adjoints() {
    for n in [0u32, 1, 2, 5] {
        check!(swapped, swapped_jvp, swapped_vjp, swapped_grad; [0, 1]; n)
            .at(&[&[0.8, -0.4], &[-2.1, 1.5]]);
        check2!(swapped, swapped_grad, swapped_hvp, swapped_hessian; [0, 1]; n)
            .at(&[&[0.8, -0.4], &[-2.1, 1.5]]);
    }
    // n = 1: f = 1.3 y sin x + x, so ∂f/∂x = 1.3 y cos x + 1, ∂f/∂y = 1.3 sin x,
    // ∂²f/∂x² = −1.3 y sin x, ∂²f/∂x∂y = 1.3 cos x.
    let (x, y) = (0.8, -0.4);
    let (_, gx, gy) = swapped_grad(x, y, 1);
    approx::assert_relative_eq!(gx, 1.3 * y * x.cos() + 1.0, max_relative = 1e-14);
    approx::assert_relative_eq!(gy, 1.3 * x.sin(), max_relative = 1e-14);
    let (_, _, _, hx, hy) = swapped_hvp(x, y, 1, 1.0, 0.0);
    approx::assert_relative_eq!(hx, -1.3 * y * x.sin(), max_relative = 1e-14);
    approx::assert_relative_eq!(hy, 1.3 * x.cos(), max_relative = 1e-14);
}

/// (value, derivative) of `Chain::rec` at (x, n), by hand.
fn chain_rec_reference(a: f64, x: f64, n: u32) -> (f64, f64) {
    let (mut v, mut d) = (x, 1.0);
    for _ in 0..n {
        d *= v.cos() * a;
        v = v.sin() * a;
    }
    (v, d)
}

#[test]
fn methods_recursing_calling_free_functions_and_wrt() {
    let c = Rc::new(Chain { a: 1.3, b: 0.5 });
    let a = c.a;
    for n in [0, 1, 4] {
        let (c1, c2, c3, c4) = (c.clone(), c.clone(), c.clone(), c.clone());
        Check::new(
            "Chain::rec",
            Box::new(move |p| c1.rec(p[0], n)),
            Box::new(move |p, d| c2.rec_jvp(p[0], n, d[0])),
            Box::new(move |p, u| {
                let (v, g) = c3.rec_vjp(p[0], n, u);
                vec![v, g]
            }),
            Box::new(move |p| {
                let (v, g) = c4.rec_grad(p[0], n);
                vec![v, g]
            }),
        )
        .formula(move |p| vec![chain_rec_reference(a, p[0], n).1])
        .at(&[&[0.8], &[-2.1]]);
    }

    let (c1, c2, c3, c4) = (c.clone(), c.clone(), c.clone(), c.clone());
    Check::new(
        "Chain::mixed",
        Box::new(move |p| c1.mixed(p[0])),
        Box::new(move |p, d| c2.mixed_jvp(p[0], d[0])),
        Box::new(move |p, u| {
            let (v, g) = c3.mixed_vjp(p[0], u);
            vec![v, g]
        }),
        Box::new(move |p| {
            let (v, g) = c4.mixed_grad(p[0]);
            vec![v, g]
        }),
    )
    .formula(move |p| {
        let x = p[0];
        vec![dg(x, a).0 * a + chain_rec_reference(a, x * x, 2).1 * 2.0 * x]
    })
    .at(&[&[0.8], &[-2.1]]);

    // wrt(y): one partial; x is a constant.
    let (v, dy): (f64, f64) = c.weighted_grad(0.5, 0.75);
    assert_eq!(v, c.weighted(0.5, 0.75));
    let want = 2.0 * a * 0.5 * 0.75 + chain_rec_reference(a, 1.25, 1).1;
    assert!((dy - want).abs() < 1e-15, "{dy} vs {want}");
    let (_, t) = c.weighted_jvp(0.5, 0.75, 1.0);
    assert!((t - want).abs() < 1e-15);
    let (_, s) = c.weighted_vjp(0.5, 0.75, -2.0);
    assert!((s + 2.0 * want).abs() < 1e-14);

    // f32 method: 3 b x², exact in f32 for these inputs (products of short
    // binary fractions).
    for x in [1.5f32, -0.25, 2.0] {
        let (v, d) = c.cube32_grad(x);
        assert_eq!(v, x * x * x * 0.5);
        assert_eq!(v, c.cube32(x));
        assert_eq!(d, 1.5 * x * x);
        assert_eq!(c.cube32_jvp(x, 2.0), (v, 3.0 * x * x));
    }
}

/// A callee that reassigns its parameter: its backward sweep starts that
/// parameter's adjoint from zero and adds the caller's at the end.
#[differentiate]
fn square_in_place(mut x: f64) -> f64 {
    x = x * x;
    x
}

/// A callee whose second float parameter does not reach the result: its
/// backward sweep hands the caller's adjoint back untouched.
#[differentiate]
fn ignores_second(x: f64, _y: f64) -> f64 {
    3.0 * x
}

/// f = (x² + 3y) x + y sin x, with the calls first, so that their backward
/// sweeps receive adjoints of x and y that the later statement has already
/// accumulated.
#[differentiate]
fn adjoints_through_calls(x: f64, y: f64) -> f64 {
    let a = square_in_place(x) + ignores_second(y, x);
    a * x + x.sin() * y
}

#[test]
fn callees_take_and_return_the_callers_adjoints() {
    let at: &[&[f64]] = &[&[0.7, -1.3], &[-1.1, 0.4], &[2.0, 0.0]];
    check!(adjoints_through_calls, adjoints_through_calls_jvp, adjoints_through_calls_vjp,
        adjoints_through_calls_grad; [0, 1])
    .formula(|p| {
        let (x, y) = (p[0], p[1]);
        vec![3.0 * x * x + 3.0 * y + y * x.cos(), 3.0 * x + x.sin()]
    })
    .at(at);
    check2!(adjoints_through_calls, adjoints_through_calls_grad, adjoints_through_calls_hvp,
        adjoints_through_calls_hessian; [0, 1])
    .formula(|p| {
        let (x, y) = (p[0], p[1]);
        vec![
            vec![6.0 * x - y * x.sin(), 3.0 + x.cos()],
            vec![3.0 + x.cos(), 0.0],
        ]
    })
    .at(at);
}
