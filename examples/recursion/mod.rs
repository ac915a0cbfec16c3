//! Four self-recursive functions whose depth is a parameter, with their
//! gradients and Hessian-vector products by the chain rule written out by
//! hand (forward accumulation of the gradient, and of its derivative along a
//! direction v): a scalar recursion, one with a slice parameter, one with an
//! active branch, and one that reassigns its parameters. Shared by the example `stack_depth` (the stack each
//! generated function uses per level) and `tests/deep_recursion.rs` (depth
//! 10^5 on a thread with the stack README.md documents). Each recursion
//! contracts towards a fixed point or a cycle, so values and derivatives stay
//! finite at any depth.
#![allow(dead_code)]

use autodiff::differentiate;

/// The value, the gradient and the Hessian times a direction, by hand.
pub struct ChainRule {
    /// The function's value.
    pub value: f64,
    /// The gradient over the active parameters in order (slices flattened).
    pub gradient: Vec<f64>,
    /// The Hessian times the direction.
    pub hessian_times: Vec<f64>,
}

/// `r_0 = x`, `r_d = r_{d−1} (1 − r_{d−1}/2) + x/4`: tends to `√(x/2)` for
/// 0 < x < 8.
#[differentiate]
pub fn scalar(x: f64, depth: u32) -> f64 {
    if depth == 0 {
        x
    } else {
        let r = scalar(x, depth - 1);
        r * (1.0 - 0.5 * r) + 0.25 * x
    }
}

/// `scalar` by hand along v: `g ← (1 − r) g + 1/4` and its derivative
/// `ġ ← (1 − r) ġ − (g v) g`.
pub fn scalar_chain_rule(x: f64, depth: u32, v: f64) -> ChainRule {
    let (mut r, mut g, mut gd) = (x, 1.0, 0.0);
    for _ in 0..depth {
        let rd = g * v;
        gd = (1.0 - r) * gd - rd * g;
        g = (1.0 - r) * g + 0.25;
        r = r * (1.0 - 0.5 * r) + 0.25 * x;
    }
    ChainRule {
        value: r,
        gradient: vec![g],
        hessian_times: vec![gd],
    }
}

/// `r_0 = a`, `r_d = r_{d−1} / 2 + x_i cos(r_{d−1} / 10) + a / 4` with
/// `i = d mod len(x)`: a contraction for |x_i| < 5.
#[differentiate]
pub fn slice(x: &[f64], a: f64, depth: u32) -> f64 {
    if depth == 0 {
        a
    } else {
        let r = slice(x, a, depth - 1);
        0.5 * r + x[depth as usize % x.len()] * (0.1 * r).cos() + 0.25 * a
    }
}

/// `slice` by hand along `(vx, va)`, the gradient over `(x, a)`: with
/// `s = 1/2 − x_i sin(r/10) / 10`, `∇r ← s ∇r + cos(r/10) e_i + e_a / 4`, and
/// along v `ṙ ← s ṙ + cos(r/10) v_i + v_a / 4`,
/// `ṡ = −v_i sin(r/10) / 10 − x_i cos(r/10) ṙ / 100`,
/// `∇̇r ← ṡ ∇r + s ∇̇r − sin(r/10) ṙ e_i / 10`.
pub fn slice_chain_rule(x: &[f64], a: f64, depth: u32, vx: &[f64], va: f64) -> ChainRule {
    let n = x.len();
    let (mut r, mut rd) = (a, va);
    let mut g = vec![0.0; n + 1];
    let mut gd = vec![0.0; n + 1];
    g[n] = 1.0;
    for d in 1..=depth {
        let i = d as usize % n;
        let (sin, cos) = (0.1 * r).sin_cos();
        let s = 0.5 - 0.1 * x[i] * sin;
        let sd = -0.1 * vx[i] * sin - 0.01 * x[i] * cos * rd;
        for k in 0..=n {
            gd[k] = sd * g[k] + s * gd[k];
            g[k] *= s;
        }
        g[i] += cos;
        g[n] += 0.25;
        gd[i] -= 0.1 * sin * rd;
        rd = s * rd + cos * vx[i] + 0.25 * va;
        r = 0.5 * r + x[i] * cos + 0.25 * a;
    }
    ChainRule {
        value: r,
        gradient: g,
        hessian_times: gd,
    }
}

/// `r_0 = x`, then `r_d = r/2 + y` if `r_{d−1} > 1`, else `r² + x/2`:
/// an active branch at every level.
#[differentiate]
pub fn branches(x: f64, y: f64, depth: u32) -> f64 {
    if depth == 0 {
        return x;
    }
    let r = branches(x, y, depth - 1);
    if r > 1.0 {
        0.5 * r + y
    } else {
        r * r + 0.5 * x
    }
}

/// `branches` by hand along `(vx, vy)`, on the branches it takes:
/// `∇r ← ∇r/2 + (0, 1)`, `∇̇r ← ∇̇r/2`, or `∇r ← 2r ∇r + (1/2, 0)`,
/// `∇̇r ← 2ṙ ∇r + 2r ∇̇r` with `ṙ = ∇r · v`.
pub fn branches_chain_rule(x: f64, y: f64, depth: u32, v: [f64; 2]) -> ChainRule {
    let (mut r, mut g, mut gd) = (x, [1.0, 0.0], [0.0, 0.0]);
    for _ in 0..depth {
        if r > 1.0 {
            gd = [0.5 * gd[0], 0.5 * gd[1]];
            g = [0.5 * g[0], 0.5 * g[1] + 1.0];
            r = 0.5 * r + y;
        } else {
            let rd = g[0] * v[0] + g[1] * v[1];
            gd = [2.0 * (rd * g[0] + r * gd[0]), 2.0 * (rd * g[1] + r * gd[1])];
            g = [2.0 * r * g[0] + 0.5, 2.0 * r * g[1]];
            r = r * r + 0.5 * x;
        }
    }
    ChainRule {
        value: r,
        gradient: g.to_vec(),
        hessian_times: gd.to_vec(),
    }
}

/// With `x' = x + y/10` and `y' = 0.9 y` (the parameters reassigned),
/// `r_0 = x' y'` and `r_d = (r_{d−1}(atan x', y') + x'²)/2 + e^{y'}`: a
/// library call in the recursive call's argument, compound assignments after
/// it.
#[differentiate]
pub fn reassigned(mut x: f64, mut y: f64, depth: u32) -> f64 {
    x += 0.1 * y;
    y *= 0.9;
    if depth == 0 {
        return x * y;
    }
    let mut r = reassigned(x.atan(), y, depth - 1);
    r += x * x;
    r *= 0.5;
    r + y.exp()
}

/// A value with its gradient over `(x, y)` and its Hessian times `v`.
#[derive(Clone, Copy)]
struct Dual2 {
    value: f64,
    gradient: [f64; 2],
    hessian_times: [f64; 2],
}

impl Dual2 {
    /// `a·self + b·other` for constants `a` and `b`.
    fn combine(self, a: f64, other: Dual2, b: f64) -> Dual2 {
        let mix = |p: [f64; 2], q: [f64; 2]| [a * p[0] + b * q[0], a * p[1] + b * q[1]];
        Dual2 {
            value: a * self.value + b * other.value,
            gradient: mix(self.gradient, other.gradient),
            hessian_times: mix(self.hessian_times, other.hessian_times),
        }
    }
}

/// `reassigned` by hand along `v`: down the levels, each level's `x'` and
/// `y'` with their gradients and Hessians times v (`atan` gives
/// `∇ = ∇x'/(1 + x'²)`, `H v = H v x'/(1 + x'²) − 2x' ẋ' ∇x'/(1 + x'²)²`),
/// then up: `r_0 = x' y'`, `r_d = (r_{d−1} + x'²)/2 + e^{y'}` with the
/// product rule, `ẋ' = ∇x' · v`.
pub fn reassigned_chain_rule(x: f64, y: f64, depth: u32, v: [f64; 2]) -> ChainRule {
    let along = |g: [f64; 2]| g[0] * v[0] + g[1] * v[1];
    let axpy = |a: f64, p: [f64; 2], q: [f64; 2]| [a * p[0] + q[0], a * p[1] + q[1]];
    let mut x = Dual2 {
        value: x,
        gradient: [1.0, 0.0],
        hessian_times: [0.0, 0.0],
    };
    let mut y = Dual2 {
        value: y,
        gradient: [0.0, 1.0],
        hessian_times: [0.0, 0.0],
    };
    let mut levels = Vec::with_capacity(depth as usize + 1);
    for d in (0..=depth).rev() {
        let xp = x.combine(1.0, y, 0.1);
        let yp = y.combine(0.9, y, 0.0);
        levels.push((xp, yp));
        if d > 0 {
            let s = 1.0 / (1.0 + xp.value * xp.value);
            let curvature = -2.0 * xp.value * s * s * along(xp.gradient);
            x = Dual2 {
                value: xp.value.atan(),
                gradient: [s * xp.gradient[0], s * xp.gradient[1]],
                hessian_times: axpy(
                    curvature,
                    xp.gradient,
                    [s * xp.hessian_times[0], s * xp.hessian_times[1]],
                ),
            };
            y = yp;
        }
    }
    let (xp, yp) = levels.pop().expect("the deepest level");
    let (xd, yd) = (along(xp.gradient), along(yp.gradient));
    let mut r = Dual2 {
        value: xp.value * yp.value,
        gradient: axpy(yp.value, xp.gradient, axpy(xp.value, yp.gradient, [0.0; 2])),
        hessian_times: [0, 1].map(|k| {
            yd * xp.gradient[k]
                + yp.value * xp.hessian_times[k]
                + xd * yp.gradient[k]
                + xp.value * yp.hessian_times[k]
        }),
    };
    while let Some((xp, yp)) = levels.pop() {
        let (xd, yd, e) = (along(xp.gradient), along(yp.gradient), yp.value.exp());
        r = Dual2 {
            value: 0.5 * (r.value + xp.value * xp.value) + e,
            gradient: [0, 1]
                .map(|k| 0.5 * r.gradient[k] + xp.value * xp.gradient[k] + e * yp.gradient[k]),
            hessian_times: [0, 1].map(|k| {
                0.5 * r.hessian_times[k]
                    + xd * xp.gradient[k]
                    + xp.value * xp.hessian_times[k]
                    + e * (yd * yp.gradient[k] + yp.hessian_times[k])
            }),
        };
    }
    ChainRule {
        value: r.value,
        gradient: r.gradient.to_vec(),
        hessian_times: r.hessian_times.to_vec(),
    }
}
